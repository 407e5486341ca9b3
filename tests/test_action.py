"""The composite GitHub Action (action.yml) and the example nightly workflow (examples/nightly.yml).

The YAML is loaded strictly (duplicate keys are errors) and validated against the
SchemaStore schemas for actions and workflows that check-jsonschema ships. Then the
action's bash steps run here as a runner would run them, in order, with `${{ … }}`
replaced the way GitHub does and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY as files: two
shards against the link zoo, then the example's merge step over their state files.
The `uses:` steps (setup-python, cache, upload/download-artifact) are GitHub's own
actions and cannot run off GitHub; the test reproduces only the file layout they leave.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from checker import references
from checker.models import Article, Citation, CitationKind, Note, References

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / "examples" / "nightly.yml"
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def load(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))  # duplicate keys raise


@pytest.mark.parametrize(("path", "schema"), [(ACTION, "vendor.github-actions"), (WORKFLOW, "vendor.github-workflows")])
def test_the_yaml_validates_against_github_schemas(path, schema):
    proc = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_duplicate_key_is_refused_by_the_loader(tmp_path):
    bad = tmp_path / "action.yml"
    bad.write_text("name: a\nname: b\n", encoding="utf-8")
    with pytest.raises(Exception, match="duplicate key"):
        load(bad)


def test_every_expression_names_a_declared_input_or_step_and_none_reaches_a_script():
    action = load(ACTION)
    inputs, steps = action["inputs"], action["runs"]["steps"]
    ids = {s["id"] for s in steps if "id" in s}
    text = ACTION.read_text(encoding="utf-8")
    for expr in EXPR.findall(text):
        for name in re.findall(r"inputs\.([\w-]+)", expr):
            assert name in inputs, expr
        for step in re.findall(r"steps\.([\w-]+)\.", expr):
            assert step in ids, expr
    for step in steps:
        # Inputs reach scripts through env only: `${{ }}` inside `run` is a script injection.
        assert "${{" not in step.get("run", ""), step.get("name")
        if "run" in step:
            assert step["shell"] == "bash"
        if "uses" in step:
            assert re.fullmatch(r"actions/[\w-]+(/[\w-]+)?@v\d+", step["uses"]), step["uses"]
    assert all(spec.get("description") for spec in inputs.values())
    assert {"exit-code", "html-report", "json-report", "markdown-report", "report-dir"} <= action["outputs"].keys()


def test_the_example_fans_out_four_shards_and_merges_them():
    workflow = load(WORKFLOW)
    check, merge = workflow["jobs"]["check"], workflow["jobs"]["merge"]
    assert check["strategy"]["matrix"]["shard"] == [1, 2, 3, 4]
    assert merge["needs"] == "check" and merge["if"] == "always()"
    [uses] = [s for s in check["steps"] if str(s.get("uses", "")).startswith("cite-checker/")]
    assert set(uses["with"]) <= load(ACTION)["inputs"].keys()
    assert uses["with"]["shard"] == "${{ matrix.shard }}/4"
    assert any("cite-checker merge" in s.get("run", "") for s in merge["steps"])
    assert "--fail-on confirmed" in next(s["run"] for s in merge["steps"] if "cite-checker merge" in s.get("run", ""))
    assert "on" in workflow and workflow["on"]["schedule"][0]["cron"]


# ----------------------------------------------------------------------------- running the steps


class Runner:
    """Runs `run:` steps as GitHub's runner does: env with expressions resolved, bash -e, output files."""

    def __init__(self, workspace: Path, inputs: dict[str, str], extra: dict[str, str] | None = None) -> None:
        self.workspace = workspace
        self.inputs = inputs
        self.extra = extra or {}
        self.outputs: dict[str, dict[str, str]] = {}
        self.summary = workspace / "step_summary.md"

    def value(self, expr: str) -> str:
        if expr.startswith("inputs."):
            return self.inputs[expr.removeprefix("inputs.")]
        if m := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr):
            return self.outputs.get(m.group(1), {}).get(m.group(2), "")
        if expr == "github.action_path":
            return str(ROOT)
        return self.extra[expr]

    def run(self, step: dict) -> subprocess.CompletedProcess[str]:
        out_file = self.workspace / f"output-{len(self.outputs)}.txt"
        out_file.write_text("", encoding="utf-8")
        env = {
            **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")},
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "GITHUB_OUTPUT": str(out_file), "GITHUB_STEP_SUMMARY": str(self.summary),
            "NO_COLOR": "1",
        }  # fmt: skip
        for key, raw in (step.get("env") or {}).items():
            env[key] = EXPR.sub(lambda m: self.value(m.group(1)), str(raw))
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
                              cwd=self.workspace, env=env, capture_output=True, text=True, timeout=240)  # fmt: skip
        outputs = dict(line.split("=", 1) for line in out_file.read_text(encoding="utf-8").splitlines() if line)
        self.outputs[step.get("id", f"step{len(self.outputs)}")] = outputs
        return proc


def zoo_references(zoo, workspace: Path) -> None:
    notes = []
    for i, status in enumerate((200, 200, 404, 410, 200, 500)):
        path = f"/page/action-{workspace.name}-{i}"
        zoo.add_page(path, f"<title>Page {i}</title><p>Text {i}</p>", status=status)
        url = zoo.url(path, host=i % 2)  # 127.0.0.1 is shard 1 of 2, 127.0.0.2 shard 2: both have work
        c = Citation(0, f"“Page {i},” Zoo, {url}.", CitationKind.WEB, title=f"Page {i}", url=url)
        notes.append(Note(i + 1, c.raw, None, (c,)))
    (workspace / "articles").mkdir()
    references.save(References(Article(title="Action test", source="action.txt"), tuple(notes)),
                    workspace / "articles" / "action.yaml", force=True)  # fmt: skip


def test_the_actions_steps_check_two_shards_and_the_example_merges_them(zoo, tmp_path):
    action = load(ACTION)
    defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    workflow = load(WORKFLOW)
    zoo_references(zoo, tmp_path)
    run_steps = [s for s in action["runs"]["steps"] if "run" in s and s.get("name") != "Install cite-checker"]
    assert [s["name"] for s in run_steps] == ["Name the state", "Check", "Verdict"]

    codes = []
    for shard in ("1/2", "2/2"):
        inputs = {**defaults, "inputs": "articles/*.yaml", "shard": shard, "format": "json,markdown",
                  "output-dir": f"out-{shard[0]}", "fail-on": "dead",
                  "args": "--allow-private --no-archive --no-soft404-probe --retries 0 --no-compare"}  # fmt: skip
        runner = Runner(tmp_path, inputs)
        for step in run_steps[:2]:
            proc = runner.run(step)
            assert proc.returncode == 0, proc.stdout + proc.stderr
        out = runner.outputs["check"]
        codes.append(out["exit-code"])
        assert out["json-report"] == f"out-{shard[0]}/report.json" and (tmp_path / out["json-report"]).is_file()
        assert out["html-report"] == ""  # not among the formats asked for
        suffix = f"-shard-{shard[0]}-2"
        assert runner.outputs["state"] == {"path": f".cite-checker/history{suffix}.sqlite",
                                           "key": f"cite-checker-state{suffix}",
                                           "artifact": f"cite-checker-report{suffix}"}  # fmt: skip
        assert out["state"] == runner.outputs["state"]["path"] and (tmp_path / out["state"]).is_file()
        verdict = runner.run(run_steps[2])
        assert verdict.returncode == int(out["exit-code"])
        # What upload-artifact + download-artifact leave for the merge job.
        artifact = tmp_path / "shards" / f"cite-checker-shard{suffix}" / ".cite-checker"
        artifact.mkdir(parents=True)
        shutil.copy(tmp_path / out["state"], artifact)
    assert codes == ["1", "1"]  # each shard owns a dead page
    assert "# " in runner.summary.read_text(encoding="utf-8")  # both shards' Markdown reports

    [merge_step] = [s for s in workflow["jobs"]["merge"]["steps"] if "cite-checker merge" in s.get("run", "")]
    merger = Runner(tmp_path, {})
    proc = merger.run(merge_step)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert merger.outputs["merge"] == {"exit-code": "0"}  # nothing is confirmed dead on a first night
    report = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))
    verdicts = [r["link"]["verdict"] for r in report["results"]]
    assert verdicts == ["ok", "ok", "gone", "gone", "ok", "server_error"]  # each from the shard that owns it

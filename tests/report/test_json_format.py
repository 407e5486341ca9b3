"""The JSON report follows checker/report/schema.json and carries what CI consumers need."""

from __future__ import annotations

import dataclasses
import json
import math

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import ArchiveStatus, CitationKind, Drift, Severity, Verdict
from checker.report import json_format
from checker.serialize import run_from_dict
from tests.report.sample_run import HOSTILE_TITLE, clean_run, sample_run

VALIDATOR = jsonschema.Draft202012Validator


def test_schema_is_valid_draft_2020_12() -> None:
    VALIDATOR.check_schema(json_format.schema())


@pytest.mark.parametrize("run", [sample_run(), sample_run(network_down=True), clean_run()],
                         ids=["sample", "network-down", "clean"])
def test_output_validates_against_schema(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json_format.render(run))
    errors = sorted(VALIDATOR(json_format.schema()).iter_errors(data), key=str)
    assert errors == []


def test_schema_rejects_what_it_should() -> None:
    data = json.loads(json_format.render(sample_run()))
    data["results"][0]["link"]["verdict"] = "probably fine"
    assert not VALIDATOR(json_format.schema()).is_valid(data)
    data = json.loads(json_format.render(sample_run()))
    del data["results"][0]["citation"]["raw"]
    assert not VALIDATOR(json_format.schema()).is_valid(data)


def test_schema_enums_follow_the_models() -> None:
    defs = json_format.schema()["$defs"]
    assert defs["link"]["properties"]["verdict"]["enum"] == [v.value for v in Verdict]
    assert defs["comparison"]["properties"]["drift"]["enum"] == [v.value for v in Drift]
    assert defs["archive"]["properties"]["status"]["enum"] == [v.value for v in ArchiveStatus]
    assert defs["finding"]["properties"]["severity"]["enum"] == [v.value for v in Severity]
    assert defs["citation"]["properties"]["kind"]["enum"] == [v.value for v in CitationKind]


def test_per_citation_fields_and_summary() -> None:
    data = json.loads(json_format.render(sample_run()))
    assert data["schema_version"] == 1
    by_id = {(r["note_number"], r["citation"]["index"]): r for r in data["results"]}
    gone = by_id[(5, 0)]
    assert gone["link"]["verdict"] == "gone" and gone["link"]["status"] == 404
    assert gone["link"]["hops"] == [{"url": gone["citation"]["url"], "status": 404, "location": None,
                                     "method": "GET"}]
    assert gone["archive"]["cited"]["timestamp"] == "20120302101500"
    assert gone["best_archive_url"] == gone["archive"]["cited"]["archive_url"]
    assert gone["problem"] is True and gone["rank"] == "dead_archived"
    replaced = by_id[(11, 0)]
    assert replaced["comparison"]["drift"] == "replaced" and replaced["comparison"]["score"] == 0.04
    assert replaced["findings"][0]["evidence"] == [["cited", replaced["citation"]["title"]], ["page", HOSTILE_TITLE]]
    saved = by_id[(13, 0)]["archive"]["saved"]
    assert saved["status"] == "saved" and saved["capture"]["timestamp"] == "20261128100100"
    assert by_id[(12, 0)]["link"] is None
    s = data["summary"]
    assert s["citations"] == 17 and s["with_url"] == 13 and s["dead"] == 5 and s["unarchived"] == 2
    assert sum(s["verdicts"].values()) == 17 and s["verdicts"]["no_url"] == 4
    assert s["findings"] == {"author_format": 1, "date_mismatch": 2, "title_mismatch": 1, "unparsed_field": 1}


def test_json_report_reloads_as_the_same_run() -> None:
    run = sample_run()
    assert run_from_dict(json.loads(json_format.render(run))) == run


def test_urls_lists_each_distinct_url_once_with_the_notes_citing_it() -> None:
    run = sample_run()
    data = json.loads(json_format.render(run))
    cited = [r for r in run.results if r.link is not None]
    assert [u["url"] for u in data["urls"]] == list(dict.fromkeys(r.link.url for r in cited))
    for entry in data["urls"]:
        citing = sorted({r.note.number for r in cited if r.link.url == entry["url"]})
        assert sorted(entry["notes"]) == citing
        link = next(r.link for r in cited if r.link.url == entry["url"])
        assert (entry["verdict"], entry["reason"], entry["status"]) == (link.verdict.value, link.reason, link.status)
    bad = json.loads(json_format.render(run))
    bad["urls"][0]["notes"] = ["one"]
    assert not VALIDATOR(json_format.schema()).is_valid(bad)


@pytest.mark.parametrize("run", [sample_run(), sample_run(network_down=True), clean_run(),
                                 dataclasses.replace(clean_run(), results=())],
                         ids=["sample", "network-down", "clean", "no-results"])
def test_written_piece_by_piece_it_is_byte_for_byte_the_whole_document_dumped(run) -> None:  # type: ignore[no-untyped-def]
    assert json_format.render(run) == json.dumps(json_format.to_data(run), ensure_ascii=False, indent=2) + "\n"


def test_prepare_makes_every_writer_the_report_of_a_run_asks_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """`json_format.prepare` runs while the checks wait on the network: what the report needs
    at the run's end is made already (json_records makes a writer per record type on first use)."""
    from checker.report import json_records

    monkeypatch.setattr(json_records, "_FIELDS_TEXT", {})  # as in a new process
    json_format.prepare()
    made = set(json_records._FIELDS_TEXT)
    json_format.render(sample_run())
    assert set(json_records._FIELDS_TEXT) == made


def test_a_value_json_must_decide_is_written_as_json_writes_it() -> None:
    """NaN and infinities (no JSON has them; json writes NaN and Infinity): the record that holds
    one is handed to json itself, and the report is still the whole document dumped."""
    run = sample_run()
    odd = []
    for r in run.results:
        if r.link is not None and r.comparison is not None:
            r = dataclasses.replace(r, link=dataclasses.replace(r.link, elapsed=math.nan),
                                    comparison=dataclasses.replace(r.comparison, score=math.inf))
        odd.append(r)
    run = dataclasses.replace(run, results=tuple(odd))
    text = json_format.render(run)
    assert text == json.dumps(json_format.to_data(run), ensure_ascii=False, indent=2) + "\n"
    assert "NaN" in text and "Infinity" in text


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=_JSON_VALUES, depth=st.integers(0, 3))
def test_each_piece_is_written_as_json_dumps_indents_it(value, depth) -> None:  # type: ignore[no-untyped-def]
    # The fast writer must not change a byte of the report, whatever the data (NaN and
    # infinities are handed to json itself).
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    assert json_format._dumps_at(value, depth) == expected

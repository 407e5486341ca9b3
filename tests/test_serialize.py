"""checker.serialize: a stored run re-renders without the network, so the round trip must be exact."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from checker.errors import ReportError
from checker.models import Page
from checker.serialize import SCHEMA_VERSION, run_from_dict, run_in_rows, run_to_dict, run_to_json
from tests.report.sample_run import clean_run, sample_run


@pytest.mark.parametrize("network_down", [False, True])
def test_round_trip_through_json_is_exact(network_down: bool) -> None:
    run = sample_run(network_down=network_down)
    data = json.loads(json.dumps(run_to_dict(run)))
    assert run_from_dict(data) == run


def test_round_trip_keeps_every_field_not_just_equality() -> None:
    # LinkCheck.page is compare=False, so == alone could hide other losses; compare reprs too.
    run = sample_run()
    assert repr(run_from_dict(run_to_dict(run))) == repr(run)


def test_page_bodies_are_dropped() -> None:
    run = sample_run()
    assert run.results[0].link is not None and isinstance(run.results[0].link.page, Page)
    data = run_to_dict(run)
    assert "dropped</html>" not in json.dumps(data)
    assert all("page" not in r["link"] for r in data["results"] if r["link"])
    assert run_from_dict(run_to_dict(run)).results[0].link.page is None  # type: ignore[union-attr]


def test_notes_are_written_once_and_shared() -> None:
    run = sample_run()
    data = run_to_dict(run)
    assert len(data["notes"]) == len({r.note.number for r in run.results})
    back = run_from_dict(data)
    by_number = [r for r in back.results if r.note.number == 13]
    assert len(by_number) == 2 and by_number[0].note is by_number[1].note


def test_output_is_plain_json_types() -> None:
    def walk(x: object) -> None:
        assert x is None or isinstance(x, str | int | float | bool | list | dict), type(x)
        if isinstance(x, list):
            for v in x:
                walk(v)
        if isinstance(x, dict):
            for k, v in x.items():
                assert isinstance(k, str)
                walk(v)

    walk(run_to_dict(sample_run()))


def test_integers_read_where_floats_are_declared() -> None:
    # JSON writers may write 1.0 as 1; the reader must give back a float.
    data = run_to_dict(clean_run())
    data["results"][0]["link"]["elapsed"] = 1
    assert run_from_dict(data).results[0].link.elapsed == 1.0  # type: ignore[union-attr]
    assert isinstance(run_from_dict(data).results[0].link.elapsed, float)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(schema_version=99), "schema_version 99"),
        (lambda d: d.pop("notes"), "malformed"),
        (lambda d: d["results"][0]["link"].update(verdict="exploded"), "malformed"),
        (lambda d: d["results"][0].update(note_ref=999), "malformed"),
        (lambda d: d["results"][0]["citation"].update(index="zero"), "malformed"),
    ],
)
def test_bad_input_is_a_report_error(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = run_to_dict(sample_run())
    mutate(data)
    with pytest.raises(ReportError, match=message):
        run_from_dict(data)


def test_schema_version_is_written() -> None:
    assert run_to_dict(replace(sample_run(), notices=()))["schema_version"] == SCHEMA_VERSION == 1


@pytest.mark.parametrize("run", [sample_run(), sample_run(network_down=True), clean_run(),
                                 replace(clean_run(), results=())], ids=["sample", "network-down", "clean", "empty"])
def test_the_json_text_built_result_by_result_is_the_whole_run_dumped(run) -> None:  # type: ignore[no-untyped-def]
    assert run_to_json(run) == json.dumps(run_to_dict(run))
    assert run_from_dict(json.loads(run_to_json(run))) == run


@pytest.mark.parametrize("run", [sample_run(), sample_run(network_down=True), clean_run(),
                                 replace(clean_run(), results=())], ids=["sample", "network-down", "clean", "empty"])
def test_the_run_in_rows_is_the_whole_run_with_its_lists_taken_out(run) -> None:  # type: ignore[no-untyped-def]
    header, notes, results = run_in_rows(run)
    whole = run_to_dict(run)
    assert header == {k: v for k, v in whole.items() if k not in ("notes", "results")}
    assert [json.loads(n) for n in notes] == whole["notes"]
    assert [json.loads(r) for r in results] == whole["results"]

"""A 200 that never delivers a page is not `ok`: asked once more, then `unreachable` with the reason.

The zoo's /broken200/<kind> routes write such answers on a real socket: headers cut off by
a close (http.client takes the end of file for the end of the headers), a promised
Content-Length or chunked body that never comes, or no framing and no body at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from checker.config import Config
from checker.models import Verdict
from checker.resolve import Resolver

BROKEN = {
    "head-eof": "no body and no framing",
    "unframed": "no body and no framing",
    "promised": "promised a body of 5000 bytes (Content-Length) and broke off before any of it arrived",
    "chunked": "promised a chunked body and broke off before any of it arrived",
}


@pytest.mark.parametrize(("kind", "why"), BROKEN.items())
def test_a_200_that_never_delivers_is_retried_once_then_unreachable(zoo: Any, cfg: Callable[..., Config],
                                                                    kind: str, why: str) -> None:
    path = f"/broken200/{kind}"
    before = zoo.hits(path)
    with Resolver(cfg(retries=3)) as r:
        check = r.check_all([zoo.url(path)]).checks[zoo.url(path)]
    assert check.verdict is Verdict.UNREACHABLE, check.reason
    assert check.reason.startswith("HTTP 200 OK but ")
    assert why in check.reason
    assert check.status == 200 and check.error == "broken_answer"
    assert (check.attempts, zoo.hits(path) - before) == (2, 2)  # once more, not `retries` times


@pytest.mark.parametrize("kind", ["head-eof", "promised", "unframed", "head-reset"])
def test_a_200_broken_once_is_judged_by_the_second_answer(zoo: Any, cfg: Callable[..., Config], kind: str) -> None:
    url = zoo.url(f"/broken200-once/{kind}?id=judged-{kind}")
    with Resolver(cfg()) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.OK, check.reason
    assert check.attempts == 2


def test_headers_cut_by_a_reset_after_a_200_status_line(zoo: Any, cfg: Callable[..., Config]) -> None:
    # requests sees only a reset; the status line was noted as it was read.
    path = "/broken200/head-reset"
    before = zoo.hits(path)
    with Resolver(cfg(retries=3)) as r:
        check = r.check_all([zoo.url(path)]).checks[zoo.url(path)]
    assert check.verdict is Verdict.UNREACHABLE, check.reason
    assert check.reason.startswith("HTTP 200 OK but the headers were cut off by a reset")
    assert (check.attempts, zoo.hits(path) - before) == (2, 2)


def test_a_plain_reset_is_still_retried_as_a_reset(zoo: Any, cfg: Callable[..., Config]) -> None:
    with Resolver(cfg(retries=2)) as r:
        check = r.check_all([zoo.url("/reset")]).checks[zoo.url("/reset")]
    assert check.verdict is Verdict.UNREACHABLE and check.error == "connection_reset"
    assert check.status is None and check.attempts == 3


def test_an_honest_empty_answer_is_not_broken(zoo: Any, cfg: Callable[..., Config]) -> None:
    # Content-Length: 0 frames an empty body; nothing was lost on the way.
    url = zoo.url("/broken200/empty")
    with Resolver(cfg()) as r:
        check = r.check_all([url]).checks[url]
    assert check.error is None and check.attempts == 1
    assert check.verdict is not Verdict.UNREACHABLE


def test_a_probe_never_retries_a_broken_answer(zoo: Any, cfg: Callable[..., Config]) -> None:
    from checker.resolve.fetch import Fetcher
    from checker.resolve.limits import Limits
    from checker.resolve.session import make_session

    config = cfg()
    path = "/broken200/promised"
    before = zoo.hits(path)
    chain = Fetcher(config, make_session(config), Limits(config)).follow(zoo.url(path), retries=0)
    assert chain.error_code == "broken_answer" and chain.attempts == 1
    assert zoo.hits(path) - before == 1

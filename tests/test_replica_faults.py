"""Fault injection: each kind happens, then a later attempt succeeds."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error

import pytest

from msqa_scraper.replica import ReplicaServer, SiteConfig
from msqa_scraper.replica.faults import FaultConfig, FaultInjector

BLOG = "/q--a-for-virtual-ms-center"
SMALL = SiteConfig(posts=6)


def test_500_then_success(fetch) -> None:
    with ReplicaServer(SMALL, faults=FaultConfig(error_500=1.0)) as server:
        first = fetch(server.blog_url)
        assert first.status == 500
        assert b"Internal Server Error" in first.body
        assert fetch(server.blog_url).status == 200
        assert [r["fault"] for r in server.requests] == ["500", None]


def test_429_has_retry_after(fetch) -> None:
    with ReplicaServer(SMALL, faults=FaultConfig(throttle_429=1.0)) as server:
        first = fetch(server.blog_url)
        assert first.status == 429
        assert first.headers["Retry-After"] == "1"
        assert fetch(server.blog_url).status == 200


def test_truncated_body_has_no_content_length_and_closes() -> None:
    with ReplicaServer(SMALL, faults=FaultConfig(truncate=1.0)) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        connection.request("GET", BLOG)
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Length") is None
        cut = response.read()
        assert response.will_close
        connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        connection.request("GET", BLOG)
        full = connection.getresponse().read()
        connection.close()
    assert len(full) > 30000
    assert cut == full[: len(full) // 2]
    assert b"</html>" not in cut


def test_stall_outlasts_the_client_timeout_then_succeeds(fetch) -> None:
    faults = FaultConfig(stall=1.0, stall_seconds=1.5)
    with ReplicaServer(SMALL, faults=faults) as server:
        started = time.monotonic()
        with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
            fetch(server.blog_url, timeout=0.3)
        assert time.monotonic() - started < 1.0
        assert fetch(server.blog_url, timeout=5).status == 200
        assert server.requests[-1]["fault"] is None


def test_stalled_request_does_not_block_shutdown(fetch) -> None:
    server = ReplicaServer(SMALL, faults=FaultConfig(stall=1.0, stall_seconds=30)).start()
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        fetch(server.blog_url, timeout=0.2)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2


def test_fail_attempts(fetch) -> None:
    with ReplicaServer(SMALL, faults=FaultConfig(error_500=1.0, fail_attempts=2)) as server:
        assert [fetch(server.blog_url).status for _ in range(3)] == [500, 500, 200]
        server.reset_faults()
        assert fetch(server.blog_url).status == 500


def test_robots_is_spared_unless_asked(fetch) -> None:
    with ReplicaServer(SMALL, faults=FaultConfig(error_500=1.0)) as server:
        assert fetch(server.base_url + "/robots.txt").status == 200
    faults = FaultConfig(error_500=1.0, include_robots=True)
    with ReplicaServer(SMALL, faults=faults) as server:
        assert fetch(server.base_url + "/robots.txt").status == 500


def test_faulty_paths_follow_the_rate_and_are_deterministic() -> None:
    config = FaultConfig(error_500=0.1, stall=0.05, truncate=0.05, throttle_429=0.1)
    a, b = FaultInjector(config, seed=1), FaultInjector(config, seed=1)
    paths = [f"{BLOG}/post-{n}" for n in range(4000)]
    kinds = [a.planned(p) for p in paths]
    assert kinds == [b.planned(p) for p in paths]
    share = {k: kinds.count(k) / len(paths) for k in ("500", "stall", "truncate", "429")}
    assert share["500"] == pytest.approx(0.1, abs=0.02)
    assert share["stall"] == pytest.approx(0.05, abs=0.015)
    assert share["truncate"] == pytest.approx(0.05, abs=0.015)
    assert share["429"] == pytest.approx(0.1, abs=0.02)
    other = FaultInjector(config, seed=2)
    assert kinds != [other.planned(p) for p in paths]


def test_partial_rate_over_http(fetch) -> None:
    faults = FaultConfig(error_500=0.5)
    with ReplicaServer(SiteConfig(posts=20), faults=faults) as server:
        truth = server.truth()
        outcomes = {p["url"]: fetch(p["url"]).status for p in truth["posts"]}
        planned = {
            p["url"]: server.faults.planned(p["url"].split(server.base_url)[1])
            for p in truth["posts"]
        }
        assert {u for u, s in outcomes.items() if s == 500} == {u for u, k in planned.items() if k}
        assert 0 < sum(s == 500 for s in outcomes.values()) < len(outcomes)
        assert all(fetch(u).status == 200 for u in outcomes)

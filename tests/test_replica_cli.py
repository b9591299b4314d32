"""``msqa replica serve`` and ``msqa replica truth``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from msqa_scraper.cli import cli


def test_truth_command_writes_ground_truth(tmp_path: Path) -> None:
    out = tmp_path / "truth.json"
    base = "http://127.0.0.1:8080/q--a-for-virtual-ms-center"
    result = CliRunner().invoke(
        cli,
        [
            "replica",
            "truth",
            "--posts",
            "12",
            "--seed",
            "4",
            "--round",
            "1",
            "--base-url",
            base,
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["round"] == 1 and data["base_url"] == base
    assert data["removed"]
    assert all(p["url"].startswith(base + "/") for p in data["posts"])


def test_serve_prints_the_blog_url_and_serves(tmp_path: Path, fetch) -> None:
    log = tmp_path / "requests.jsonl"
    truth_path = tmp_path / "truth.json"
    command = [
        sys.executable,
        "-c",
        "from msqa_scraper.cli import cli; cli()",
        "replica",
        "serve",
        "--posts",
        "8",
        "--port",
        "0",
        "--fault-500",
        "1",
        "--request-log",
        str(log),
        "--truth",
        str(truth_path),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.startswith("Serving replica at http://127.0.0.1:")
        assert line.endswith("(8 posts, round 0)")
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        assert fetch(url).status == 500
        assert fetch(url).status == 200
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        assert truth["base_url"] == url
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
    assert len(log.read_text(encoding="utf-8").splitlines()) == 2


def test_truth_command_with_robustness_knobs(tmp_path: Path) -> None:
    out = tmp_path / "truth.json"
    base = "http://127.0.0.1:8080/q--a-for-virtual-ms-center"
    args = ["replica", "truth", "--posts", "6", "--bad-pages", "--drift", "renamed-content"]
    result = CliRunner().invoke(cli, [*args, "--base-url", base, str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["drift"] == "renamed-content"
    assert data["bad_pages"]["huge"]["expect"] == "stored"
    assert data["bad_pages"]["no_body"]["expect"] == "skipped"
    bad = CliRunner().invoke(
        cli, ["replica", "truth", "--robots-disallow", "nope", "--base-url", base, str(out)]
    )
    assert bad.exit_code == 2 and "Disallow" in bad.output


def test_serve_with_robustness_knobs(fetch) -> None:
    command = [
        sys.executable,
        "-c",
        "from msqa_scraper.cli import cli; cli()",
        "replica",
        "serve",
        "--posts",
        "5",
        "--bad-pages",
        "--drift",
        "renamed-post-class",
        "--robots-disallow",
        "/secret/",
        "--robots-disallow",
        "/q--a-for-virtual-ms-center/archives/",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline().strip()
        assert line.endswith(
            "(12 posts, round 0, 8 bad pages, drift renamed-post-class, robots disallow"
            " /secret/ /q--a-for-virtual-ms-center/archives/)"
        ), line
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        base = url.rsplit("/", 1)[0]
        robots = fetch(base + "/robots.txt").text
        assert "Disallow: /secret/\nDisallow: /q--a-for-virtual-ms-center/archives/\n" in robots
        index = fetch(url).body
        assert b"wsite-blog-post-item" in index and b'class="blog-post"' not in index
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def test_build_writes_static_files(tmp_path):
    from click.testing import CliRunner

    from msqa_scraper.cli import cli

    out = tmp_path / "site"
    result = CliRunner().invoke(
        cli, ["replica", "build", "--posts", "12", "--host", "127.0.0.1:9999", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "12 posts" in result.output
    root = (out / "q--a-for-virtual-ms-center.html").read_text()
    assert 'class="blog-post"' in root and "//127.0.0.1:9999/q--a-for-virtual-ms-center/" in root
    assert (out / "sitemap.xml").is_file() and (out / "robots.txt").is_file()


def test_hostile_knobs_parse_into_a_hostility() -> None:
    import click
    import pytest

    from msqa_scraper.cli.replica import _hostility
    from msqa_scraper.replica.hostile import Hostility

    got = _hostility(("empty_listings", "loop_posts=2", "off_origin=http://127.0.0.1:9"))
    assert got == Hostility(empty_listings=True, loop_posts=2, off_origin="http://127.0.0.1:9")
    assert _hostility(()) == Hostility() and not Hostility().active
    for bad in ("whatever", "loop_posts=many"):
        with pytest.raises(click.BadParameter):
            _hostility((bad,))

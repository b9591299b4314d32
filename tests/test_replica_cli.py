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

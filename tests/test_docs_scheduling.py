"""docs/scheduling.md's cron lines, systemd unit and make advice, run as written (issue 16).

The documented command lines are taken from the page, pointed at the replica (one
``--base-url`` added) and at temporary folders instead of /opt, /var/lib and /var/log, and run
through a shell with stderr a pipe, as cron and systemd run them.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from msqa_scraper.replica import ReplicaServer, SiteConfig

ROOT = Path(__file__).parents[1]
DOC = (ROOT / "docs" / "scheduling.md").read_text()
VENV_BIN = Path(sys.executable).parent
QUICK = "-s DOWNLOAD_DELAY=0 -s CONCURRENT_REQUESTS_PER_DOMAIN=8"


def block(language: str, containing: str) -> str:
    for found in re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.S):
        if containing in found:
            return found
    raise AssertionError(f"no ```{language} block with {containing!r} in docs/scheduling.md")


def localise(command: str, tmp: Path, blog_url: str) -> str:
    """The documented command, on this checkout and in ``tmp``, crawling the replica."""
    command = command.replace("cd /opt/msqa-scraper && .venv/bin/", f"cd {ROOT} && {VENV_BIN}/")
    command = command.replace("/opt/msqa-scraper/.venv/bin/", f"{VENV_BIN}/")
    command = command.replace("/var/lib/msqa", str(tmp / "lib")).replace(
        "/var/log/msqa", str(tmp / "log")
    )
    return command.replace("msqa crawl", f"msqa crawl --base-url {blog_url} {QUICK}", 1)


@pytest.fixture(scope="module")
def replica():
    with ReplicaServer(SiteConfig(posts=12, per_page=4)) as server:
        yield server


def folders(tmp: Path) -> None:
    (tmp / "lib").mkdir()
    (tmp / "log").mkdir()


def shell(command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_cron_lines_write_one_summary_line_per_run_and_mail_nothing(
    replica: ReplicaServer, tmp_path: Path
) -> None:
    folders(tmp_path)
    cron = [line for line in block("cron", "msqa crawl").splitlines() if "msqa crawl" in line]
    assert len(cron) == 2  # nightly, and the weekly --full
    for n, line in enumerate(cron, start=1):
        command = line.split(None, 5)[5]  # after minute, hour, day, month, weekday
        done = shell(localise(command, tmp_path, replica.blog_url))
        assert done.returncode == 0, done.stderr
        # What cron would mail: nothing after a good run.
        assert done.stdout == "" and done.stderr == ""
        summary = (tmp_path / "log" / "summary.log").read_text().splitlines()
        assert len(summary) == n and summary[-1].startswith(f"crawl {n} complete: ")
    log = (tmp_path / "log" / "crawl.log").read_text()
    assert log.count("INFO: Scrapy") == 2  # both runs' INFO went to the log file


def test_cron_line_mails_the_errors_of_a_failed_run(tmp_path: Path) -> None:
    folders(tmp_path)
    line = next(line for line in block("cron", "msqa crawl").splitlines() if "msqa crawl" in line)
    command = localise(line.split(None, 5)[5], tmp_path, "http://127.0.0.1:9/blog")
    done = shell(command + " -s RETRY_TIMES=0")
    assert done.returncode == 4
    mailed = done.stdout + done.stderr
    assert 1 <= len(mailed.splitlines()) <= 6, mailed
    assert "INFO" not in mailed
    assert (tmp_path / "log" / "summary.log").read_text().startswith("crawl 1 failed: ")


def unit(name: str) -> configparser.ConfigParser:
    text = block("ini", name)
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_systemd_unit_runs_as_written(replica: ReplicaServer, tmp_path: Path) -> None:
    folders(tmp_path)
    service = unit("ExecStart=/opt/msqa-scraper/.venv/bin/msqa crawl")
    section = service["Service"]
    env = dict(item.split("=", 1) for item in section["Environment"].split())
    env = {k: localise(v, tmp_path, replica.blog_url) for k, v in env.items()}
    command = localise(section["ExecStart"], tmp_path, replica.blog_url)
    assert section["WorkingDirectory"] == "/opt/msqa-scraper"
    done = shell(f"cd {ROOT} && {command}", env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("crawl 1 complete: ") and done.stdout.count("\n") == 1
    assert (tmp_path / "lib" / "msqa.sqlite").exists()  # MSQA_DB from Environment=
    assert "INFO" in (tmp_path / "log" / "crawl.log").read_text()


def test_success_exit_status_matches_the_alarm_column() -> None:
    service = unit("SuccessExitStatus=")
    success = {int(code) for code in service["Service"]["SuccessExitStatus"].split()}
    not_alarms = {
        int(code)
        for code, alarm in re.findall(r"^\| (\d) \|.*\| (yes|no) \|$", DOC, flags=re.M)
        if alarm == "no"
    }
    assert not_alarms == success | {0}
    assert service["Unit"]["OnFailure"].startswith("msqa-alert@")
    assert "[Service]" in block("ini", "Description=Alert that %i failed")
    # The exit codes the table lists are the ones the code uses.
    from msqa_scraper.cli import exitcodes

    codes = {int(c) for c in re.findall(r"^\| (\d) \|", DOC, flags=re.M)}
    assert codes == {v for k, v in vars(exitcodes).items() if k.isupper() and isinstance(v, int)}


def test_server_setup_creates_the_user_and_folders_the_units_use() -> None:
    setup = block("console", "useradd")
    assert "useradd --system" in setup and " msqa" in setup
    assert "/var/lib/msqa" in setup and "/var/log/msqa" in setup
    rotation = block("text", "/var/log/msqa/*.log {")
    assert "create 0640 msqa msqa" in rotation and "su msqa msqa" in rotation


@pytest.mark.parametrize(
    ("env", "args", "db"),
    [
        ({}, [], "data/msqa.sqlite"),
        ({"MSQA_DB": "/srv/a.sqlite"}, [], "/srv/a.sqlite"),
        ({}, ["DB=/srv/b.sqlite"], "/srv/b.sqlite"),
        ({"MSQA_DB": "/srv/a.sqlite"}, ["DB=/srv/b.sqlite"], "/srv/b.sqlite"),
    ],
)
def test_make_crawl_honours_msqa_db_and_db(env: dict[str, str], args: list[str], db: str) -> None:
    skip = ("MSQA_DB", "DB", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")  # also when run under make
    clean = {k: v for k, v in os.environ.items() if k not in skip}
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "crawl", *args],
        cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if "msqa crawl" in line]
    assert shlex.split(line)[-3:] == ["crawl", "--db", db]

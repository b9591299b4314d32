"""``msqa crawl`` answers bad input with one line and a documented exit code."""

import fcntl

import pytest
from click.testing import CliRunner

from msqa_scraper.cli import cli, exitcodes


@pytest.fixture
def runner():
    return CliRunner()


def test_malformed_url(runner, tmp_path):
    result = runner.invoke(
        cli, ["crawl", "--base-url", "not a url", "--db", str(tmp_path / "a.sqlite")]
    )
    assert result.exit_code == exitcodes.BAD_INPUT
    assert result.output.strip().startswith("msqa: error: not an http(s) URL")
    assert "Traceback" not in result.output


def test_missing_folder(runner, tmp_path):
    result = runner.invoke(cli, ["crawl", "--db", str(tmp_path / "nope" / "a.sqlite")])
    assert result.exit_code == exitcodes.DATABASE
    assert "does not exist" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_read_only_database(runner, tmp_path):
    db = tmp_path / "a.sqlite"
    db.write_bytes(b"")
    db.chmod(0o444)
    result = runner.invoke(cli, ["crawl", "--db", str(db)])
    assert result.exit_code == exitcodes.DATABASE
    assert "read-only" in result.output


def test_bad_setting(runner, tmp_path):
    result = runner.invoke(cli, ["crawl", "--db", str(tmp_path / "a.sqlite"), "-s", "NOEQUALS"])
    assert result.exit_code == exitcodes.BAD_INPUT
    assert "NAME=VALUE" in result.output


def test_locked_database(runner, tmp_path):
    db = tmp_path / "a.sqlite"
    with open(f"{db}.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("pid 12345")
        held.flush()
        result = runner.invoke(cli, ["crawl", "--db", str(db)])
    assert result.exit_code == exitcodes.LOCKED
    assert "locked by a running crawl" in result.output

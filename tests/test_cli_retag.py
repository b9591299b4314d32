"""``msqa retag``: reload the therapies table and re-tag every post after the data file changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from research_fixtures import assert_one_line_error, research_db_fixture, run  # noqa: F401

from msqa_scraper.cli import exitcodes
from msqa_scraper.store import therapies


@pytest.fixture
def archive_copy(research_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "msqa.sqlite"
    with sqlite3.connect(research_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def tags(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT post_id, drug FROM post_drugs"))


def test_retag_restores_the_tags(archive_copy: Path) -> None:
    before = tags(archive_copy)
    with sqlite3.connect(archive_copy) as conn:
        conn.execute("DELETE FROM post_drugs")
    result = run("retag", "--db", archive_copy)
    assert result.exit_code == 0, result.output
    version = therapies.packaged().version
    assert result.stdout.splitlines()[0] == (
        f"Tagged 7 posts with therapies data {version} "
        f"({len(therapies.packaged().therapies)} therapies): 6 mention at least one."
    )
    assert tags(archive_copy) == before


def test_retag_applies_a_changed_data_file(
    archive_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = therapies.Therapies.from_json(
        {
            "version": "2099.1",
            "date": "2099-01-01",
            "therapies": {
                "cholecalciferol": {"brands": [], "aliases": ["vitamin D"], "class": "symptomatic"}
            },
        }
    )
    monkeypatch.setattr(therapies, "packaged", lambda: changed)
    assert run("retag", "--db", archive_copy).exit_code == 0
    # Only the new therapy is left; removed post 2006 is re-tagged too.
    assert tags(archive_copy) == {("2006", "cholecalciferol")}
    with sqlite3.connect(archive_copy) as conn:
        assert conn.execute("SELECT generic, therapies_version FROM therapies").fetchall() == [
            ("cholecalciferol", "2099.1")
        ]
        assert conn.execute("SELECT DISTINCT therapies_version FROM post_drugs").fetchall() == [
            ("2099.1",)
        ]


def test_bad_input(tmp_path: Path) -> None:
    assert_one_line_error(
        run("retag", "--db", tmp_path / "missing.sqlite"), exitcodes.DATABASE, "no archive"
    )
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE birds (name TEXT)")
    assert_one_line_error(run("retag", "--db", foreign), exitcodes.DATABASE, "not an msqa archive")
    with sqlite3.connect(foreign) as conn:  # left alone: no archive tables created in it
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["birds"]


def test_help() -> None:
    result = run("retag", "--help")
    assert result.exit_code == 0 and "ms_therapies.json" in result.stdout


def _linked(db: Path, post_id: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return list(
            conn.execute(
                "SELECT e.name, e.degrees FROM post_experts pe JOIN experts e "
                "ON e.id = pe.expert_id WHERE pe.post_id = ? ORDER BY pe.position",
                [post_id],
            )
        )


def test_retag_applies_the_expert_curation_file(archive_copy: Path, tmp_path: Path) -> None:
    import json

    with sqlite3.connect(archive_copy) as conn:
        post_id, signature = conn.execute(
            "SELECT post_id, 'Jane Doe MD PhD' FROM post_versions ORDER BY post_id LIMIT 1"
        ).fetchone()
        conn.execute(
            "UPDATE post_versions SET signature = ? WHERE post_id = ?", [signature, post_id]
        )
    curation = tmp_path / "curation.json"
    curation.write_text(
        json.dumps(
            {
                "version": "test.1",
                "signatures": [
                    {
                        "raw": "jane  doe md phd",
                        "experts": [{"name": "Jane Q. Doe", "degrees": ["MD"]}],
                    }
                ],
                "names": [{"as_written": "Revere (Rip) Kinkel", "degrees": ["MD", "PhD"]}],
            }
        )
    )
    result = run("retag", "--curation", curation, "--db", archive_copy)
    assert result.exit_code == 0, result.output
    assert "re-linked with curation test.1" in result.stdout
    assert _linked(archive_copy, post_id) == [("Jane Q. Doe", '["MD"]')]
    with sqlite3.connect(archive_copy) as conn:
        kinkel = conn.execute(
            "SELECT degrees FROM experts WHERE name = 'Revere (Rip) Kinkel'"
        ).fetchone()
        # Versions keep what was captured.
        captured = conn.execute(
            "SELECT experts FROM post_versions WHERE post_id = ?", [post_id]
        ).fetchone()[0]
    assert kinkel == ('["MD", "PhD"]',)
    assert "Jane Q. Doe" not in captured
    again = run("retag", "--curation", curation, "--db", archive_copy)
    assert "Experts: 0 posts re-linked" in again.stdout


def test_retag_with_an_unreadable_curation_file(archive_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run("retag", "--curation", bad, "--db", archive_copy)
    assert_one_line_error(result, exitcodes.BAD_INPUT)


# Valid JSON of the wrong shape used to end in a traceback (AttributeError inside the loader).
MALFORMED_CURATIONS = {
    "an array": ("[]", "holds a JSON array, not an object"),
    "a string": ('"names"', "holds a JSON string, not an object"),
    "null": ("null", "holds a JSON null, not an object"),
    "a number as a raw block": (
        '{"signatures": [{"raw": 5, "experts": []}]}',
        "does not follow the curation format",
    ),
    "a number as a name": ('{"names": [{"as_written": 5}]}', "does not follow the curation format"),
    "a number as an entry": ('{"names": [5]}', "does not follow the curation format"),
    "no experts key": ('{"signatures": [{"raw": "x"}]}', "does not follow the curation format"),
    "not UTF-8": ("\udcff", "not JSON"),
}


@pytest.mark.parametrize("case", list(MALFORMED_CURATIONS))
def test_a_malformed_curation_file_is_one_line_and_changes_nothing(
    case: str, archive_copy: Path, tmp_path: Path
) -> None:
    text, fragment = MALFORMED_CURATIONS[case]
    bad = tmp_path / "curation.json"
    bad.write_bytes(text.encode("utf-8", "surrogateescape"))
    before = archive_copy.read_bytes()
    result = run("retag", "--curation", bad, "--db", archive_copy)
    assert_one_line_error(result, exitcodes.BAD_INPUT, f"curation file {bad}", fragment)
    assert archive_copy.read_bytes() == before

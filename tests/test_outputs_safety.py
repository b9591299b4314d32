"""No command writes over the archive or over a file it did not create (docs/reliability.md,
"What no command overwrites").

Every command that writes a file is run against the archive itself (by its own path, through a
symlink, through a hard link, spelled with ``..``, and as its ``-wal`` sidecar), against an
existing file, through a symlink and into a FIFO.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from research_fixtures import assert_one_line_error, run
from safety_fixtures import archive_fixture, captured_fixture, fingerprint  # noqa: F401

from msqa_scraper import outputs
from msqa_scraper.cli import exitcodes

TRUTH_BASE = "http://127.0.0.1:8080/q--a-for-virtual-ms-center"

# Each output command as the arguments that write ``out`` from archive ``db``.
COMMANDS: dict[str, Callable[[Path, Path], list[str | Path]]] = {
    "report": lambda db, out: ["report", out, "--db", db],
    "export": lambda db, out: ["export", "-o", out, "--db", db],
    "export-jsonl": lambda db, out: ["export", "--format", "jsonl", "-o", out, "--db", db],
    "export-warc": lambda db, out: ["export-warc", out, "--db", db],
    "rebuild-into": lambda db, out: ["rebuild", "--db", db, "--into", out, "--workers", "1"],
    "replica-truth": lambda db, out: ["replica", "truth", "--posts", "4", "--base-url",
                                      TRUTH_BASE, out],
}  # fmt: skip
# What each command's output starts with, to tell its content from anything else.
MAGIC: dict[str, bytes] = {
    "report": b"<!DOCTYPE html>",
    "export": b"id,url,title",
    "export-jsonl": b'{"id": ',
    "export-warc": b"\x1f\x8b",  # gzip
    "rebuild-into": b"SQLite format 3\x00",
    "replica-truth": b"{",
}
# Commands that read an archive, so know which one to protect even with --force.
READS_ARCHIVE = [name for name in COMMANDS if name != "replica-truth"]
STREAMING = ["report", "export", "export-warc", "replica-truth"]


def spellings(db: Path, tmp_path: Path) -> dict[str, Path]:
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    hard = tmp_path / "hard.sqlite"
    os.link(db, hard)
    return {
        "itself": db,
        "symlink": link,
        "hard link": hard,
        "dotdot": db.parent / ".." / db.parent.name / db.name,
        "wal sidecar": db.with_name(db.name + "-wal"),
        "lock file": db.with_name(db.name + ".lock"),
    }


@pytest.mark.parametrize("command", READS_ARCHIVE)
def test_the_archive_is_refused_however_spelled_even_with_force(
    command: str, archive: Path, tmp_path: Path
) -> None:
    before = fingerprint(archive)
    for spelling, out in spellings(archive, tmp_path).items():
        result = run(*COMMANDS[command](archive, out), "--force")
        assert_one_line_error(result, exitcodes.BAD_INPUT, "archive")
        assert fingerprint(archive) == before, spelling
        assert (tmp_path / "link.sqlite").is_symlink()
        assert not archive.with_name(archive.name + "-wal").exists(), spelling


def test_replica_truth_refuses_an_archive_as_an_existing_file(archive: Path) -> None:
    before = fingerprint(archive)
    result = run(*COMMANDS["replica-truth"](archive, archive))
    assert_one_line_error(result, exitcodes.BAD_INPUT, "exists (use --force to replace it)")
    assert fingerprint(archive) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_needs_force(command: str, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.file"
    out.write_bytes(b"keep me")
    refused = run(*COMMANDS[command](archive, out))
    assert_one_line_error(refused, exitcodes.BAD_INPUT, f"{out} exists (use --force")
    assert out.read_bytes() == b"keep me"
    forced = run(*COMMANDS[command](archive, out), "--force")
    assert forced.exit_code == 0, forced.output
    assert out.read_bytes().startswith(MAGIC[command])
    assert not [p.name for p in tmp_path.iterdir() if ".part-" in p.name]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_symlink_is_written_through(command: str, archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.out"
    target.write_bytes(b"old")
    link = tmp_path / "link.out"
    link.symlink_to(target)
    result = run(*COMMANDS[command](archive, link), "--force")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes().startswith(MAGIC[command])
    # A link to nothing yet: the file it names is created, the link kept, no --force needed.
    dangling_target = tmp_path / "new.out"
    dangling = tmp_path / "dangling.out"
    dangling.symlink_to(dangling_target)
    result = run(*COMMANDS[command](archive, dangling))
    assert result.exit_code == 0, result.output
    assert dangling.is_symlink() and dangling_target.read_bytes().startswith(MAGIC[command])


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[tuple[Path, list[bytes]]]:
    """A FIFO with a reader thread collecting what is written into it."""
    path = tmp_path / "pipe"
    os.mkfifo(path)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(path.read_bytes()), daemon=True)
    reader.start()
    yield path, received
    if reader.is_alive():  # nothing opened it: release the reader
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
    reader.join(timeout=10)


@pytest.mark.parametrize("command", STREAMING)
def test_a_fifo_is_written_through_never_replaced(
    command: str, archive: Path, fifo: tuple[Path, list[bytes]]
) -> None:
    path, received = fifo
    result = run(*COMMANDS[command](archive, path))
    assert result.exit_code == 0, result.output
    assert path.is_fifo()
    for _ in range(100):
        if received:
            break
        threading.Event().wait(0.05)
    assert received and received[0].startswith(MAGIC[command])


def test_export_to_a_fifo_puts_the_disclaimer_on_stderr(
    archive: Path, fifo: tuple[Path, list[bytes]]
) -> None:
    path, _ = fifo
    result = run("export", "-o", path, "--db", archive)
    assert result.exit_code == 0, result.output
    assert "disclaimer on stderr" in result.stderr
    assert not list(path.parent.glob("*.disclaimer.txt"))


def test_rebuild_into_a_fifo_is_refused(archive: Path, tmp_path: Path) -> None:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    result = run(*COMMANDS["rebuild-into"](archive, path))
    assert_one_line_error(result, exitcodes.BAD_INPUT, "FIFO or device")
    assert path.is_fifo()


def test_export_refuses_an_existing_sidecar_without_force(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "qa.csv"
    sidecar = tmp_path / "qa.csv.disclaimer.txt"
    sidecar.write_text("mine")
    result = run("export", "-o", out, "--db", archive)
    assert_one_line_error(result, exitcodes.BAD_INPUT, f"{sidecar} exists")
    assert sidecar.read_text() == "mine" and not out.exists()


def test_export_sidecar_cannot_be_the_archive(archive: Path) -> None:
    # qa.csv's sidecar is "qa.csv.disclaimer.txt": name the archive that way.
    db = archive.with_name("qa.csv.disclaimer.txt")
    archive.rename(db)
    before = fingerprint(db)
    result = run("export", "-o", db.with_name("qa.csv"), "--db", db, "--force")
    assert_one_line_error(result, exitcodes.BAD_INPUT, "is the archive")
    assert fingerprint(db) == before


def test_a_device_is_written_through(archive: Path) -> None:
    result = run("report", "/dev/null", "--db", archive)
    assert result.exit_code == 0, result.output
    assert Path("/dev/null").is_char_device()


def test_replica_build_never_empties_a_foreign_folder(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "msqa.sqlite").write_bytes(b"an archive")
    args = ["replica", "build", "--posts", "4", folder]
    for extra in ([], ["--force"]):
        assert_one_line_error(run(*args, *extra), exitcodes.BAD_INPUT, "holds no replica build")
        assert (folder / "msqa.sqlite").read_bytes() == b"an archive"


def test_replica_build_replaces_its_own_build_with_force_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "site"
    link = tmp_path / "site-link"
    link.symlink_to(real, target_is_directory=True)
    args = ["replica", "build", "--posts", "4", link]
    assert run(*args).exit_code == 0
    assert_one_line_error(run(*args), exitcodes.BAD_INPUT, "use --force")
    (real / "stale.html").write_text("from an older build")
    assert run(*args, "--force").exit_code == 0
    assert link.is_symlink() and not (real / "stale.html").exists()
    assert (real / "robots.txt").is_file()


def test_check_compares_files_not_spellings(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    db.write_bytes(b"x")
    other = tmp_path / "b.sqlite"
    other.write_bytes(b"y")
    with pytest.raises(outputs.OutputRefused, match="is the archive"):
        outputs.check(tmp_path / "." / "a.sqlite", protect=[db], force=True)
    assert outputs.check(other, protect=[db], force=True).exists
    with pytest.raises(outputs.OutputRefused, match=r"a.sqlite-shm is the archive's -shm file \("):
        outputs.check(tmp_path / "a.sqlite-shm", protect=[tmp_path / "." / "a.sqlite"])


def test_dev_stdout_is_written_through_to_a_pipe(archive: Path) -> None:
    # /dev/stdout -> /proc/self/fd/1 -> "pipe:[...]": a link os.path.realpath cannot follow.
    result = subprocess.run(
        [sys.executable, "-m", "msqa_scraper", "export", "-o", "/dev/stdout", "--db", str(archive)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.startswith(MAGIC["export"])
    assert b"disclaimer on stderr" in result.stderr


def test_export_to_stdout_refuses_stdout_appending_to_the_archive(archive: Path) -> None:
    before = fingerprint(archive)
    with archive.open("ab") as appending:
        result = subprocess.run(
            [sys.executable, "-m", "msqa_scraper", "export", "--db", str(archive)],
            stdout=appending,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert result.returncode == exitcodes.BAD_INPUT
    assert result.stderr.strip() == f"msqa: error: standard output is the archive's file {archive}"
    assert fingerprint(archive) == before


# Ways to spell the same folder: ".", a detour through a sibling, a symlink to it.
@settings(deadline=None, max_examples=60)
@given(
    hops=st.lists(st.sampled_from([".", "detour", "link", "//"]), max_size=5),
    suffix=st.sampled_from(["", "-wal", "-shm", "-journal", ".lock"]),
    force=st.booleans(),
)
def test_every_spelling_of_an_archive_file_is_refused(
    hops: list[str], suffix: str, force: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.getbasetemp() / "spellings"
    if not root.exists():
        (root / "data").mkdir(parents=True)
        (root / "other").mkdir()
        (root / "data" / "msqa.sqlite").write_bytes(b"SQLite format 3\x00")
        (root / "data-link").symlink_to(root / "data", target_is_directory=True)
    archive = root / "data" / "msqa.sqlite"
    start = root / ("data-link" if "link" in hops else "data")
    spelled = str(start)
    for hop in hops:
        if hop == "detour":
            spelled += "/../other/../data"
        elif hop == "link":
            spelled += "/../data-link"
        elif hop == "//":
            spelled += "/"
        else:
            spelled += "/."
    target = Path(spelled + "/msqa.sqlite" + suffix)
    with pytest.raises(outputs.OutputRefused, match="is the archive"):
        outputs.check(target, protect=[archive], force=force)
    # The same spellings of a file that is not the archive's are fine.
    assert not outputs.check(Path(spelled + "/notes.csv"), protect=[archive]).exists

"""The expert curation file as the commands read it: a one-line error (exit 2) for any file
that does not follow the format, before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import fail
from msqa_scraper.extract.signature.curation import Curation, CurationError, curation, packaged_path

_JSON_KINDS: dict[type, str] = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _refused(path: Path | str, exc: ValueError) -> None:
    if isinstance(exc, CurationError):
        # The whole file is refused: applying the good entries of a file its curator got
        # wrong would relink some posts and not others.
        fail(
            f"cannot read curation file {path}: it does not follow the curation format, "
            f"{exc}; nothing was applied (see DATA_FORMAT.md)",
            exitcodes.BAD_INPUT,
        )
    fail(f"cannot read curation file {path}: not JSON ({exc})", exitcodes.BAD_INPUT)


def load_curation(path: Path) -> Curation:
    """The curation file at ``path``, or a one-line error (exit 2) saying what is wrong with
    it, whatever its shape: the file is the user's, and a traceback says nothing to a curator."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"cannot read curation file {path}: {exc.strerror or exc}", exitcodes.BAD_INPUT)
    except ValueError as exc:  # UnicodeDecodeError and json.JSONDecodeError too
        fail(f"cannot read curation file {path}: not JSON ({exc})", exitcodes.BAD_INPUT)
    if not isinstance(raw, dict):
        fail(
            f"cannot read curation file {path}: it holds a JSON {_JSON_KINDS[type(raw)]}, not an "
            "object with 'signatures' and 'names' lists (see DATA_FORMAT.md)",
            exitcodes.BAD_INPUT,
        )
    try:
        return Curation.from_dict(raw)
    except CurationError as exc:
        _refused(path, exc)
    raise AssertionError("unreachable: fail() exits")


def packaged_curation() -> Curation:
    """The packaged curation file every extraction applies (crawl, rebuild, retag), or a
    one-line error (exit 2): checked once before a command writes, rather than failing on
    every page (a rebuild would have stored each post as an extractor failure)."""
    try:
        return curation()
    except OSError as exc:
        fail(f"cannot read curation file {packaged_path()}: {exc.strerror}", exitcodes.BAD_INPUT)
    except ValueError as exc:
        _refused(packaged_path(), exc)
    raise AssertionError("unreachable: fail() exits")

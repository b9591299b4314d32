"""The expert curation file: an entry that does not follow the format (a null or empty name,
"MD" where a list belongs, a typo'd key) refuses the whole file with one ``msqa: error:`` line
naming the entry and counting it (msqa/curation/refused), exit 2, and nothing is written: not by
``msqa retag --curation``, nor, for the packaged file, by a rebuild, a crawl or a demo."""

from __future__ import annotations

import importlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from research_fixtures import assert_one_line_error, build_archive, run
from test_refusals_leave_nothing import folder_state

from msqa_scraper.cli import exitcodes
from msqa_scraper.extract.signature.curation import Curation, CurationError

REFUSED = "msqa/curation/refused = 1"
# The module, not the function the package exports under the same name.
curation_module = importlib.import_module("msqa_scraper.extract.signature.curation")


def signature(**expert: Any) -> dict[str, Any]:
    return {"signatures": [{"raw": "Ada Quill MD", "experts": [{"name": "Ada Quill", **expert}]}]}


# Each used to load: a null name became an expert called "None", "MD" the degrees M and D.
MALFORMED: dict[str, tuple[dict[str, Any], str]] = {
    "null name": (signature(name=None), "signatures[0].experts[0]: 'name' is null"),
    "empty name": (signature(name="  "), "'name' is an empty string"),
    "number name": (signature(name=7), "'name' is a number"),
    "no name": (
        {"signatures": [{"raw": "x", "experts": [{"degrees": ["MD"]}]}]},
        "'name' is missing",
    ),
    "degrees as a string": (signature(degrees="MD"), "'degrees' is a string, not an array"),
    "a number among degrees": (signature(degrees=["MD", 3]), "'degrees' is an array holding"),
    "institution a number": (signature(institution=12), "'institution' is a number"),
    "a typo'd key": (signature(instituton="X"), "unknown key 'instituton'"),
    "empty raw block": (
        {"signatures": [{"raw": " ", "experts": [{"name": "Ada Quill"}]}]},
        "'raw' is an empty string",
    ),
    "experts not a list": (
        {"signatures": [{"raw": "x", "experts": "Ada Quill"}]},
        "'experts' is a string",
    ),
    "signatures not a list": ({"signatures": {"raw": "x"}}, "signatures: an object"),
    "a fix to a null name": (
        {"names": [{"as_written": "Ada Quil", "name": None}]},
        "names[0]: 'name' is null",
    ),
    "a fix that sets nothing": ({"names": [{"as_written": "Ada Quil"}]}, "sets none of"),
    "a null as_written": ({"names": [{"as_written": None, "name": "A"}]}, "'as_written' is null"),
    "one block two ways": (
        {
            "signatures": [
                {"raw": "Ada Quill MD", "experts": [{"name": "Ada Quill"}]},
                {"raw": "ada  quill md", "experts": [{"name": "Ada Quil"}]},
            ]
        },
        "signatures[1]: repeats an earlier block with other experts",
    ),
    "a number as version": ({"version": 3}, "version: a number"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("curation") / "msqa.sqlite")


@pytest.fixture
def archive(built: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    copy = folder / "msqa.sqlite"
    with sqlite3.connect(built) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


@pytest.mark.parametrize("case", list(MALFORMED))
def test_retag_refuses_a_malformed_entry_in_one_line(
    case: str, archive: Path, tmp_path: Path
) -> None:
    content, fragment = MALFORMED[case]
    bad = tmp_path / "curation.json"
    bad.write_text(json.dumps({"version": "t.1", **content}))
    before = folder_state(archive.parent, archive)
    result = run("retag", "--curation", bad, "--db", archive)
    assert_one_line_error(result, exitcodes.BAD_INPUT, f"curation file {bad}", fragment)
    if case != "one block two ways":
        assert REFUSED in result.stderr
    assert folder_state(archive.parent, archive) == before


def test_every_refused_entry_is_counted(archive: Path, tmp_path: Path) -> None:
    bad = tmp_path / "curation.json"
    entries = [{"raw": f"block {i}", "experts": [{"name": None}]} for i in range(5)]
    bad.write_text(json.dumps({"signatures": entries}))
    result = run("retag", "--curation", bad, "--db", archive)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "5 entries refused", "= 5)", "; …")


def test_a_well_formed_file_still_loads() -> None:
    loaded = Curation.from_dict(
        {
            "version": "t.2",
            "about": "notes",
            "signatures": [
                {
                    "raw": " Ada  Quill MD ",
                    "experts": [{"name": "Ada Quill", "degrees": ["MD"], "institution": ""}],
                }
            ],
            "names": [{"as_written": "A. Quill", "titles": None, "place": "Tarnby"}],
        }
    )
    (expert,) = loaded.for_block("ada quill md") or ()
    assert (expert.name, expert.degrees, expert.institution) == ("Ada Quill", ("MD",), None)
    assert loaded.names == {"a quill": {"titles": (), "place": "Tarnby"}}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)
FIELD_NAMES = st.sampled_from(["name", "degrees", "titles", "institution", "place", "x"])


@given(
    st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=4),
    st.dictionaries(st.sampled_from(["as_written", "name", "degrees", "x"]), JSON_VALUES),
    JSON_VALUES,
)
def test_any_entry_loads_as_a_real_name_or_is_refused(
    expert: dict[str, Any], fix: dict[str, Any], raw: Any
) -> None:
    """Whatever an entry holds: a CurationError, or experts with names (never "None", never
    a letter-by-letter list)."""
    try:
        loaded = Curation.from_dict(
            {"signatures": [{"raw": raw, "experts": [expert]}], "names": [fix]}
        )
    except CurationError as exc:
        assert exc.problems and "msqa/curation/refused" in str(exc)
        return
    for experts in loaded.signatures.values():
        for person in experts:
            assert isinstance(person.name, str) and person.name.strip()
            assert all(isinstance(d, str) and d for d in person.degrees + person.titles)
            assert person.institution is None or isinstance(person.institution, str)
    for values in loaded.names.values():
        assert values and all(k in expert_fields() for k in values)
        assert values.get("name", "x")


def expert_fields() -> tuple[str, ...]:
    return ("name", "degrees", "titles", "institution", "place")


# -- the packaged file, read by every extraction ------------------------------------------------


@pytest.fixture
def broken_packaged(monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps({"version": "t.3", **signature(name=None)})
    monkeypatch.setattr(curation_module, "packaged_text", lambda: text)
    curation_module.curation.cache_clear()
    yield
    curation_module.curation.cache_clear()


NOWHERE = ["--base-url", "http://127.0.0.1:9/q--a-for-virtual-ms-center", "-s", "RETRY_TIMES=0"]
PACKAGED_REFUSALS = {
    "rebuild": ["rebuild"],
    "rebuild --into": ["rebuild", "--into", "OUT"],
    "retag": ["retag"],
    "crawl": ["crawl", *NOWHERE],
}


@pytest.mark.parametrize("case", list(PACKAGED_REFUSALS))
def test_a_malformed_packaged_file_stops_every_command_before_it_writes(
    case: str, archive: Path, broken_packaged: None, tmp_path: Path
) -> None:
    """Rebuild used to store every post page as an extractor failure (then fail in the swap),
    a crawl to fail on every post page."""
    out = tmp_path / "data" / "rebuilt.sqlite"
    args = [str(out) if a == "OUT" else a for a in PACKAGED_REFUSALS[case]]
    before = folder_state(archive.parent, archive)
    result = run(*args, "--db", archive)
    assert_one_line_error(
        result, exitcodes.BAD_INPUT, "expert_curation.json", "'name' is null", REFUSED
    )
    assert folder_state(archive.parent, archive) == before
    assert not out.exists()


def test_a_malformed_packaged_file_stops_a_demo(broken_packaged: None, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = run("demo", "--db", db)
    assert_one_line_error(result, exitcodes.BAD_INPUT, "expert_curation.json", REFUSED)
    assert list(tmp_path.iterdir()) == []


def test_the_packaged_file_follows_the_format() -> None:
    curation_module.curation.cache_clear()
    assert curation_module.curation().version

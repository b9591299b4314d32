"""Curation without code: a data file that corrects what the parser made of a signature.

``data/expert_curation.json`` maps a raw signature block (whitespace and case aside) to the
experts it names, and a name as written to the right name, credentials, titles, institution and
place. Extraction applies it, so a crawl, ``msqa rebuild`` and ``msqa retag`` all see it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from msqa_scraper.extract.records import Expert

_FIELDS = ("name", "degrees", "titles", "institution", "place")
_LISTS = ("degrees", "titles")
# The stat a refused entry is counted under (in the one-line error of retag, rebuild, crawl).
REFUSED_STAT = "msqa/curation/refused"


class CurationError(ValueError):
    """The curation file does not follow its format. ``problems`` names each refused entry
    (``signatures[2].experts[0]: 'name' is null, not a name``); the file is refused whole, so
    nothing of it is applied."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        count = len(problems)
        entries = "entry" if count == 1 else "entries"
        super().__init__(f"{count} {entries} refused ({REFUSED_STAT} = {count}): {shown}")


def block_key(raw: str) -> str:
    return " ".join(raw.split()).casefold()


def name_key(name: str) -> str:
    return " ".join(name.replace(".", "").split()).casefold()


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


class _Checker:
    """Reads the file's entries, noting every one that does not follow the format: a null
    name stored as the expert "None", or "MD" read letter by letter as degrees, would be a
    curation that invents."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def refuse(self, where: str, why: str) -> None:
        self.problems.append(f"{where}: {why}")

    def keys(self, where: str, entry: Any, allowed: tuple[str, ...]) -> bool:
        if not isinstance(entry, dict):
            self.refuse(where, f"{_kind(entry)}, not an object")
            return False
        unknown = sorted(str(k) for k in entry if k not in allowed)
        if unknown:
            self.refuse(where, f"unknown key {unknown[0]!r} (known: {', '.join(allowed)})")
            return False
        return True

    def text(self, where: str, entry: Mapping[str, Any], key: str) -> str | None:
        """A required non-empty string."""
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            got = "missing" if key not in entry else _kind(value)
            self.refuse(where, f"{key!r} is {got}, not a non-empty string")
            return None
        return value.strip()

    def fields(self, where: str, entry: Mapping[str, Any]) -> dict[str, Any] | None:
        """The expert fields ``entry`` sets, checked, or None if one is malformed."""
        values: dict[str, Any] = {}
        ok = True
        for key in _FIELDS:
            if key not in entry:
                continue
            value = entry[key]
            if key == "name":
                name = self.text(where, entry, "name")
                ok = ok and name is not None
                values[key] = name
            elif key in _LISTS:
                if value is None:
                    values[key] = ()
                elif isinstance(value, list) and all(
                    isinstance(v, str) and v.strip() for v in value
                ):
                    values[key] = tuple(v.strip() for v in value)
                else:
                    got = _kind(value)
                    if isinstance(value, list):
                        bad = next(v for v in value if not isinstance(v, str) or not v.strip())
                        got = f"an array holding {_kind(bad)}"
                    self.refuse(where, f"{key!r} is {got}, not an array of strings")
                    ok = False
            elif value is None or isinstance(value, str):
                values[key] = (value or "").strip() or None
            else:
                self.refuse(where, f"{key!r} is {_kind(value)}, not a string or null")
                ok = False
        return values if ok else None

    def entries(self, raw: Mapping[str, Any], key: str) -> list[tuple[str, Any]]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            self.refuse(key, f"{_kind(value)}, not an array")
            return []
        return [(f"{key}[{i}]", entry) for i, entry in enumerate(value)]


def _expert(values: Mapping[str, Any]) -> Expert:
    return Expert(
        name=values["name"],
        degrees=values.get("degrees", ()),
        titles=values.get("titles", ()),
        institution=values.get("institution"),
        place=values.get("place"),
    )


@dataclass(frozen=True)
class Curation:
    version: str
    signatures: Mapping[str, tuple[Expert, ...]]
    names: Mapping[str, Mapping[str, Any]]

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Curation:
        """The curation ``raw`` describes, or ``CurationError`` naming every entry that does
        not follow the format (DATA_FORMAT.md, *Curation file*)."""
        check = _Checker()
        if not isinstance(raw, dict):
            raise CurationError([f"the file holds {_kind(raw)}, not an object"])
        check.keys("the file", raw, ("version", "about", "signatures", "names"))
        version = raw.get("version", "")
        if not isinstance(version, str):
            check.refuse("version", f"{_kind(version)}, not a string")
        signatures: dict[str, tuple[Expert, ...]] = {}
        for where, entry in check.entries(raw, "signatures"):
            if not check.keys(where, entry, ("raw", "experts")):
                continue
            block = check.text(where, entry, "raw")
            experts = entry.get("experts")
            if not isinstance(experts, list):
                got = "missing" if "experts" not in entry else _kind(experts)
                check.refuse(where, f"'experts' is {got}, not an array")
                continue
            named: list[Expert] = []
            for i, person in enumerate(experts):
                at = f"{where}.experts[{i}]"
                if not check.keys(at, person, _FIELDS):
                    continue
                if "name" not in person:
                    check.refuse(at, "'name' is missing, not a non-empty string")
                    continue
                values = check.fields(at, person)
                if values is not None:
                    named.append(_expert(values))
            if block is None or len(named) != len(experts):
                continue
            key = block_key(block)
            if key in signatures and signatures[key] != tuple(named):
                check.refuse(where, "repeats an earlier block with other experts")
                continue
            signatures[key] = tuple(named)
        names: dict[str, Mapping[str, Any]] = {}
        for where, entry in check.entries(raw, "names"):
            if not check.keys(where, entry, ("as_written", *_FIELDS)):
                continue
            written = check.text(where, entry, "as_written")
            fix = check.fields(where, entry)
            if written is None or fix is None:
                continue
            if not fix:
                check.refuse(where, f"sets none of {', '.join(_FIELDS)}")
                continue
            key = name_key(written)
            if key in names and names[key] != fix:
                check.refuse(where, "repeats an earlier name with other fields")
                continue
            names[key] = fix
        if check.problems:
            raise CurationError(check.problems)
        return cls(str(version), signatures, names)

    @classmethod
    def load(cls, path: str | Path) -> Curation:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def for_block(self, raw: str | None) -> tuple[Expert, ...] | None:
        """The curated experts of this exact block, or None."""
        if not raw:
            return None
        return self.signatures.get(block_key(raw))

    def fix_names(self, experts: list[Expert]) -> list[Expert]:
        out = []
        for expert in experts:
            fix = self.names.get(name_key(expert.name))
            if fix:
                expert = replace(expert, **fix)
            out.append(expert)
        return out


def packaged_path() -> str:
    """Where the packaged curation file is, for messages (a curator edits that file)."""
    return str(resources.files("msqa_scraper.extract").joinpath("data/expert_curation.json"))


@cache
def curation() -> Curation:
    """The packaged curation file; ``ValueError`` (``CurationError`` for an entry of the wrong
    shape) if it cannot be used. Commands check it before they write anything."""
    return Curation.from_dict(json.loads(packaged_text()))


def packaged_text() -> str:
    return (
        resources.files("msqa_scraper.extract")
        .joinpath("data/expert_curation.json")
        .read_text(encoding="utf-8")
    )

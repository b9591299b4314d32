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


def block_key(raw: str) -> str:
    return " ".join(raw.split()).casefold()


def name_key(name: str) -> str:
    return " ".join(name.replace(".", "").split()).casefold()


def _expert(entry: Mapping[str, Any]) -> Expert:
    return Expert(
        name=str(entry["name"]),
        degrees=tuple(entry.get("degrees") or ()),
        titles=tuple(entry.get("titles") or ()),
        institution=entry.get("institution") or None,
        place=entry.get("place") or None,
    )


@dataclass(frozen=True)
class Curation:
    version: str
    signatures: Mapping[str, tuple[Expert, ...]]
    names: Mapping[str, Mapping[str, Any]]

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Curation:
        signatures = {
            block_key(s["raw"]): tuple(_expert(e) for e in s["experts"])
            for s in raw.get("signatures", [])
        }
        names = {}
        for entry in raw.get("names", []):
            fix = {k: entry[k] for k in _FIELDS if k in entry}
            names[name_key(entry["as_written"])] = fix
        return cls(str(raw.get("version", "")), signatures, names)

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
                values = {
                    k: (tuple(v) if k in ("degrees", "titles") else v) for k, v in fix.items()
                }
                expert = replace(expert, **values)
            out.append(expert)
        return out


@cache
def curation() -> Curation:
    """The packaged curation file."""
    text = (
        resources.files("msqa_scraper.extract")
        .joinpath("data/expert_curation.json")
        .read_text(encoding="utf-8")
    )
    return Curation.from_dict(json.loads(text))

"""The signature parser's vocabularies, loaded once from ``data/signature_vocabulary.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


def cred_key(token: str) -> str:
    """Credentials compare without dots, spaces and case: "M.D." is MD, "Ph.D" is PhD."""
    return token.replace(".", "").replace(" ", "").strip(",;").upper()


def fold(token: str) -> str:
    return token.casefold().strip(",;:")


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance, cached
class Vocabulary:
    version: str
    credentials: dict[str, str]  # key -> spelling in the file
    credential_spellings: frozenset[str]  # as the file writes them: the cheap first test
    qualifiers: frozenset[str]
    honorifics: frozenset[str]  # folded, dots kept off
    particles: frozenset[str]
    suffixes: frozenset[str]
    lead_ins: tuple[str, ...]  # folded, longest first
    lead_in_words: frozenset[str]  # their first words: most lines start with none of them
    dashes: tuple[str, ...]
    not_experts: tuple[str, ...]
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    prose_role_heads: frozenset[str]
    object_ends: frozenset[str]
    org_lead_heads: frozenset[str]
    org_heads: frozenset[str]
    unit_heads: frozenset[str]
    connectors: frozenset[str]
    joiners: frozenset[str]
    places: frozenset[str]
    address_words: frozenset[str]
    sentence_words: frozenset[str]
    sentence_skip: frozenset[str]  # lower-case words a signature may hold (of, de, neurologist)
    closings: frozenset[str]

    def is_credential(self, token: str) -> bool:
        return cred_key(token) in self.credentials

    def is_honorific(self, token: str) -> bool:
        return fold(token).rstrip(".") in self.honorifics

    def is_role_word(self, token: str) -> bool:
        return token in self.role_heads or token in self.role_modifiers

    def is_role_head(self, token: str) -> bool:
        # "Assistant professor of neurology": heads are matched in any case.
        return token in self.role_heads or token.capitalize() in self.role_heads

    def is_place(self, text: str) -> bool:
        return text.strip(" ,") in self.places


@cache
def vocabulary() -> Vocabulary:
    raw = json.loads(
        resources.files("msqa_scraper.extract")
        .joinpath("data/signature_vocabulary.json")
        .read_text(encoding="utf-8")
    )
    places = raw["places"]
    return Vocabulary(
        version=raw["version"],
        credentials={cred_key(c): c for c in raw["credentials"]},
        credential_spellings=frozenset(raw["credentials"]),
        qualifiers=frozenset(raw["credential_qualifiers"]),
        honorifics=frozenset(fold(h).rstrip(".") for h in raw["honorifics"]),
        particles=frozenset(raw["name_particles"]),
        suffixes=frozenset(raw["name_suffixes"]),
        lead_ins=tuple(sorted((fold(x) for x in raw["lead_ins"]), key=len, reverse=True)),
        lead_in_words=frozenset(fold(x).split()[0] for x in raw["lead_ins"]),
        dashes=tuple(sorted(raw["lead_in_dashes"], key=len, reverse=True)),
        not_experts=tuple(fold(x) for x in raw["not_experts"]),
        role_heads=frozenset(raw["role_heads"]),
        role_modifiers=frozenset(raw["role_modifiers"]),
        prose_role_heads=frozenset(raw["prose_role_heads"]),
        object_ends=frozenset(raw["object_ends"]),
        org_lead_heads=frozenset(raw["organisation_lead_heads"]),
        org_heads=frozenset(raw["organisation_heads"]),
        unit_heads=frozenset(raw["unit_heads"]),
        connectors=frozenset(raw["connectors"]),
        joiners=frozenset(raw["joiners"]),
        places=frozenset(
            places["us_state_abbreviations"] + places["ap_state_abbreviations"] + places["regions"]
        ),
        address_words=frozenset(raw["address_words"]),
        sentence_words=frozenset(raw["sentence_words"]),
        sentence_skip=frozenset(
            [*raw["connectors"], *raw["name_particles"], *raw["prose_role_heads"], "a", "an"]
        ),
        closings=frozenset(raw["closings"]),
    )

"""MS therapy tagging: which therapies each post mentions, from a curated data file.

``data/ms_therapies.json`` lists each therapy under its generic name with brand names and
aliases. A post is tagged with a therapy when its title, question or answer contains one of its
terms as a whole word, case-insensitively. The rules, and why:

- Spaces and hyphens inside a term are interchangeable or may be missing, because the blog
  writes "interferon beta-1a", "interferon beta 1a" and "interferon-beta-1a" alike.
- All terms of all therapies form one alternation, longest first, and matches do not overlap:
  "peginterferon beta-1a" is one mention of interferon beta-1a, not also one of the
  "interferon" family entry, and "Ocrevus Zunovo" is one mention, not two.
- ``not_therapies`` phrases (e.g. "interferon gamma", a TB test) take part in that alternation
  and are thrown away, so the terms they contain are not tagged there.

The tags of a post always describe its latest version: ``Archive`` calls ``tag_post`` whenever it
writes one, and ``retag_all`` (``msqa retag``) redoes every post after the data file changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from sqlite_utils import Database

DATA_FILE = "ms_therapies.json"
THERAPY_CLASSES: tuple[str, ...] = ("DMT", "relapse", "symptomatic")
TAGGED_FIELDS: tuple[str, ...] = ("title", "question", "answer")
_SEPARATORS = re.compile(r"[\s\-]+")


class TherapyDataError(ValueError):
    """The therapies data file is malformed (duplicate term, unknown class, ...)."""


class UnknownTherapyError(ValueError):
    """A name that is not a generic name, brand or alias in the data file."""


def term_key(text: str) -> str:
    """How terms are compared: case, spaces and hyphens ignored ("Beta-1a" = "beta 1a")."""
    return _SEPARATORS.sub("", text).casefold()


@dataclass(frozen=True)
class Therapy:
    generic: str
    brands: tuple[str, ...]
    aliases: tuple[str, ...]
    therapy_class: str
    notes: str

    @property
    def terms(self) -> tuple[str, ...]:
        return (self.generic, *self.brands, *self.aliases)


@dataclass(frozen=True)
class PostTag:
    drug: str
    mentions: int
    answer_mentions: int
    terms: tuple[str, ...]  # the data file's spelling of each term found, sorted


@dataclass
class Therapies:
    """The data file, parsed, with a matcher over every term."""

    version: str
    date: str
    therapies: dict[str, Therapy]
    ignored: tuple[str, ...] = ()
    # term_key -> (generic name or None for an ignored phrase, the term as spelled in the file)
    _terms: dict[str, tuple[str | None, str]] = field(default_factory=dict, repr=False)
    # The matcher: one alternation of every term, longest first (which term a match is).
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)
    # The same terms as a trie (``_locator``): it matches where ``_pattern`` does, cheaper.
    _locate: re.Pattern[str] | None = field(default=None, repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Therapies:
        therapies = {}
        for generic, entry in data["therapies"].items():
            therapy_class = entry.get("class")
            if therapy_class not in THERAPY_CLASSES:
                raise TherapyDataError(
                    f"{generic}: class {therapy_class!r} not in {THERAPY_CLASSES}"
                )
            therapies[generic] = Therapy(
                generic=generic,
                brands=tuple(entry.get("brands", [])),
                aliases=tuple(entry.get("aliases", [])),
                therapy_class=therapy_class,
                notes=entry.get("notes", ""),
            )
        made = cls(
            version=str(data["version"]),
            date=str(data["date"]),
            therapies=therapies,
            ignored=tuple(data.get("not_therapies", [])),
        )
        made._compile()
        return made

    def _compile(self) -> None:
        owners: list[tuple[str | None, str]] = [
            (t.generic, term) for t in self.therapies.values() for term in t.terms
        ]
        owners += [(None, phrase) for phrase in self.ignored]
        for owner, term in owners:
            key = term_key(term)
            if not key:
                raise TherapyDataError(f"{owner}: empty term")
            previous = self._terms.get(key)
            if previous is not None and previous[0] != owner:
                raise TherapyDataError(f"term {term!r} belongs to both {previous[0]} and {owner}")
            self._terms.setdefault(key, (owner, term))
        # Longest first: Python's alternation takes the first alternative that matches.
        spelled = sorted({t for _, t in owners}, key=lambda t: (-len(term_key(t)), t))
        alternatives = [
            _SEPARATOR.join(re.escape(part) for part in _SEPARATORS.split(t.strip()))
            for t in spelled
        ]
        self._pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE
        )
        self._locate = _locator(spelled)

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """``_pattern.finditer(text)``, found faster.

        The alternation makes the regex engine try every term (141) at every word start, most
        of a rebuild's tagging time. ``_locate`` holds the same terms as a trie, so it finds
        the same next place a term matches (the same set of strings around the same
        boundaries) trying about one branch per first letter; ``_pattern`` is then run at that
        place only, to pick the term it picks there (the first in its longest-first order).
        """
        if self._pattern is None or self._locate is None:
            return
        search, match = self._locate.search, self._pattern.match
        pos = 0
        while (found := search(text, pos)) is not None:
            chosen = match(text, found.start())  # the lookbehind still sees text before it
            assert chosen is not None, "the trie and the alternation disagree"
            yield chosen
            pos = chosen.end()

    def find(self, text: str | None) -> list[tuple[str, str]]:
        """Every (generic, term) mentioned in ``text``, in order, one per non-overlapping match."""
        if not text:
            return []
        found = []
        for match in self.matches(text):
            owner, term = self._terms[term_key(match.group(0))]
            if owner is not None:
                found.append((owner, term))
        return found

    def tag(self, fields: Mapping[str, Any]) -> list[PostTag]:
        """The tags for a post's title, question and answer, by generic name."""
        mentions: dict[str, int] = {}
        in_answer: dict[str, int] = {}
        terms: dict[str, set[str]] = {}
        for name in TAGGED_FIELDS:
            for generic, term in self.find(fields.get(name)):
                mentions[generic] = mentions.get(generic, 0) + 1
                if name == "answer":
                    in_answer[generic] = in_answer.get(generic, 0) + 1
                terms.setdefault(generic, set()).add(term)
        return [
            PostTag(g, mentions[g], in_answer.get(g, 0), tuple(sorted(terms[g], key=str.casefold)))
            for g in sorted(mentions)
        ]

    def resolve(self, name: str) -> str:
        """The generic name for a generic name, brand or alias, any case."""
        owner = self._terms.get(term_key(name), (None, ""))[0]
        if owner is None:
            raise UnknownTherapyError(name)
        return owner

    def suggestions(self, name: str) -> list[str]:
        import difflib

        keys = [k for k, (owner, _) in self._terms.items() if owner is not None]
        close = difflib.get_close_matches(term_key(name), keys, n=3, cutoff=0.75)
        return sorted({self._terms[k][1] for k in close})


_SEPARATOR = r"[\s\-]*"  # between the parts of a term: spaces and hyphens, or none
_END = ""  # the trie key that ends a term


def _locator(spelled: Iterable[str]) -> re.Pattern[str]:
    """One regex matching exactly where the alternation of ``spelled`` matches (same
    boundaries, same case-insensitivity), with the terms' common prefixes shared."""
    trie: dict[str, Any] = {}
    for term in spelled:
        node = trie
        for n, part in enumerate(_SEPARATORS.split(term.strip())):
            steps = [_SEPARATOR] if n else []
            # Letters that differ only in ASCII case compile to the same case-insensitive step.
            steps += [re.escape(c.lower() if c.isascii() else c) for c in part]
            for step in steps:
                node = node.setdefault(step, {})
        node[_END] = {}
    # Only a word start whose first letter begins some term goes into the trie at all.
    firsts = "".join(sorted({step for step in trie if step != _SEPARATOR}))
    return re.compile(rf"(?<!\w)(?=[{firsts}])" + _trie_regex(trie) + r"(?!\w)", re.IGNORECASE)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [step + _trie_regex(child) for step, child in node.items() if step != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A term ends here and longer ones go on: the rest is optional (tried first, as greedy).
    return f"(?:{body})?" if _END in node else body


@cache
def packaged() -> Therapies:
    text = resources.files("msqa_scraper.store").joinpath("data", DATA_FILE).read_text("utf-8")
    return Therapies.from_json(json.loads(text))


# Writing: the store calls these inside its own transaction.


def load_table(db: Database, therapies: Therapies) -> None:
    """Replace the ``therapies`` table with the data file's entries."""
    db.execute("DELETE FROM therapies")
    for t in therapies.therapies.values():
        db.execute(
            "INSERT INTO therapies (generic, brands, aliases, class, notes, therapies_version) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                t.generic,
                json.dumps(list(t.brands), ensure_ascii=False),
                json.dumps(list(t.aliases), ensure_ascii=False),
                t.therapy_class,
                t.notes,
                therapies.version,
            ],
        )


def tag_post(
    db: Database,
    post_id: str,
    fields: Mapping[str, Any],
    therapies: Therapies | None = None,
    *,
    replace: bool = True,
) -> list[PostTag]:
    """Replace the ``post_drugs`` rows of one post with the tags of ``fields`` (``replace``
    False: the post has none yet)."""
    therapies = therapies or packaged()
    tags = therapies.tag(fields)
    if replace:
        db.execute("DELETE FROM post_drugs WHERE post_id = ?", [post_id])
    for tag in tags:
        db.execute(
            "INSERT INTO post_drugs (post_id, drug, mentions, answer_mentions, terms, "
            "therapies_version) VALUES (?, ?, ?, ?, ?, ?)",
            [
                post_id,
                tag.drug,
                tag.mentions,
                tag.answer_mentions,
                json.dumps(list(tag.terms), ensure_ascii=False),
                therapies.version,
            ],
        )
    return tags


def retag_all(db: Database, therapies: Therapies | None = None) -> dict[str, int]:
    """Reload ``therapies`` and re-tag every post (removed ones too); returns counts."""
    therapies = therapies or packaged()
    load_table(db, therapies)
    posts = db.execute("SELECT id, title, question, answer FROM posts").fetchall()
    tagged = 0
    for post_id, title, question, answer in posts:
        if tag_post(
            db, post_id, {"title": title, "question": question, "answer": answer}, therapies
        ):
            tagged += 1
    return {"posts": len(posts), "tagged": tagged, "therapies": len(therapies.therapies)}

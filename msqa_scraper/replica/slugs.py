"""Weebly's slug rule for category and post URLs."""

from __future__ import annotations

from html.entities import codepoint2name


def weebly_slug(name: str) -> str:
    """Lowercase; a non-ASCII letter becomes its entity name; other punctuation is dropped;
    every space becomes a hyphen.

    The observed slugs pin the rule down: "Stand-up Comedy" -> ``standup-comedy`` (hyphens are
    dropped too), "Q & A for ..." -> ``q--a-for-...`` (the two spaces around ``&`` survive),
    "Let's Explore (Asia & Europe)" -> ``lets-explore-asia--europe``, "médical" ->
    ``meacutedical``.
    """
    spelled = "".join(ch if ord(ch) < 128 else codepoint2name.get(ord(ch), "") for ch in name)
    kept = "".join(ch for ch in spelled.lower() if ch == " " or ("a" <= ch <= "z") or ch.isdigit())
    return kept.strip().replace(" ", "-")

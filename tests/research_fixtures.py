"""A small synthetic archive with history, for the researcher-command tests.

Two complete crawls over six posts by two experts:

- crawl 1 stores posts 2001-2006 (2001 has no readable date);
- crawl 2 changes the answer of 2002 (drops Gilenya and natalizumab, adds Ocrevus; the title
  still says Tysabri), stores a new
  post 2007, does not see 2006 (so it is marked removed) and sees the rest unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from store_fixtures import KINKEL, make_item

from msqa_scraper.cli import cli
from msqa_scraper.store import Archive

BASE_URL = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
DOE: dict[str, Any] = {
    "name": "Jane Doe",
    "degrees": ["MD", "PhD"],
    "titles": ["Associate Professor of Neurology"],
    "institution": "Example MS Center",
}
TREATMENTS = {"name": "Treatments", "slug": "treatments"}
SYMPTOMS = {"name": "Symptoms", "slug": "symptoms"}

POSTS: dict[str, dict[str, Any]] = {
    "2001": {
        "title": "Is Tysabri safe after years of use?",
        "question": "I have been on Tysabri for six years. Is it still safe?",
        "answer": "Natalizumab (Tysabri) carries a PML risk that rises with JC virus antibodies."
        "\n\nExtended interval dosing of natalizumab lowers that risk.",
        "posted_date": None,
        "experts": [KINKEL],
        "categories": [TREATMENTS],
    },
    "2002": {
        "title": "Switching from Tysabri",
        "question": "What should I switch to after Tysabri?",
        "answer": "Many patients move from Tysabri to Gilenya (fingolimod) or an anti-CD20 "
        "therapy. Natalizumab should not be stopped without a plan.",
        "posted_date": "2023-01-15",
        "experts": [DOE],
        "categories": [TREATMENTS],
    },
    "2003": {
        "title": "Spasticity at night",
        "question": "My legs stiffen at night. What helps?",
        "answer": "Baclofen or tizanidine at bedtime helps many people. Stretching helps too.",
        "posted_date": "2023-03-02",
        "experts": [KINKEL, DOE],
        "categories": [SYMPTOMS],
    },
    "2004": {
        "title": "Fatigue and heat",
        "question": "Why am I so tired in summer?",
        "answer": "Heat worsens fatigue in MS. Modafinil (Provigil) is sometimes tried. "
        "Cooling vests help.",
        "posted_date": "2024-02-20",
        "experts": [DOE],
        "categories": [SYMPTOMS, TREATMENTS],
    },
    "2005": {
        "title": "Tecfidera and flushing",
        "question": "Does the flushing on Tecfidera go away?",
        "answer": "Flushing with dimethyl fumarate usually fades after a month. "
        "Aspirin before the dose helps. Vumerity is an alternative.",
        "posted_date": "2024-02-28",
        "experts": [KINKEL],
        "categories": [TREATMENTS],
    },
    "2006": {
        "title": "Vitamin D dose",
        "question": "How much vitamin D should I take?",
        "answer": "Most of my patients take 2000 to 5000 units a day.",
        "posted_date": "2022-11-05",
        "experts": [KINKEL],
        "categories": [SYMPTOMS],
    },
}
CHANGED_2002_ANSWER = (
    "Many patients move to ocrelizumab (Ocrevus), an anti-CD20 therapy. Plan the switch with "
    "your neurologist."
)
NEW_2007: dict[str, Any] = {
    "title": "Kesimpta at home",
    "question": "Can I inject Kesimpta myself?",
    "answer": "Yes: ofatumumab is a monthly self-injection after the first doses.",
    "posted_date": "2024-03-10",
    "experts": [DOE],
    "categories": [TREATMENTS],
}


def item(post_id: str, crawl_id: int, fetched_at: str, **fields: Any) -> Any:
    values = {**POSTS.get(post_id, {}), **fields}
    made = make_item(post_id, fetched_at=fetched_at, links=[], **values)
    made.crawl_id = crawl_id
    return made


def build_archive(path: Path) -> Path:
    """Write the two-crawl archive described above to ``path``."""
    with Archive.open(path) as archive:
        first = archive.begin_crawl(BASE_URL, "msqa")
        for post_id in POSTS:
            archive.store_post(item(post_id, first, "2026-11-01T10:00:00Z"))
        archive.mark_removed(first, POSTS)
        archive.finish_crawl(first, "complete", {"posts_new": len(POSTS)})

        second = archive.begin_crawl(BASE_URL, "msqa")
        at = "2026-11-08T10:00:00Z"
        archive.store_post(item("2002", second, at, answer=CHANGED_2002_ANSWER))
        archive.store_post(item("2007", second, at, **NEW_2007))
        for post_id in ("2001", "2003", "2004", "2005"):
            archive.store_post(item(post_id, second, at))
        archive.mark_removed(second, ["2001", "2002", "2003", "2004", "2005", "2007"])
        archive.finish_crawl(
            second, "complete", {"posts_new": 1, "posts_changed": 1, "posts_removed": 1}
        )
    return path


@pytest.fixture(scope="session", name="research_db")
def research_db_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive, built once per session: tests must only read it (copy it to write)."""
    # Named msqa.sqlite so Datasette calls it "msqa", the name metadata.yml describes.
    return build_archive(tmp_path_factory.mktemp("research") / "msqa.sqlite")


def run(*args: str | Path) -> Result:
    """Invoke ``msqa`` in-process; an exception other than an exit fails the test outright."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def assert_one_line_error(result: Result, code: int, *fragments: str) -> None:
    """The command failed with ``code`` and said why in one ``msqa: error:`` line, no traceback."""
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("msqa: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""

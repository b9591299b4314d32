"""Save replica pages as test fixtures in tests/files/, with the ground truth beside them.

Pages are rendered for the live host (www.healthcarejourney.com), so they carry the URLs a
saved live page would. Run from the repository root: ``python scripts/save_fixtures.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from msqa_scraper.replica import BLOG_PATH, SiteConfig, build_site, posts_with_variant, truth
from msqa_scraper.replica.routes import respond

HOST = "www.healthcarejourney.com"
BASE_URL = f"http://{HOST}{BLOG_PATH}"
OUT = Path("tests/files")
# One post page per body or signature shape worth a fixture of its own.
VARIANTS = (
    "seed_post",
    "sig_lines",
    "sig_flat",
    "sig_comma_degrees",
    "sig_dr",
    "sig_answered_by",
    "sig_answered_by_next_line",
    "sig_no_institution",
    "sig_two_experts",
    "no_question_label",
    "labels_short",
    "label_own_line",
    "qa_separate_paragraphs",
    "list_ul",
    "list_ol",
    "heading",
    "image",
    "read_more",
    "comments_open",
    "has_comments",
    "link_legacy",
    "zwsp_raw",
)


def main() -> None:
    site = build_site(SiteConfig(posts=60, per_page=10, months=6, categories=8, seed=1))
    expected = {p["id"]: p for p in truth(site, BASE_URL)["posts"]}
    index: dict[str, dict] = {"base_url": BASE_URL, "posts": {}, "listings": {}}
    for variant in VARIANTS:
        spec = posts_with_variant(site, variant)[0]
        path = f"{BLOG_PATH}/{spec.slug}"
        name = f"virtual_ms_center_post_{variant}.html"
        (OUT / name).write_bytes(respond(site, HOST, path).body)
        index["posts"][name] = {"url": f"http://{HOST}{path}", **expected[spec.id]}
    excerpt = posts_with_variant(site, "read_more")[0]
    posts = site.listing(BLOG_PATH)
    number = posts.index(excerpt) // site.config.per_page + 1
    shown = posts[(number - 1) * site.config.per_page : number * site.config.per_page]
    path = BLOG_PATH if number == 1 else f"{BLOG_PATH}/previous/{number}"
    name = "virtual_ms_center_listing_read_more.html"
    (OUT / name).write_bytes(respond(site, HOST, path).body)
    index["listings"][name] = {"url": f"http://{HOST}{path}", "ids": [p.id for p in shown]}
    (OUT / "virtual_ms_center_expected.json").write_text(
        json.dumps(index, indent=1, ensure_ascii=False) + "\n"
    )


if __name__ == "__main__":
    main()

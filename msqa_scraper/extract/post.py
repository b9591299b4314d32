"""A Weebly post page → ``Post``."""

from __future__ import annotations

from parsel import Selector

from msqa_scraper.extract.dates import parse_blog_date
from msqa_scraper.extract.page import (
    NotABlogPage,
    css,
    decode_page,
    extract_disclaimer,
    first,
    heading_text,
    parse_page,
)
from msqa_scraper.extract.qa import split_qa
from msqa_scraper.extract.records import Link, Post
from msqa_scraper.extract.sanitize import clean_html, safe_url
from msqa_scraper.extract.text import paragraphs_html, paragraphs_text, parse_content
from msqa_scraper.extract.urls import BlogUrls


def extract_post(html: str | bytes, url: str, base_url: str, encoding: str | None = None) -> Post:
    """Extract every field of a post page. Raises ``NotABlogPage`` for anything else.

    ``encoding``: the charset of ``html`` as bytes (see ``decode_page``)."""
    urls = BlogUrls(base_url)
    charset_problems: list[str] = []
    if isinstance(html, bytes):
        html, charset_problems = decode_page(html, encoding)
    root = parse_page(html)
    blocks = [
        b for b in css(root, "div.blog-post") if b.attrib.get("id", "").startswith("blog-post-")
    ]
    if len(blocks) != 1:
        raise NotABlogPage(f"expected one post block, found {len(blocks)}")
    block = blocks[0]
    post_id = block.attrib["id"].removeprefix("blog-post-")
    if not post_id.isdigit():
        raise NotABlogPage(f"post block id is not numeric: {post_id!r}")
    problems: list[str] = list(charset_problems)

    # Early Weebly markup has no blog-title-link / date-text classes: fall back to the tags.
    title_link = first(block, "a.blog-title-link", "h2.blog-title a")
    title = heading_text(title_link) if title_link is not None else ""
    href = title_link.attrib.get("href", "") if title_link is not None else ""
    found = urls.canonical(href, url) or urls.canonical(url)
    if found is None or found[1].kind != "post":
        raise NotABlogPage(f"no post link of this blog in the post block ({href or url})")
    post_url, ref = found
    date_el = first(block, "span.date-text", "p.blog-date")
    date_text = " ".join(date_el.root.itertext()) if date_el is not None else ""
    posted_date = parse_blog_date(date_text)
    if posted_date is None:
        problems.append(f"unparseable date {date_text.strip()!r}")

    content_el = first(block, "div.blog-content")
    if content_el is None:
        raise NotABlogPage("post block has no div.blog-content")
    content = parse_content(content_el.root, url)
    qa = split_qa(content.paragraphs)
    problems.extend(qa.problems)
    question = title if qa.question_from_title else paragraphs_text(qa.question)
    answer_html = clean_html(paragraphs_html(qa.answer), url)

    return Post(
        id=post_id,
        url=post_url,
        slug=ref.key,
        title=title,
        question=question,
        answer=paragraphs_text(qa.answer),
        answer_html=answer_html,
        posted_date=posted_date,
        comments_closed=_comments_closed(root),
        experts=qa.experts,
        links=_answer_links(answer_html, urls),
        disclaimer=extract_disclaimer(root),
        problems=problems,
        signature=qa.signature,
        signature_confidence=qa.signature_confidence,
    )


def _comments_closed(root: Selector) -> bool:
    # Markup of the closed notice is inferred (weebly-markup.md §1.5): the notice class, or the
    # string-table text, in place of the reply form.
    area = first(root, "#commentArea")
    if area is None:
        return True
    if css(area, ".blog-notice-comments-closed"):
        return True
    return not css(area, "#commentReplyTitle, iframe, form")


def _answer_links(answer_html: str, urls: BlogUrls) -> list[Link]:
    if "<a " not in answer_html:
        return []
    links = []
    for a in Selector(text=answer_html, type="html").css("a"):
        href = safe_url(a.attrib.get("href"))
        if href is None:
            continue
        text = " ".join(a.root.text_content().split())
        found = urls.canonical(href)
        if found and found[1].kind == "post":
            links.append(Link(found[0], text, True, found[1].key))
        elif found:
            links.append(Link(found[0], text, True, None))
        else:
            links.append(Link(href, text, urls.same_site(href), None))
    return links

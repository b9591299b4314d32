"""A Weebly post page → ``Post``."""

from __future__ import annotations

from lxml import html as lxml_html

from msqa_scraper.extract.dates import parse_blog_date
from msqa_scraper.extract.page import NotABlogPage, extract_disclaimer, heading_text, selector
from msqa_scraper.extract.qa import split_qa
from msqa_scraper.extract.records import Link, Post
from msqa_scraper.extract.text import paragraphs_html, paragraphs_text, parse_content
from msqa_scraper.extract.urls import BlogUrls


def extract_post(html: str | bytes, url: str, base_url: str) -> Post:
    """Extract every field of a post page. Raises ``NotABlogPage`` for anything else."""
    urls = BlogUrls(base_url)
    sel = selector(html)
    blocks = sel.css('div.blog-post[id^="blog-post-"]')
    if len(blocks) != 1:
        raise NotABlogPage(f"expected one post block, found {len(blocks)}")
    block = blocks[0]
    post_id = block.attrib["id"].removeprefix("blog-post-")
    if not post_id.isdigit():
        raise NotABlogPage(f"post block id is not numeric: {post_id!r}")
    problems: list[str] = []

    # Early Weebly markup has no blog-title-link / date-text classes: fall back to the tags.
    title_link = block.css("a.blog-title-link") or block.css("h2.blog-title a")
    title = heading_text(title_link[0]) if title_link else ""
    href = title_link[0].attrib.get("href", "") if title_link else ""
    found = urls.canonical(href, url) or urls.canonical(url)
    if found is None or found[1].kind != "post":
        raise NotABlogPage(f"no post link of this blog in the post block ({href or url})")
    post_url, ref = found
    date_text = " ".join(block.css("span.date-text ::text").getall()) or " ".join(
        block.css("p.blog-date ::text").getall()
    )
    posted_date = parse_blog_date(date_text)
    if posted_date is None:
        problems.append(f"unparseable date {date_text.strip()!r}")

    content_el = block.css("div.blog-content")
    if not content_el:
        raise NotABlogPage("post block has no div.blog-content")
    content = parse_content(content_el[0].root, url)
    qa = split_qa(content.paragraphs)
    problems.extend(qa.problems)
    question = title if qa.question_from_title else paragraphs_text(qa.question)
    answer_html = paragraphs_html(qa.answer)

    return Post(
        id=post_id,
        url=post_url,
        slug=ref.key,
        title=title,
        question=question,
        answer=paragraphs_text(qa.answer),
        answer_html=answer_html,
        posted_date=posted_date,
        comments_closed=_comments_closed(sel),
        experts=qa.experts,
        links=_answer_links(answer_html, urls),
        disclaimer=extract_disclaimer(sel),
        problems=problems,
    )


def _comments_closed(sel) -> bool:
    # Markup of the closed notice is inferred (weebly-markup.md §1.5): the notice class, or the
    # string-table text, in place of the reply form.
    area = sel.css("#commentArea")
    if not area:
        return True
    if area.css(".blog-notice-comments-closed"):
        return True
    return not (area.css("#commentReplyTitle") or area.css("iframe") or area.css("form"))


def _answer_links(answer_html: str, urls: BlogUrls) -> list[Link]:
    if "<a " not in answer_html:
        return []
    root = lxml_html.fragment_fromstring(answer_html, create_parent="div")
    links = []
    for a in root.iter("a"):
        href = a.get("href") or ""
        text = " ".join(a.text_content().split())
        found = urls.canonical(href)
        if found and found[1].kind == "post":
            links.append(Link(found[0], text, True, found[1].key))
        elif found:
            links.append(Link(found[0], text, True, None))
        else:
            links.append(Link(href, text, urls.same_site(href), None))
    return links

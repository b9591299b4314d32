"""A Weebly post page → ``Post``."""

from __future__ import annotations

from lxml import etree
from parsel import Selector

from msqa_scraper.extract.cfemail import unprotect
from msqa_scraper.extract.dates import DateOrder, read_date
from msqa_scraper.extract.media import find_media
from msqa_scraper.extract.page import (
    NotABlogPage,
    find_landmarks,
    first,
    heading_text,
    parse_page,
    read_page,
    sidebar_disclaimer,
)
from msqa_scraper.extract.qa import split_qa
from msqa_scraper.extract.records import Link, Post
from msqa_scraper.extract.sanitize import clean_html, safe_url
from msqa_scraper.extract.text import paragraphs_html, paragraphs_text, parse_content
from msqa_scraper.extract.urls import BlogUrls


def extract_post(
    html: str | bytes,
    url: str,
    base_url: str,
    encoding: str | None = None,
    *,
    date_order: DateOrder | None = "MDY",
) -> Post:
    """Extract every field of a post page. Raises ``NotABlogPage`` for anything else.

    ``encoding``: the charset of ``html`` as bytes (see ``decode_page``). ``date_order`` is the
    blog's day/month order (``dates.BlogDates`` decides it per blog); None reads only the dates
    no order can change and reports the others as ambiguous.
    """
    urls = BlogUrls(base_url)
    root, charset_problems = read_page(html, encoding)
    marks = find_landmarks(root)
    if len(marks.post_blocks) != 1:
        raise NotABlogPage(f"expected one post block, found {len(marks.post_blocks)}")
    block = Selector(root=marks.post_blocks[0], type="html")
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
    date_text = " ".join(" ".join(date_el.root.itertext()).split()) if date_el is not None else ""
    reading = read_date(date_text, date_order)
    codes: list[str] = []
    if reading.problem:
        problems.append(reading.problem)
        codes.append(f"date/{reading.code}")

    content_el = first(block, "div.blog-content")
    if content_el is None:
        raise NotABlogPage("post block has no div.blog-content")
    unprotect(content_el.root)
    # unprotect() removes elements (under the content only): a landmark found in a removed
    # element is gone, and the page's next one is then the one to read.
    side = _unless_removed(marks.sidebar, root, "td.blog-sidebar")
    area = _unless_removed(marks.comment_area, root, "#commentArea")
    media = find_media(content_el.root, url)
    content = parse_content(content_el.root, url)
    qa = split_qa(content.paragraphs)
    problems.extend(qa.problems)
    question = title if qa.question_from_title else paragraphs_text(qa.question)
    answer_html = clean_html(paragraphs_html(qa.answer), url)
    answer = paragraphs_text(qa.answer)
    # The author published no answer text: pictures, a video, an embed or nothing but a title
    # (FCE, IBA), or a question answered by a video. The post is still a post: kept, with a
    # note, unlike a page whose answer text was lost (no media to stand for it).
    body_has_text = bool(content.text.strip())
    text_free = not answer.strip() and (bool(media) or not body_has_text)
    if text_free and not body_has_text:
        # Nothing to split into question, answer and signature: their notes say nothing, and
        # the title stays the title (no question was written).
        problems = [p for p in problems if p not in qa.problems]
        question = ""
        kind = f"a media-only post ({len(media)} media)" if media else "the post body is empty"
        problems.append(f"no answer text: {kind}")
        codes.append("post/media_only" if media else "post/empty")
    elif text_free:
        problems.append(f"no answer text: the answer is media only ({len(media)} media)")
        codes.append("post/media_answer")

    return Post(
        id=post_id,
        url=post_url,
        slug=ref.key,
        title=title,
        question=question,
        answer=answer,
        answer_html=answer_html,
        posted_date=reading.iso,
        comments_closed=_comments_closed(area),
        experts=qa.experts,
        links=_answer_links(answer_html, urls),
        disclaimer=sidebar_disclaimer(side),
        problems=problems,
        signature=qa.signature,
        signature_confidence=qa.signature_confidence,
        media=media,
        posted_date_text=date_text,
        problem_codes=codes,
        text_free=text_free,
    )


def _unless_removed(found: etree._Element | None, root: Selector, selector: str) -> Selector | None:
    if found is None:
        return None
    if not any(parent is root.root for parent in found.iterancestors()):
        return first(root, selector)  # it was removed: the next one in the page is the one
    return Selector(root=found, type="html")


def _comments_closed(area: Selector | None) -> bool:
    # Markup of the closed notice is inferred (weebly-markup.md §1.5): the notice class, or the
    # string-table text, in place of the reply form.
    if area is None:
        return True
    if first(area, ".blog-notice-comments-closed") is not None:
        return True
    return first(area, "#commentReplyTitle, iframe, form") is None


def _answer_links(answer_html: str, urls: BlogUrls) -> list[Link]:
    if "<a " not in answer_html:
        return []
    links = []
    # Parsed as pages are (parsel's Selector(text=...) parses with more set-up, and its css()
    # compiles the XPath on every call).
    for a in parse_page(answer_html).root.iter("a"):
        href = safe_url(a.get("href"))
        if href is None:
            continue
        text = " ".join("".join(a.itertext()).split())
        found = urls.canonical(href)
        if found and found[1].kind == "post":
            links.append(Link(found[0], text, True, found[1].key))
        elif found:
            links.append(Link(found[0], text, True, None))
        else:
            links.append(Link(href, text, urls.same_site(href), None))
    return links

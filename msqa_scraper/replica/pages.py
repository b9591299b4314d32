"""HTML of every page type: post, listings, ordinary site pages, 404 and 500.

Whitespace inside the post block, the sidebar and the pagination copies the saved Weebly
pages byte for byte where the design notes quote them (tabs and newlines around the date and
comment counts, the two trailing spaces of ``blog-social  ``).
"""

from __future__ import annotations

from urllib.parse import quote

from msqa_scraper.replica.badpages import (
    LINKS_MODULE,
    NOT_A_POST_TEXT,
    huge_head_script,
    not_a_post_main,
)
from msqa_scraper.replica.body import render_body
from msqa_scraper.replica.chrome import attr, head, page, text
from msqa_scraper.replica.clock import blog_date, comment_stamp, to_local
from msqa_scraper.replica.config import (
    BLOG_ID,
    BLOG_NAME,
    BLOG_PATH,
    BLOG_SLUG,
    FEED_NUMBER,
    SITE_TITLE,
    USER_ID,
)
from msqa_scraper.replica.content import SITE_PAGES
from msqa_scraper.replica.model import Comment, PostSpec, Site, page_path
from msqa_scraper.replica.nodes import RenderContext, blocks_text, image_src, inline_text, plain

_EXCERPT_LENGTH = 200


def legacy_path(spec: PostSpec) -> str:
    day = to_local(spec.published)
    return f"/{FEED_NUMBER}/post/{day.year}/{day.month:02d}/{spec.slug}.html"


def full_text(site: Site, spec: PostSpec) -> str:
    """The whole body as plain text, labels and signature included (feeds and og excerpts)."""
    body = site.body(spec)
    f = body.features
    parts = []
    if body.question is not None:
        label = "Q:" if f.label_word == "Q" else "Question:"
        parts.append(f"{label} {blocks_text((body.question,))}")
    answer = blocks_text(body.answer)
    if f.answer_label:
        answer = ("A: " if f.label_word == "Q" else "Answer: ") + answer
    parts.append(answer)
    parts.append("\n".join(plain(inline_text(line)) for line in body.signature))
    return "\n\n".join(parts)


def auto_excerpt(site: Site, spec: PostSpec) -> str:
    """og:description: about the first 200 characters of text, cut at a word, then ``...``."""
    flat = plain(full_text(site, spec))
    if len(flat) <= _EXCERPT_LENGTH:
        return flat + "..."
    return flat[:_EXCERPT_LENGTH].rsplit(" ", 1)[0] + "..."


# --- the post block ---------------------------------------------------------------------------


def _count_text(n: int) -> str:
    return "1 Comment" if n == 1 else f"{n} Comments"


def post_block(site: Site, spec: PostSpec, ctx: RenderContext, *, listing: bool) -> str:
    host = ctx.host
    url = f"//{host}{BLOG_PATH}/{spec.slug}" + (".html" if ctx.html_links else "")
    legacy = f"http://{host}{legacy_path(spec)}"
    body = site.body(spec)
    cut = listing and spec.features.read_more
    content = render_body(body, ctx, excerpt=cut)
    if cut:
        content += (
            '\n<br/>\n\t\t<div class="blog-read-more">\n'
            f'\t\t\t<a href="{url}" class="blog-link">Read More</a>\n\t\t</div>'
        )
    count = _count_text(spec.comment_count)
    share_text = attr(f"{spec.seo_title or spec.title} - {SITE_TITLE}")
    # Template drift (synthetic, see config.DRIFT_MODES): another class/id scheme.
    if ctx.drift == "renamed-post-class":
        opening = f'<div id="post-{spec.id}" class="wsite-blog-post-item">'
    else:
        opening = f'<div id="blog-post-{spec.id}" class="blog-post">'
    content_class = "blog-entry-body" if ctx.drift == "renamed-content" else "blog-content"
    if spec.bad_kind == "no_body":
        # Synthetic bad page: the post block lost its content element altogether.
        content_div = ""
    else:
        content_div = f'\t<div class="{content_class}">\n\t\t\t{content}\n\t</div>\n'
    return f"""{opening}
	<div class="blog-header">
		<h2 class="blog-title">
				<a class="blog-title-link blog-link" href="{url}">{text(spec.title)}</a>
		</h2>
		<p class="blog-date">
				<span class="date-text">
	{blog_date(spec.published, site.config.date_order)}
</span>
		</p>
		<p class="blog-comments">
				<a href="{url}#comments" class="blog-link">
	{count}
</a>
		</p>
	</div>
	<div class="blog-separator">&nbsp;</div>
{content_div}		<div class="blog-social  ">
	<div class="blog-social-item blog-fb-like"><fb:like href="{legacy}" width="90" layout="button_count" send="false" show_faces="false" action="like" colorscheme="light"></fb:like></div><div class="blog-social-item"><a class="twitter-share-button" href="http://twitter.com/share?url={legacy}" data-text="{share_text}" data-count="horizontal"></a></div>
	<div style="clear:both"></div>
</div>
	<div class="blog-comments-bottom">
			<a href="{url}#comments" class="blog-link">
	{count}
</a>
	</div>
	<div class="blog-post-separator"></div>
</div>"""  # noqa: E501 (verbatim Weebly markup)


# --- comments ---------------------------------------------------------------------------------


def _comment_html(comment: Comment, n: int, is_open: bool) -> str:
    parity = "even" if n % 2 == 0 else "odd"
    if comment.owner:
        classes = f"{parity} blogCommentLevel1 blogCommentPro blogCommentOwner"
        name = f'<a class="name" href="/" target="_blank">{text(comment.name)}</a>'
    else:
        classes = f"{parity} blogCommentLevel0 "
        name = f'<span class="name">{text(comment.name)}</span>'
    reply = (
        '<div class="blogCommentOptions"><span class="blogCommentReplyLink">'
        f'<a href="javascript:;" onclick="_W.replyToComment({comment.id})">Reply</a>'
        "</span></div>"
        if is_open
        else ""
    )
    return (
        f'<div id="{comment.id}"><div class="blogCommentWrap {classes}">'
        '<div class="blogCommentHeading"><div class="blogCommentHeadingInner">'
        f'<div class="blogCommentAuthor">{name}</div>'
        f'<div class="blogCommentDate">{comment_stamp(comment.when)}</div></div></div>'
        f'<div class="blogCommentText"><p>{text(comment.text)}</p></div>{reply}</div></div>'
    )


def comment_area(site: Site, spec: PostSpec, host: str) -> str:
    comments = "".join(
        _comment_html(c, n, spec.comments_open) for n, c in enumerate(site.comments(spec))
    )
    if spec.comments_open:
        parent = quote(f"http://{host}{BLOG_PATH}/{spec.slug}", safe=":/")
        form = f"""
			<div class="blog-notice-comments-pending">Your comment will be posted after it is approved.</div>
			<br/><br/>
			<h2 id="commentReplyTitle">Leave a Reply.</h2>
			<div class="blogCommentReplyWrapper "><div class="iframeWrapper"><div class="iframeContainer"><iframe src="//www.weebly.com/editor/apps/showCommentForm-v2.php?user_id={USER_ID}&amp;blog_id={BLOG_ID}&amp;post_id={spec.id}&amp;parent={parent}" title="Comment Form" frameborder="0" allowtransparency="true" scrolling="no" style="width:100%;"></iframe></div></div></div>"""  # noqa: E501 (verbatim Weebly markup)
    else:
        # Inferred markup: no closed-comments page was ever saved. Weebly's string table has
        # "Comments are closed." and sites.css styles .blog-notice-comments-closed like the
        # pending notice, so the notice takes the place of the pending notice and the form.
        form = """
			<div class="blog-notice-comments-closed">Comments are closed.</div>"""
    return f"""<a name="comments" id="comments"></a>
<div id="commentArea">
	<div class="blog-comment-area">
		<div id="commentText">
			{comments}<!-- lastComment -->
		<div id="lastComment"> </div>
		</div>
		<br />{form}
	</div>
	<!-- bid-1: , path:  -->
</div>"""


# --- sidebar ----------------------------------------------------------------------------------


def sidebar(site: Site) -> str:
    # Mirrors (IBA, WGY) save every page as a file and rewrite its links to match.
    dot = ".html" if site.config.html_links else ""
    months = "".join(
        f'\t\t<a href="{BLOG_PATH}/archives/{key}{dot}" class="blog-link">'
        f"{site.month_label(key)}</a>\n"
        "\t\t<br />\n"
        for key in site.by_month
    )
    categories = "".join(
        f'\t\t<a href="{BLOG_PATH}/category/{c.slug}{dot}" class="blog-link">{text(c.name)}</a>\n'
        "\t\t<br />\n"
        for c in site.categories
    )
    lead, _, rest = site.disclaimer.partition(": ")
    # Synthetic bad-pages module: off-site, search, mailto and javascript: links.
    extra = LINKS_MODULE if site.config.bad_pages else ""
    # Inferred placement: the seed's text dump puts the disclaimer right after the table-cell
    # boundary, before Archives, so it is the sidebar's first module (a text element).
    return f"""<td class="blog-sidebar" valign="top">
<div id="{BLOG_ID}-sidebar" class="column-blog"><div class="blog-sidebar-separator"><ul id="{BLOG_ID}-sidebar-list" class="columnlist-blog" style="margin:0; padding: 0;">
<div class="paragraph" style="text-align:left;"><strong>{text(lead)}:</strong>&nbsp;{text(rest)}</div>
<h2 class="blog-archives-title">Archives<br /></h2>
<p class="blog-archive-list">
{months}</p>
<h2 class="blog-category-title">Categories</h2>
<p class="blog-category-list">
	<a href="{BLOG_PATH}/category/all{dot}" class="blog-link">All</a>
	<br />
{categories}</p>
<p class="blog-feed-link">
	<link href=""  rel="alternate" type="application/rss+xml" title="RSS" />
	<a href="/{FEED_NUMBER}/feed">
		<img src="//cdn2.editmysite.com/images/old/bg_feed.gif" />
		RSS Feed
	</a>
</p>
{extra}</ul></div></div>
</td>"""  # noqa: E501 (verbatim Weebly markup)


def _blog_table(inner: str, side: str) -> str:
    return f"""<div class="wsite-elements wsite-not-footer">
<table id="blogTable" class="wsite-not-footer" style="border: 0; width: 100%; table-layout: fixed">
<tr><td valign="top">
<div id="{BLOG_ID}-blog" class="blog-body" style="float: left;">
<div id="wsite-content">	{inner}
<!-- bid: $blog_id --></div>
</div>
</td>
{side}</tr>
</table>
</div>"""


def _og_images(site: Site, specs: list[PostSpec], host: str) -> list[tuple[str, str]]:
    return [
        ("og:image", f"http://{host}{image_src(image.name)}")
        for spec in specs
        for image in site.body(spec).images
    ]


# --- pages ------------------------------------------------------------------------------------


def post_page(site: Site, spec: PostSpec, ctx: RenderContext) -> str:
    host = ctx.host
    shown = spec.seo_title or spec.title
    og = [("og:title", shown), ("og:description", auto_excerpt(site, spec))]
    og += _og_images(site, [spec], host)
    # og:url keeps the legacy /N/post/YYYY/MM/slug.html form, as every saved Weebly post does.
    og.append(("og:url", f"http://{host}{legacy_path(spec)}"))
    description = auto_excerpt(site, spec).removesuffix("...") if spec.seo_title else None
    inner = post_block(site, spec, ctx, listing=False) + "\n" + comment_area(site, spec, host)
    # The synthetic huge page also carries a huge inline script in its head.
    script = huge_head_script(site.config.seed) if spec.bad_kind == "huge" else ""
    return page(
        head_html=head(f"{shown} - {SITE_TITLE}", og, description=description, extra=script),
        body_class=f"header-page  wsite-page-{BLOG_SLUG} wsite-blog-post  wsite-theme-light",
        active=BLOG_SLUG,
        main=_blog_table(inner, sidebar(site)),
        welcome=True,
    )


def _pagination(listing_path: str, page_no: int, pages: int, dot: str = "") -> str:
    out = []
    if page_no < pages:
        out.append(
            '\t<div class="blog-page-nav-previous">\n'
            f'\t\t<a href="{page_path(listing_path, page_no + 1)}{dot}" class="blog-link">'
            "&lt;&lt;Previous</a>\n\t</div>\n"
        )
    if page_no > 1:
        out.append(
            '\t<div class="blog-page-nav-next">\n'
            f'\t\t<a href="{page_path(listing_path, page_no - 1)}{dot}" class="blog-link">'
            "Forward&gt;&gt;</a>\n\t</div>\n"
        )
    return "\n".join(out)


def _listing_head(site: Site, listing_path: str, page_no: int, host: str) -> tuple[str, str, str]:
    """(<title>, og:title, og:url) of a listing page, per the saved Weebly pages."""
    if listing_path == BLOG_PATH:
        if page_no == 1:
            return f"{SITE_TITLE} - {BLOG_NAME}", BLOG_NAME, f"http://{host}{BLOG_PATH}.html"
        return f"Blog Posts - {SITE_TITLE}", "Blog Posts", f"http://{host}{BLOG_PATH}.html"
    kind, _, arg = listing_path.removeprefix(BLOG_PATH + "/").partition("/")
    legacy = f"http://{host}/{FEED_NUMBER}/{kind}/{arg}"
    if kind == "archives":
        return f"Blog Archives - {SITE_TITLE}", "Blog Archives", legacy
    if arg == "all":
        return f"All Categories - {SITE_TITLE}", "All Categories", legacy
    name = next(c.name for c in site.categories if c.slug == arg)
    return f"Category: {name} - {SITE_TITLE}", f"Category: {name}", legacy


def listing_page(site: Site, listing_path: str, page_no: int, ctx: RenderContext) -> str | None:
    """Page ``page_no`` of a listing, or None when the listing or the page does not exist."""
    posts = site.listing(listing_path)
    if posts is None:
        return None
    pages = site.pages(posts)
    if not 1 <= page_no <= len(pages):
        return None
    shown = pages[page_no - 1]
    title, og_title, og_url = _listing_head(site, listing_path, page_no, ctx.host)
    og = [("og:title", og_title)]
    if shown:
        og.append(("og:description", auto_excerpt(site, shown[0])))
    og += _og_images(site, shown, ctx.host)
    og.append(("og:url", og_url))
    blocks = "\n".join(post_block(site, spec, ctx, listing=True) for spec in shown)
    dot = ".html" if ctx.html_links else ""
    inner = blocks + "\n\n" + _pagination(listing_path, page_no, len(pages), dot)
    return page(
        head_html=head(title, og),
        body_class=f"header-page  wsite-page-{BLOG_SLUG} wsite-blog-index  wsite-theme-light",
        active=BLOG_SLUG,
        main=_blog_table(inner, sidebar(site)),
        welcome=True,
    )


def site_page(path: str, host: str) -> str | None:
    for page_path_, title, name, words in SITE_PAGES:
        if path == page_path_ or (page_path_ == "/" and path == "/index.html"):
            link = ""
            if name in ("index", "virtual-ms-center"):
                link = (
                    f' Read the answers on the <a href="{BLOG_PATH}.html">'
                    f"{text(BLOG_NAME)}</a> page."
                )
            main = (
                '<div id="wsite-content" class="wsite-elements wsite-not-footer">\n'
                f'<h2 class="wsite-content-title">{text(title)}</h2>\n'
                f'<div class="paragraph">{text(words)}{link}</div>\n</div>'
            )
            full_title = SITE_TITLE if name == "index" else f"{title} - {SITE_TITLE}"
            url = f"http://{host}{path if name != 'index' else '/'}"
            og = [("og:title", title), ("og:description", words), ("og:url", url)]
            return page(
                head_html=head(full_title, og),
                body_class=f"header-page  wsite-page-{name}  wsite-theme-light",
                active=name,
                main=main,
                welcome=False,
            )
    return None


def stray_page(spec: PostSpec, host: str) -> str:
    """The synthetic ``not_a_post`` page: an ordinary site page under the blog path."""
    name = spec.slug
    og = [
        ("og:title", spec.title),
        ("og:description", NOT_A_POST_TEXT),
        ("og:url", f"http://{host}{BLOG_PATH}/{spec.slug}"),
    ]
    return page(
        head_html=head(f"{spec.title} - {SITE_TITLE}", og),
        body_class=f"header-page  wsite-page-{name}  wsite-theme-light",
        active="",
        main=not_a_post_main(spec),
        welcome=False,
    )


def not_found_page(host: str) -> str:
    """Inferred: Weebly's own 404 page was never saved; this keeps the site chrome."""
    main = (
        '<div id="wsite-content" class="wsite-elements wsite-not-footer">\n'
        '<h2 class="wsite-content-title">Page Not Found</h2>\n'
        '<div class="paragraph">Sorry, the page you were looking for could not be found.'
        ' It may have been moved or deleted. <a href="/">Return to the home page</a>.</div>\n'
        "</div>"
    )
    return page(
        head_html=head(f"404 - Page Not Found - {SITE_TITLE}", [("og:title", "Page Not Found")]),
        body_class="header-page  wsite-page-404  wsite-theme-light",
        active="",
        main=main,
        welcome=False,
    )


# Invented: what a Weebly server error looks like was never captured.
ERROR_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title>"
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>'
    '<body style="font-family:Arial,sans-serif;text-align:center;padding-top:80px">'
    "<h1>Internal Server Error</h1><p>Something went wrong while loading this page."
    " Please try again in a few minutes.</p>"
    '<p style="color:#999;font-size:12px">weebly</p></body></html>\n'
)
THROTTLE_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>429 Too Many Requests</title></head>"
    "<body><h1>Too Many Requests</h1><p>Please slow down.</p></body></html>\n"
)

"""Problem pages for crawler robustness tests (``SiteConfig(bad_pages=True)``).

These pages are SYNTHETIC TEST CASES, not observed on the live site: each one reproduces a
failure that real-world crawls meet somewhere (a theme that dropped the content block, a
post nobody signed, a 2 MB page, bytes that are not UTF-8, pasted scripts, a title that reads
like an injection attack, a non-post page under the blog path), so the crawler's handling can
be tested. With ``bad_pages`` off none of this is rendered and the site is unchanged.

The listed kinds are posts: they sit on the index, archives, ``category/all``, the feed and
the sitemap like any post, dated just after the newest regular post of round 0 (so page 1
of a small site shows them). ``not_a_post`` is only in the sitemap and the feed.
``BAD_PAGES[kind]`` says whether a perfect crawler stores the page or skips it, and why.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from msqa_scraper.replica.body import Features, PostBody, signature
from msqa_scraper.replica.chrome import text
from msqa_scraper.replica.clock import local
from msqa_scraper.replica.config import SITE_ID, SiteConfig
from msqa_scraper.replica.generate import post_id
from msqa_scraper.replica.hostile_content import FORMULA_TITLE, hostile_body
from msqa_scraper.replica.model import BAD_PREFIX, PostSpec
from msqa_scraper.replica.nodes import (
    Anchor,
    Block,
    Heading,
    Para,
    Raw,
    SummaryBreak,
    Text,
    raw_text,
)
from msqa_scraper.replica.people import EXPERTS
from msqa_scraper.replica.slugs import weebly_slug
from msqa_scraper.replica.topics import draft, pick_topic


@dataclass(frozen=True)
class BadPage:
    kind: str
    title: str
    expect: str  # "stored" | "skipped"
    why: str
    listed: bool = True  # on listing pages (every kind but not_a_post)
    experts: tuple[int, ...] = ()  # indices into EXPERTS of the signature; () for none
    knob: str = "bad_pages"  # the SiteConfig flag that adds it: bad_pages, or hostile_content


HOSTILE_TITLE = "Robert'); DROP TABLE posts;-- ../../etc/passwd %s {0} <b>"

# Newest first: the order they take on page 1 of the index (in round 0).
BAD_PAGES: dict[str, BadPage] = {
    b.kind: b
    for b in (
        BadPage(
            "hostile_title",
            HOSTILE_TITLE,
            "stored",
            "title and question hold SQL, path, format-string and tag characters (escaped in"
            " the markup); they must be stored verbatim and never interpreted",
            experts=(6,),
        ),
        BadPage(
            "scripts",
            "Should I stop my MS medication before surgery?",
            "stored",
            "the answer holds a script, a style, an iframe embed, an onclick attribute and a"
            " javascript: link between real paragraphs; none of their code is answer text",
            experts=(4,),
        ),
        BadPage(
            "no_body",
            "Is it safe to travel abroad during treatment?",
            "skipped",
            "the post block has no div.blog-content at all (theme or editor failure): there is"
            " no question or answer to store",
        ),
        BadPage(
            "invalid_utf8",
            "Is it safe to take vitamin D with Tecfidera?",
            "stored",
            "the answer's bytes hold invalid UTF-8 (\\xff\\xfe and a lone \\xc3) although the"
            " page says charset=utf-8; the answer is the text decoded with errors='replace'",
            experts=(5,),
        ),
        BadPage(
            "huge",
            "Your questions from the 2024 MS Center town hall, all answered",
            "stored",
            "a 2.1 MB post page (a very long answer and a huge inline script in the head);"
            " listings show it cut at a Read More break",
            experts=(1,),
        ),
        BadPage(
            "no_signature",
            "Can I get the shingles vaccine while on Ocrevus?",
            "stored",
            "Question and Answer labels but no expert signature: experts is empty",
        ),
        BadPage(
            "no_labels_no_signature",
            "Why do my legs feel heavy after a hot shower?",
            "stored",
            "plain paragraphs without labels or signature: the title is the question, the"
            " whole body the answer, experts empty",
        ),
        BadPage(
            "not_a_post",
            "Submit your question to the Virtual MS Center",
            "skipped",
            "a URL under the blog path, listed only in the sitemap and the feed, that answers"
            " 200 with an ordinary site page (a form), with no blog post block",
            listed=False,
        ),
        # SiteConfig(hostile_content=True): attacks on the archive's readers
        # (see hostile_content.py).
        BadPage(
            "hostile_markup",
            "Can a link on a web page take over my computer?",
            "stored",
            "script links disguised with control characters and tabs, data: and vbscript:"
            " links, an img with a javascript: src, a form and an object around answer text,"
            " and ESC/OSC/CSI bytes: the words are stored, none of the URLs or control bytes",
            experts=(3,),
            knob="hostile_content",
        ),
        BadPage(
            "formula_title",
            FORMULA_TITLE,
            "stored",
            "title, question and answer start with =, @ and +: stored verbatim, and written to"
            " CSV with a leading ' so that a spreadsheet shows them instead of running them",
            experts=(2,),
            knob="hostile_content",
        ),
        BadPage(
            "windows_1252",
            "Could my dry eyes be Sjögren’s and not MS?",
            "stored",
            "the post page is served as windows-1252 (HTTP header, no meta charset): decoded"
            " as declared, its text reads Sjögren’s café, not Sj\ufffdgren\ufffds caf\ufffd",
            experts=(0,),
            knob="hostile_content",
        ),
    )
}
# The kinds ``bad_pages`` adds; ``HOSTILE_KINDS`` (hostile_content.py) are those
# ``hostile_content`` adds.
BAD_PAGE_KINDS = tuple(kind for kind, page in BAD_PAGES.items() if page.knob == "bad_pages")

# Just after the newest regular post of round 0 (9/27/2024) and before round 0 is published.
_FIRST = local(2024, 9, 28, 7, 15, 0)
_STEP = timedelta(hours=4, minutes=37, seconds=11)

# The huge page: answer markup of about this many bytes, plus an inline script in the head.
HUGE_ANSWER_BYTES = 1_280_000
HUGE_SCRIPT_BYTES = 800_000


def bad_specs(config: SiteConfig) -> tuple[list[PostSpec], list[PostSpec]]:
    """(listed posts, strays) of ``config``'s bad pages, or two empty lists when they are off."""
    chosen = [page for page in BAD_PAGES.values() if getattr(config, page.knob)]
    listed: list[PostSpec] = []
    strays: list[PostSpec] = []
    count = len(chosen)
    for n, page in enumerate(chosen):
        key = BAD_PREFIX + page.kind
        published = _FIRST + _STEP * (count - 1 - n)
        spec = PostSpec(
            key=key,
            id=post_id(config.seed, key),
            slug=weebly_slug(page.title),
            title=page.title,
            published=published,
            lastmod=published + timedelta(minutes=3 + n),
            categories=(),
            comments_open=False,
            comment_count=0,
            features=_features(page.kind),
            experts=page.experts,
        )
        (listed if page.listed else strays).append(spec)
    return listed, strays


def _features(kind: str) -> Features:
    if kind in ("no_body", "not_a_post", "no_labels_no_signature"):
        return Features(question_label=False, answer_label=False, answer_join="div")
    if kind == "huge":
        return Features(answer_join="div", read_more=True)
    return Features(answer_join="div")


def _q(value: str) -> Para:
    return Para((Text(value),))


@lru_cache(maxsize=32)
def bad_body(seed: int, kind: str) -> PostBody:
    """The body of bad page ``kind``: ordinary nodes, so the truth follows docs/extraction.md."""
    page = BAD_PAGES[kind]
    features = _features(kind)
    if page.knob == "hostile_content":
        return hostile_body(kind, features, page.experts)
    question: Para | None = None
    answer: tuple[Block, ...] = ()
    if kind == "no_labels_no_signature":
        answer = (
            _q(
                "Many people with MS notice that heat makes their symptoms worse for a while. A"
                " hot shower, a warm bath or a summer afternoon can raise the body temperature"
                " just enough to slow the signals in nerves that have lost some of their myelin."
            ),
            _q(
                "This is called Uhthoff’s phenomenon. It is temporary, and it does not mean that"
                " the disease is getting worse or that new damage is happening. Once you cool"
                " down, the heaviness usually fades within minutes to an hour."
            ),
            Para(
                (
                    Text("Lukewarm showers, a cool drink and a fan nearby all help. A patient"),
                    Text(" group keeps a list of "),
                    Anchor(
                        "https://example.org/ms/cooling-tips",
                        (Text("cooling tips"),),
                        new_window=True,
                    ),
                    Text(" that many readers find useful."),
                )
            ),
        )
    elif kind == "no_signature":
        question = _q(
            "I am on Ocrevus and turned 50 this year. My doctor mentioned the shingles vaccine."
            " Can I get it, and will it still work?"
        )
        answer = (
            _q(
                "Yes. Shingrix is not a live vaccine, so it is safe with Ocrevus and other"
                " anti-CD20 therapies. The response may be weaker while B cells are depleted,"
                " which is why many centers give it before the next infusion is due."
            ),
            _q(
                "If you are about to start Ocrevus, it is better still to finish both doses"
                " first. Ask your infusion center to plan the timing with you."
            ),
        )
    elif kind == "invalid_utf8":
        question = _q(
            "I started Tecfidera last month and my vitamin D level came back low. Is it safe to"
            " take a supplement with it?"
        )
        answer = (
            Para(
                (
                    raw_text(
                        b"Yes, vitamin D is safe to take with Tecfidera.\xff\xfe Most MS"
                        b" centers aim for a blood level in the normal range, and a typical"
                        b" dose is 1000 to 2000 IU a day."
                    ),
                )
            ),
            Para(
                (
                    raw_text(
                        "Food helps a little \u2014 salmon, eggs and fortified milk \u2014 and"
                        " so does a caf".encode()
                        + b"\xc3 au lait in the morning sun, but a supplement is the reliable"
                        b" way to raise a low level."
                    ),
                )
            ),
            _q("Have the level checked again after three months."),
        )
    elif kind == "scripts":
        question = _q(
            "I need knee surgery next month. Should I stop my MS medication before the operation?"
        )
        answer = (
            _q("Usually not, but it depends on the therapy and on the kind of surgery."),
            Raw("<script>alert(1)</script>"),
            Para(
                (
                    Text("For infusions such as Ocrevus, surgeons usually plan around the"),
                    Text(" infusion date. "),
                    Text(
                        "Tell your surgeon about every medication you take.",
                        '<span onclick="alert(document.cookie)" style="font-weight:bold">'
                        "Tell your surgeon about every medication you take.</span>",
                    ),
                    Text("", '<script>document.write("Injected text")</script>'),
                    Text(" Oral therapies are sometimes paused for a few days."),
                )
            ),
            Raw("<style>p{color:red}</style>"),
            Raw(
                '<div><div id="572310948862051123" align="left" style="width: 100%;'
                ' overflow-y: hidden;" class="wcustomhtml"><iframe'
                ' src="https://www.example.org/embed/ms-surgery-video" width="560" height="315"'
                ' frameborder="0" allowfullscreen></iframe></div></div>'
            ),
            Para(
                (
                    Text("You can also "),
                    Text(
                        "search our earlier answers",
                        "<a href=\"javascript:window.open('/apps/search?q=surgery')\">"
                        "search our earlier answers</a>",
                    ),
                    Text(" about anesthesia and MS."),
                )
            ),
        )
    elif kind == "hostile_title":
        question = _q(
            "My pharmacy portal shows my name as Robert'); DROP TABLE posts;-- and my file as"
            " ../../etc/passwd %s {0} <b>. Is that why my Copaxone refill was rejected?"
        )
        answer = (
            _q(
                "That looks like a display problem in the pharmacy's software, not a problem"
                " with your prescription. Strings such as %s, %d, {0}, {title}, $1, \\n and <b>"
                " are placeholders and tags that a program forgot to fill in or to escape."
            ),
            _q(
                'Call the pharmacy and ask them to correct your name on file; "]]>", "--" and'
                ' "<!--" in a name can confuse older systems too. Your Copaxone prescription'
                " itself is fine & still valid."
            ),
        )
    elif kind == "huge":
        question = _q(
            "We could not answer every question during the town hall. Can you post all of the"
            " answers in one place?"
        )
        answer = _huge_answer(seed)
    elif kind == "not_a_post":
        answer = (_q(NOT_A_POST_TEXT),)
    lines, signed = signature(tuple(EXPERTS[i] for i in page.experts), "lines", False)
    return PostBody(question, answer, lines, signed, features)


def _huge_answer(seed: int) -> tuple[Block, ...]:
    """Section after section of real-looking answers, about ``HUGE_ANSWER_BYTES`` of markup."""
    blocks: list[Block] = [
        _q(
            "Thank you to everyone who joined the town hall. Below are the answers to all the"
            " questions we received, grouped one question per section."
        ),
        SummaryBreak(),
    ]
    size, n = 0, 0
    while size < HUGE_ANSWER_BYTES:
        n += 1
        rng = random.Random(f"{seed}:bad-huge:{n}")
        topic, therapies = pick_topic(rng)
        words = draft(topic, therapies, f"{seed}:bad-huge:{n}", 3)
        blocks.append(Heading((Text(f"{n}. {words.title}"),)))
        blocks += [_q(p) for p in words.paragraphs]
        size += 60 + len(words.title) + sum(len(p) + 30 for p in words.paragraphs)
    blocks.append(_q("We will hold the next town hall in the spring. Thank you for asking."))
    return tuple(blocks)


@lru_cache(maxsize=8)
def huge_head_script(seed: int) -> str:
    """An inline script of about ``HUGE_SCRIPT_BYTES`` for the head of the huge page: a search
    index a theme plugin might inline (synthetic)."""
    rng = random.Random(f"{seed}:bad-huge-script")
    words = [w.strip(".,;:?!()\"'").lower() for w in NOT_A_POST_TEXT.split()] + [
        "relapse",
        "infusion",
        "lesion",
        "myelin",
        "fatigue",
        "vaccine",
        "neurologist",
        "mri",
    ]
    entries = []
    size = 0
    while size < HUGE_SCRIPT_BYTES:
        entry = {
            "i": str(10**17 + rng.randrange(9 * 10**17)),
            "w": [rng.choice(words) for _ in range(24)],
            "s": round(rng.random(), 6),
        }
        entries.append(entry)
        size += len(json.dumps(entry, separators=(",", ":"))) + 1
    data = json.dumps(entries, separators=(",", ":"))
    return (
        '\n<script type="text/javascript">_W = _W || {};'
        f' _W.blogSearchIndex = {{site: "{SITE_ID}", entries: {data}}};</script>'
    )


# --- the not_a_post page and the sidebar module -------------------------------------------------

NOT_A_POST_TEXT = (
    "Use the form on this page to send us your question about multiple sclerosis. We answer"
    " as many questions as we can; the answers appear on the Q & A page."
)


def not_a_post_main(spec: PostSpec) -> str:
    """The content of the ``not_a_post`` page: an ordinary Weebly page with a form."""
    return (
        '<div id="wsite-content" class="wsite-elements wsite-not-footer">\n'
        f'<h2 class="wsite-content-title">{text(spec.title)}</h2>\n'
        f'<div class="paragraph">{text(NOT_A_POST_TEXT)}</div>\n'
        '<div><form enctype="multipart/form-data" action="//www.weebly.com/weebly/apps/'
        'formSubmit.php" method="POST" id="form-640159214813752466">\n'
        '<div class="wsite-form-field"><label class="wsite-form-label" for="input-1">Your'
        ' question</label><textarea id="input-1" name="_u1" class="wsite-form-input"'
        ' style="height: 200px"></textarea></div>\n'
        '<input type="hidden" name="ucfid" value="640159214813752466" />\n'
        '<a class="wsite-button"><span class="wsite-button-inner">Submit</span></a>\n'
        "</form></div>\n</div>"
    )


# Extra sidebar text module (synthetic): links a crawler must not follow as blog pages.
LINKS_MODULE = (
    '<h2 class="blog-author-title">More from us</h2>\n'
    '<div class="paragraph" style="text-align:left;">Read the '
    '<a href="https://example.org/ms/treatment-guidelines-2024" target="_blank">2024 treatment'
    ' guidelines</a>, <a href="/apps/search?q=x">search all answers</a>, '
    '<a href="mailto:questions@example.org">email a question</a> or '
    '<a href="javascript:void(0)" onclick="window.print()">print this page</a>.<br />'
    '<a href="https://example.org/">example.org</a></div>\n'
)

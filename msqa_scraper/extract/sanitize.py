"""What of a page may be stored: text without control characters, links only to the web or to
e-mail, and ``answer_html`` cut down to a fixed list of tags by nh3 (Ammonia).

A copy of the site can be hostile. Browsers read an ``href`` after dropping the control
characters and spaces around it and the tabs and newlines inside it (the WHATWG URL parser), so
``"\\x01javascript:alert(1)"`` or ``"java\\tscript:"`` run as scripts: a URL is judged here only
after every control character and blank has been removed. The rules are stated in
DATA_FORMAT.md ("What the archive never holds") and proved by tests/test_sanitize.py and
tests/test_hostile_content.py.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from urllib.parse import urljoin

import nh3

# C0 controls but tab and newline (stored text keeps those as structure), DEL and the C1
# controls (8-bit CSI, OSC...): never bytes a terminal or a spreadsheet could act on.
CONTROL_CHARS = frozenset([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)])
# One character class: a regex scan is far cheaper than ``str.translate`` with a dict table.
_CONTROLS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(CONTROL_CHARS)) + "]")
_ALL_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
# What a browser or a careless reader may skip inside a scheme: blanks, zero-width characters.
_BLANKS = re.compile(r"[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]")

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Everything extract/text.py writes, and nothing else.
ALLOWED_TAGS = frozenset(
    {"p", "h2", "h3", "h4", "ul", "ol", "li", "br", "a", "img", "strong", "em", "u"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
_URL_ATTRIBUTES = frozenset({"href", "src"})


def strip_controls(text: str) -> str:
    """``text`` without C0 (but newline and tab), DEL and C1 control characters."""
    return _CONTROLS.sub("", text)


def safe_url(href: str | None, base_url: str = "") -> str | None:
    """The absolute URL ``href`` stands for on the page at ``base_url``, or None when it is not
    an ``http``, ``https`` or ``mailto`` URL (``javascript:``, ``data:``, ``vbscript:``, a bare
    fragment, an empty value).

    The scheme is judged on the value with every control character and blank removed, which
    is at least as much as a browser removes; the URL kept has its controls removed and its
    ends trimmed, then is resolved against ``base_url``.
    """
    if not href:
        return None
    probe = _BLANKS.sub("", _ALL_CONTROLS.sub("", href))
    if not probe or probe.startswith("#"):
        return None
    scheme = _scheme(probe)
    if scheme is not None and scheme not in SAFE_SCHEMES:
        return None
    kept = _BLANKS.sub(" ", _ALL_CONTROLS.sub("", href)).strip()
    url = urljoin(base_url, kept) if base_url else kept
    resolved = _scheme(url)
    if resolved is None:
        # Still relative: only possible without a base, where nothing can make it a script.
        return url if not base_url else None
    return url if resolved in SAFE_SCHEMES else None


def _scheme(url: str) -> str | None:
    head, colon, _ = url.partition(":")
    if not colon or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", head):
        return None
    return head.lower()


# The page ``clean_html`` resolves relative URLs against, for the one shared cleaner's filter
# (a ContextVar: each thread, and each task, sees its own call's value).
_BASE_URL: ContextVar[str] = ContextVar("msqa_clean_html_base_url", default="")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in _URL_ATTRIBUTES:
        return safe_url(value, _BASE_URL.get())
    return strip_controls(value)


# Built once: ``nh3.clean(...)`` builds an ammonia cleaner from its arguments on every call,
# which cost more than the cleaning itself.
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_keep_attribute,
    url_schemes=set(SAFE_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def clean_html(fragment: str, base_url: str = "") -> str:
    """``fragment`` with only the allowed tags and attributes, and only safe URLs, left.

    Unknown elements lose their tags but keep their text; a URL attribute that is not safe is
    dropped with its value.
    """
    token = _BASE_URL.set(base_url)
    try:
        return _CLEANER.clean(strip_controls(fragment))
    finally:
        _BASE_URL.reset(token)

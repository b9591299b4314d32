"""Cloudflare's e-mail obfuscation, decoded.

Real forms (FCE, tooniebuckerooni/fat-city-entertainment @5c50163b,
``_tools/scraped/triviahostresources/``):
- ``previous/8.html``: ``<a href="/cdn-cgi/l/email-protection#<hex>"><span class="__cf_email__"
  data-cfemail="<hex>">[email&#160;protected]</span></a>``;
- ``how-to-host-fat-bottom-trivia-presentations-...html``: ``<a href="/cdn-cgi/l/email-protection"
  class="__cf_email__" data-cfemail="<hex>">[email&#160;protected]</a>``.
The hex differs between saved pages of the same post: the key is chosen per response.
"""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html

from msqa_scraper.extract.cfemail import decode, encode, unprotect
from msqa_scraper.extract.listing import extract_listing
from msqa_scraper.extract.post import extract_post


def fragment(markup: str) -> etree._Element:
    return html.fragment_fromstring(markup, create_parent="div")


def test_decode_the_published_scheme():
    # key 0x42, then each byte XOR 0x42
    assert decode("42232c3b02272f232b2e6c2d3025") == "any@email.org"
    assert encode("any@email.org", 0x42) == "42232c3b02272f232b2e6c2d3025"


def test_bad_hex_is_none():
    for bad in ("", "4", "zz11", "42"):
        assert decode(bad) is None


@settings(deadline=None, max_examples=100)
@given(st.emails(), st.integers(1, 255))
def test_any_address_round_trips_with_any_key(address, key):
    assert decode(encode(address, key)) == address


def test_link_and_span_forms_become_the_address():
    hexed = encode("help@example.org", 0x9A)
    root = fragment(
        f'<p>Write <a href="/cdn-cgi/l/email-protection#{encode("help@example.org", 0x11)}">'
        f'<span class="__cf_email__" data-cfemail="{hexed}">[email&#160;protected]</span></a>'
        f' or <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{hexed}">'
        "[email&#160;protected]</a>.</p>"
        '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/'
        'email-decode.min.js"></script>'
    )
    assert unprotect(root) == 3  # the link, its span, the a.__cf_email__
    out = etree.tostring(root, encoding="unicode")
    assert out.count('href="mailto:help@example.org"') == 2
    assert "protected" not in out and "cfemail" not in out and "cdn-cgi" not in out
    assert root.text_content() == "Write help@example.org or help@example.org."


def test_an_undecodable_link_loses_its_placeholder_href():
    root = fragment('<a href="/cdn-cgi/l/email-protection#zz">x</a>')
    unprotect(root)
    assert root[0].get("href") is None


PAGE = """<html><body class="wsite-blog-post"><div id="wsite-content">
<div id="blog-post-123456789012345678" class="blog-post"><div class="blog-header">
<h2 class="blog-title"><a class="blog-title-link blog-link" href="//h/blog/contact-us">Contact</a>
</h2><p class="blog-date"><span class="date-text">3/4/2020</span></p></div>
<div class="blog-content"><div class="paragraph">Question: How do I reach you?<br /><br />
Answer: Mail <a href="/cdn-cgi/l/email-protection#{a}"><span class="__cf_email__"
data-cfemail="{b}">[email&#160;protected]</span></a> any day.</div></div></div>
</div><div id="commentArea"></div></body></html>"""


def page(key: int) -> str:
    address = "team@example.org"
    return PAGE.format(a=encode(address, key), b=encode(address, 255 - key))


def test_post_stores_the_mailto_link_and_the_address():
    post = extract_post(page(7), "http://h/blog/contact-us", "http://h/blog")
    assert [link.url for link in post.links] == ["mailto:team@example.org"]
    assert "team@example.org" in post.answer
    assert "cdn-cgi" not in post.answer_html


def test_same_post_with_new_keys_is_the_same_post_and_listing_block():
    one = extract_post(page(7), "http://h/blog/contact-us", "http://h/blog")
    two = extract_post(page(200), "http://h/blog/contact-us", "http://h/blog")
    assert (one.answer, one.answer_html, one.links) == (two.answer, two.answer_html, two.links)
    first = extract_listing(page(7), "http://h/blog", "http://h/blog").entries
    second = extract_listing(page(200), "http://h/blog", "http://h/blog").entries
    assert first[0].content_hash == second[0].content_hash

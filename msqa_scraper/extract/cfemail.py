"""Cloudflare's e-mail address obfuscation, undone.

A site behind Cloudflare with "Email Address Obfuscation" on has every address in its pages
rewritten per response (weebly-markup.md §8.6, FCE):

- ``<a href="/cdn-cgi/l/email-protection#c2aaad…">`` for a ``mailto:`` link;
- ``<span class="__cf_email__" data-cfemail="c2aaad…">[email&#160;protected]</span>`` (or an
  ``a.__cf_email__`` with the attribute) for the address shown as text;
- a ``<script src="/cdn-cgi/scripts/…/email-decode.min.js">`` that undoes it in the browser.

The hex is the published XOR scheme: the first byte is a key, every later byte is a character
of the address XOR that key. Cloudflare picks the key per response, so the same page differs
between two fetches until the addresses are decoded back.
"""

from __future__ import annotations

from lxml import etree

PROTECTION_PATH = "/cdn-cgi/l/email-protection"


def decode(hex_text: str) -> str | None:
    """``"c2aaad…"`` → the address; None when it is not a valid encoding."""
    hex_text = (hex_text or "").strip()
    if len(hex_text) < 4 or len(hex_text) % 2:
        return None
    try:
        data = bytes.fromhex(hex_text)
    except ValueError:
        return None
    key = data[0]
    try:
        text = bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if text.isprintable() else None


def encode(address: str, key: int) -> str:
    """The hex Cloudflare would write for ``address`` with this key (0-255)."""
    return bytes([key, *(b ^ key for b in address.encode("utf-8"))]).hex()


def _is_protected_href(href: str) -> bool:
    return PROTECTION_PATH in href


def unprotect(root: etree._Element) -> int:
    """Decode every obfuscated address under ``root`` in place; returns how many.

    Links become ``mailto:`` links, the ``[email protected]`` placeholders the address, and
    Cloudflare's decoder script goes (its path carries a per-deployment token). A link whose
    hex does not decode loses its href: the placeholder path is no address and no blog page.
    """
    decoded = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script" and "/cdn-cgi/" in (el.get("src") or ""):
            _drop(el)
            continue
        hidden = el.get("data-cfemail")
        if hidden is not None:
            address = decode(hidden)
            del el.attrib["data-cfemail"]
            if address is not None:
                for child in list(el):
                    el.remove(child)
                el.text = address
                decoded += 1
                if el.tag == "a" and _is_protected_href(el.get("href") or ""):
                    el.set("href", f"mailto:{address}")
        if el.tag == "a" and _is_protected_href(href := el.get("href") or ""):
            address = decode(href.partition("#")[2])
            if address is not None:
                el.set("href", f"mailto:{address}")
                decoded += 1
            else:
                del el.attrib["href"]
    return decoded


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail

"""The media of a post body: images, iframes (YouTube, Vimeo, GIFs, quizzes ...), ``<video>``,
``<audio>``, Weebly's own video player and its slideshows.

A post can be all media (weebly-markup.md §8.6; FCE, IBA): the text extractor skips these
elements (their markup is no text and no safe HTML), so they are recorded here instead, by
kind and URL. Two Weebly forms hold their URL only in a script:

- the video element (``div.wsite-video``) writes its player from a script that calls
  ``generateVideo.php?...&video=<uploads path>`` (FCE);
- a slideshow is an empty ``div#<id>-slideshow`` and ``wSlideshow.render({... images:
  [{"url": "<uploads path>", ...}]})`` (IBA).
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from msqa_scraper.extract.records import Media

_GENERATE_VIDEO = re.compile(r"generateVideo\.php\?[^'\"\s]*?[?&]video=([^&'\"\s]+)")
_SLIDESHOW = re.compile(r"wSlideshow\.render\(\{.*?\bimages\s*:\s*(\[.*?\])\s*\}\s*\)", re.S)
_NOT_A_SOURCE = ("about:", "javascript:", "data:")
_TAG_KIND = {"img": "image", "iframe": "iframe", "embed": "iframe"}


def _provider(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")


def find_media(content: etree._Element, base_url: str) -> list[Media]:
    """Every medium under ``content``, in document order, each (kind, URL) once."""
    found: list[Media] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, src: str | None, via: str) -> None:
        src = (src or "").strip()
        if not src or src.lower().startswith(_NOT_A_SOURCE):
            return
        url = urljoin(base_url, src)
        if (kind, url) in seen:
            return
        seen.add((kind, url))
        found.append(Media(kind, url, _provider(url), via))

    for el in content.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _TAG_KIND:
            add(_TAG_KIND[tag], el.get("src"), tag)
        if tag in ("video", "audio"):
            add(tag, el.get("src"), tag)
            for source in el.iter("source"):
                add(tag, source.get("src"), tag)
        elif tag == "script" and el.text:
            for path in _GENERATE_VIDEO.findall(el.text):
                add("video", _uploads(unquote(path)), "weebly-video")
            for images in _SLIDESHOW.findall(el.text):
                for path in _slideshow_paths(images):
                    add("image", _uploads(path), "slideshow")
    return found


def _uploads(path: str) -> str:
    if path.startswith(("http:", "https:", "//", "/")):
        return path
    return "/uploads/" + path


def _slideshow_paths(images: str) -> list[str]:
    try:
        entries = json.loads(images)
    except ValueError:
        return re.findall(r'"url"\s*:\s*"([^"]+)"', images)
    return [str(e["url"]) for e in entries if isinstance(e, dict) and e.get("url")]

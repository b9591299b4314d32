"""Posts in the forms other real Weebly blogs take (``SiteConfig(weebly_forms=True)``).

Each reproduces a structure seen in saved Weebly blogs, with content of our own:

- ``images_only``: two ``div.wsite-image`` pictures and no text (IBA, WGY photo posts);
- ``youtube_only``: a ``div.wcustomhtml`` holding a YouTube iframe (FCE
  ``3-fun-games-you-can-download-and-play-at-valentines-day``, @5c50163b);
- ``weebly_video``: Weebly's own video element, ``div.wsite-video`` whose player a script
  writes from ``generateVideo.php?...&video=<uploads path>`` (FCE
  ``5-ways-to-excite-your-guests-this-fall-season``);
- ``slideshow``: an empty ``div#<id>-slideshow`` and ``wSlideshow.render({... images: [...]})``
  (IBA ``blog/cctv-new-technologies``, abidasad/project-iba);
- ``video_audio``: custom HTML with ``<video><source></video>`` and ``<audio>``;
- ``empty``: a title, a date and an empty ``div.blog-content`` (FCE
  ``time-to-riff-out-some-amazing-tunes-...``);
- ``heading_vimeo``: a heading and a Vimeo iframe, the text being the heading alone;
- ``contact_email``: a Q&A whose answer gives addresses the way Cloudflare's obfuscation writes
  them, ``/cdn-cgi/l/email-protection#<hex>`` around ``span.__cf_email__[data-cfemail]``, and
  ``a.__cf_email__`` (FCE ``previous/8``, ``how-to-host-fat-bottom-trivia-...``). The hex is
  left as a placeholder here; the server encodes it with a new key in every response
  (``encode_addresses``).

With ``weebly_forms`` off none of this is rendered and the site is unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import timedelta

from msqa_scraper.extract.cfemail import encode
from msqa_scraper.replica.body import Features, PostBody
from msqa_scraper.replica.clock import local, to_local
from msqa_scraper.replica.config import UPLOADS_DIR, SiteConfig
from msqa_scraper.replica.generate import post_id
from msqa_scraper.replica.model import PostSpec
from msqa_scraper.replica.nodes import Block, Heading, Para, Raw, Text
from msqa_scraper.replica.slugs import weebly_slug

FORM_PREFIX = "form:"
CONTACT = "askteam@example.org"
PRESS = "press.office@example.org"
_PLACEHOLDER = re.compile(r"%%CF:([^%<>\"\s]+)%%")


@dataclass(frozen=True)
class Form:
    kind: str
    title: str
    # (kind, url or uploads path, via) as the extractor should record them
    media: tuple[tuple[str, str, str], ...]
    text_free: bool
    # (url, text) of the answer's links as the extractor should record them
    links: tuple[tuple[str, str], ...] = ()


def _up(name: str) -> str:
    return f"{UPLOADS_DIR}/{name}"


FORMS: dict[str, Form] = {
    f.kind: f
    for f in (
        Form(
            "images_only",
            "Our clinic's new cooling room, in pictures",
            (
                ("image", _up("cooling-room-chairs_orig.jpg"), "img"),
                ("image", _up("cooling-room-fans_orig.jpg"), "img"),
            ),
            True,
        ),
        Form(
            "youtube_only",
            "Video: five stretches for stiff legs",
            (("iframe", "https://www.youtube.com/embed/Qx7StretchMS", "iframe"),),
            True,
        ),
        Form(
            "weebly_video",
            "Video: how an infusion day goes",
            (("video", _up("infusion-day_375.mp4"), "weebly-video"),),
            True,
        ),
        Form(
            "slideshow",
            "Walk MS 2024 in pictures",
            (
                ("image", _up("walk-start-line.jpg"), "slideshow"),
                ("image", _up("walk-volunteers.jpg"), "slideshow"),
                ("image", _up("walk-finish.jpg"), "slideshow"),
            ),
            True,
        ),
        Form(
            "video_audio",
            "Listen: a guided relaxation for fatigue days",
            (
                ("video", _up("relaxation-intro.mp4"), "video"),
                ("audio", _up("guided-relaxation.mp3"), "audio"),
            ),
            True,
        ),
        Form("empty", "Support group meeting moved to Thursday", (), True),
        Form(
            "heading_vimeo",
            "Watch our webinar on bladder symptoms",
            (("iframe", "https://player.vimeo.com/video/90417730", "iframe"),),
            False,
        ),
        Form(
            "contact_email",
            "How do I send my MRI report to the team?",
            (),
            False,
            ((f"mailto:{CONTACT}", CONTACT), (f"mailto:{PRESS}", PRESS)),
        ),
    )
}
FORM_KINDS = tuple(FORMS)


def _raw(markup: str) -> Raw:
    return Raw(markup)


def _image(name: str) -> Raw:
    return _raw(
        '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;'
        'padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">\n'
        f'<a>\n<img src="{_up(name)}" alt="Picture" style="width:auto;max-width:100%" />\n'
        '</a>\n<div style="display:block;font-size:90%"></div>\n</div></div>'
    )


def _custom_html(element_id: str, inner: str) -> Raw:
    return _raw(
        f'<div><div id="{element_id}" align="center" style="width: 100%; overflow-y: hidden;"'
        f' class="wcustomhtml">{inner}</div></div>'
    )


def _weebly_video(element_id: str, name: str) -> Raw:
    path = f"{UPLOADS_DIR.removeprefix('/uploads/')}/{name}"
    return _raw(
        f'<div class="wsite-video"><div title="Video: {name}" class="wsite-video-wrapper'
        f' wsite-video-height-226 wsite-video-align-center"><div id="wsite-video-container-'
        f'{element_id}" class="wsite-video-container" style="margin: 10px 0 10px 0;">'
        f'<iframe allowtransparency="true" allowfullscreen="true" frameborder="0" scrolling="no"'
        f' id="video-iframe-{element_id}" src="about:blank"></iframe><script>'
        f"var videoContent{element_id} = '<scr'+'ipt type=\"text/javascript\" src=\"//www.weebly"
        f".com/weebly/apps/generateVideo.php?source=weebly&output=js&elementid={element_id}"
        f'&ineditor=0&align=center&height=226&video={path}&image={path[:-4]}.jpg">'
        "\\x3C/script>';</script></div></div></div>"
    )


def _slideshow(element_id: str, names: tuple[str, ...]) -> Raw:
    prefix = UPLOADS_DIR.removeprefix("/uploads/")
    images = ",".join(f'{{"url":"{prefix}/{n}","width":"400","height":"266"}}' for n in names)
    return _raw(
        f"<div><div style=\"height:20px;overflow:hidden\"></div> <div id='{element_id}-slideshow'>"
        "</div>\n<script type='text/javascript'>\n(function(jQuery) {\nfunction init() {"
        f' wSlideshow.render({{elementID:"{element_id}",nav:"thumbnails",navLocation:"bottom",'
        f'transition:"fade",autoplay:"0",speed:"5",images:[{images}]}}) }}\n'
        "jQuery ? jQuery(init) : document.observe('dom:loaded', init)\n"
        "})(window._W && _W.jQuery)\n</script></div>"
    )


def _q(value: str) -> Para:
    return Para((Text(value),))


def _protected_link(address: str) -> Text:
    # The placeholder becomes Cloudflare's hex, with a new key in every response.
    return Text(
        address,
        f'<a href="/cdn-cgi/l/email-protection#%%CF:{address}%%"><span class="__cf_email__"'
        f' data-cfemail="%%CF:{address}%%">[email&#160;protected]</span></a>',
    )


def _protected_anchor(address: str) -> Text:
    return Text(
        address,
        f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__"'
        f' data-cfemail="%%CF:{address}%%">[email&#160;protected]</a>',
    )


def form_body(kind: str) -> PostBody:
    features = Features(question_label=False, answer_label=False, answer_join="div")
    question: Para | None = None
    answer: tuple[Block, ...] = ()
    if kind == "images_only":
        answer = (_image("cooling-room-chairs_orig.jpg"), _image("cooling-room-fans_orig.jpg"))
    elif kind == "youtube_only":
        answer = (
            _custom_html(
                "481275091827364510",
                '<iframe width="560" height="315" src="https://www.youtube.com/embed/Qx7StretchMS"'
                ' frameborder="0" allowfullscreen=""></iframe>',
            ),
        )
    elif kind == "weebly_video":
        answer = (_weebly_video("590318274615209384", "infusion-day_375.mp4"),)
    elif kind == "slideshow":
        answer = (
            _slideshow(
                "702913846120937465",
                ("walk-start-line.jpg", "walk-volunteers.jpg", "walk-finish.jpg"),
            ),
        )
    elif kind == "video_audio":
        answer = (
            _custom_html(
                "813049572610384756",
                f'<video controls width="480"><source src="{_up("relaxation-intro.mp4")}"'
                f' type="video/mp4"></video><audio controls src="{_up("guided-relaxation.mp3")}">'
                "</audio>",
            ),
        )
    elif kind == "heading_vimeo":
        answer = (
            Heading((Text("Our webinar with the continence nurse, recorded in August"),)),
            _custom_html(
                "924108375610293847",
                '<iframe src="https://player.vimeo.com/video/90417730" width="640" height="360"'
                ' frameborder="0" allow="fullscreen" allowfullscreen></iframe>',
            ),
        )
    elif kind == "contact_email":
        features = Features(answer_join="div")
        question = _q("My neurologist gave me a CD with my MRI. How do I get it to your team?")
        answer = (
            Para(
                (
                    Text("Please write to "),
                    _protected_link(CONTACT),
                    Text(" with the report attached; we answer within a week."),
                )
            ),
            Para(
                (
                    Text("Journalists can reach "),
                    _protected_anchor(PRESS),
                    Text(" instead."),
                )
            ),
        )
    return PostBody(question, answer, (), (), features)


def form_specs(config: SiteConfig) -> list[PostSpec]:
    """The form posts of ``config``, or [] when ``weebly_forms`` is off. Dated 1-9 September
    2024 (days that read both ways), in the first category if there is one."""
    if not config.weebly_forms:
        return []
    specs = []
    for n, form in enumerate(FORMS.values()):
        key = FORM_PREFIX + form.kind
        published = local(2024, 9, 1 + n, 9, 30, 0)
        specs.append(
            PostSpec(
                key=key,
                id=post_id(config.seed, key),
                slug=weebly_slug(form.title),
                title=form.title,
                published=published,
                lastmod=published + timedelta(minutes=10 + n),
                categories=(0,) if config.categories and n % 2 == 0 else (),
                comments_open=False,
                comment_count=0,
                features=Features(answer_join="div"),
            )
        )
    return specs


def form_kind(spec: PostSpec) -> str | None:
    return spec.key.removeprefix(FORM_PREFIX) if spec.key.startswith(FORM_PREFIX) else None


def encode_addresses(markup: str, rng: random.Random, *, obfuscate: bool = True) -> str:
    """Fill the address placeholders: Cloudflare's hex with a fresh key each (a page), or the
    plain address (the feed, which Cloudflare leaves alone)."""
    if "%%CF:" not in markup:
        return markup
    if not obfuscate:
        return _PLACEHOLDER.sub(lambda m: m[1], markup)
    return _PLACEHOLDER.sub(lambda m: encode(m[1], rng.randrange(1, 256)), markup)


def ambiguous(spec: PostSpec) -> PostSpec:
    """``spec`` moved to a day 1..12 of its month (``SiteConfig.ambiguous_dates``)."""
    from dataclasses import replace

    moment = to_local(spec.published)
    if moment.day <= 12:
        return spec
    published = local(
        moment.year, moment.month, (moment.day - 1) % 12 + 1, moment.hour, moment.minute
    )
    return replace(spec, published=published, lastmod=max(spec.lastmod, published))

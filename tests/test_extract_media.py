"""Media of a post body, and posts made only of media.

Real forms, each with its source (markup shortened, our own URLs):
- ``div.wcustomhtml`` with a YouTube, Giphy, Spotify or Interact-quiz iframe: FCE,
  tooniebuckerooni/fat-city-entertainment @5c50163b ``_tools/scraped/triviahostresources/``
  ``3-fun-games-you-can-download-and-play-at-valentines-day.html``,
  ``who-wants-to-win-music-bingo-cards.html``, ``how-well-do-you-know-the-avengers.html``;
- Weebly's video element, ``div.wsite-video`` with an ``about:blank`` iframe whose player a
  script writes from ``generateVideo.php?...&video=4/3/3/6/<user>/<file>.mp4``: FCE, same folder;
- a slideshow, ``div#<id>-slideshow`` and ``wSlideshow.render({... images:[{"url":
  "3/7/0/0/<user>/<file>.jpg", ...}]})``: IBA, abidasad/project-iba ``blog/cctv-new-
  technologies.html.tmp``;
- an empty ``div.blog-content`` (a title and a date only): FCE ``time-to-riff-out-some-amazing-
  tunes-...html``.
"""

from lxml import html

from msqa_scraper.extract.media import find_media
from msqa_scraper.extract.post import extract_post

URL = "http://h/blog/a-post"


def media(markup: str) -> list[tuple[str, str, str, str]]:
    root = html.fragment_fromstring(markup, create_parent="div")
    return [(m.kind, m.url, m.provider, m.via) for m in find_media(root, URL)]


def test_custom_html_iframes():
    found = media(
        '<div><div class="wcustomhtml"><iframe width="560" height="315"'
        ' src="https://www.youtube.com/embed/AbCdEf12345" allowfullscreen=""></iframe></div></div>'
        '<div class="wcustomhtml"><iframe src="https://giphy.com/embed/xyz" class="giphy-embed">'
        '</iframe><p><a href="https://giphy.com/gifs/xyz">via GIPHY</a></p></div>'
        '<iframe src="//player.vimeo.com/video/1234"></iframe>'
    )
    assert found == [
        ("iframe", "https://www.youtube.com/embed/AbCdEf12345", "youtube.com", "iframe"),
        ("iframe", "https://giphy.com/embed/xyz", "giphy.com", "iframe"),
        ("iframe", "http://player.vimeo.com/video/1234", "player.vimeo.com", "iframe"),
    ]


def test_images_video_audio_and_no_placeholder_sources():
    found = media(
        '<img src="/uploads/1/2/3/4/1234/a_orig.jpg" /><img src="data:image/gif;base64,R0lG" />'
        '<video controls><source src="/uploads/clip.mp4" type="video/mp4"></video>'
        '<audio controls src="talk.mp3"></audio><iframe src="about:blank"></iframe>'
    )
    assert found == [
        ("image", "http://h/uploads/1/2/3/4/1234/a_orig.jpg", "h", "img"),
        ("video", "http://h/uploads/clip.mp4", "h", "video"),
        ("audio", "http://h/blog/talk.mp3", "h", "audio"),
    ]


def test_weebly_video_player_and_slideshow_images_from_their_scripts():
    found = media(
        '<div class="wsite-video"><div class="wsite-video-container"><iframe src="about:blank">'
        "</iframe><script>var c = '<scr'+'ipt src=\"//www.weebly.com/weebly/apps/generateVideo"
        ".php?source=weebly&output=js&elementid=5&video=1/2/3/4/1234/clip_375.mp4&image=1/2/3/4/"
        "1234/clip_375.jpg\">\\x3C/script>';</script></div></div>"
        "<div id='77-slideshow'></div><script type='text/javascript'>function init() {"
        ' wSlideshow.render({elementID:"77",nav:"thumbnails",images:[{"url":"1\\/2\\/3\\/4\\/'
        '1234\\/one.jpg","width":"400"},{"url":"1/2/3/4/1234/two.jpg","width":"400"}]}) }'
        "</script>"
    )
    assert found == [
        ("video", "http://h/uploads/1/2/3/4/1234/clip_375.mp4", "h", "weebly-video"),
        ("image", "http://h/uploads/1/2/3/4/1234/one.jpg", "h", "slideshow"),
        ("image", "http://h/uploads/1/2/3/4/1234/two.jpg", "h", "slideshow"),
    ]


def test_each_medium_once():
    assert len(media('<img src="/a.jpg"><a href="/a.jpg"><img src="/a.jpg"></a>')) == 1


PAGE = """<html><body class="wsite-blog-post"><div id="wsite-content">
<div id="blog-post-223344556677889900" class="blog-post"><div class="blog-header">
<h2 class="blog-title"><a class="blog-title-link blog-link" href="//h/blog/a-post">A video</a>
</h2><p class="blog-date"><span class="date-text">
\t\t9/14/2023
\t</span></p></div>
<div class="blog-content">{content}</div></div>
</div><div id="commentArea"></div></body></html>"""


def test_a_video_only_post_is_a_post_without_text():
    content = (
        '<div><div class="wcustomhtml"><iframe src="https://www.youtube.com/embed/AbCdEf12345">'
        "</iframe></div></div>"
    )
    post = extract_post(PAGE.format(content=content), URL, "http://h/blog")
    assert (post.id, post.title, post.posted_date) == (
        "223344556677889900",
        "A video",
        "2023-09-14",
    )
    assert (post.question, post.answer, post.text_free) == ("", "", True)
    assert [m.url for m in post.media] == ["https://www.youtube.com/embed/AbCdEf12345"]
    assert "iframe" not in post.answer_html
    assert post.problems == ["no answer text: a media-only post (1 media)"]


def test_an_empty_post_is_kept_with_a_note():
    post = extract_post(PAGE.format(content="  "), URL, "http://h/blog")
    assert (post.question, post.answer, post.text_free, post.media) == ("", "", True, [])
    assert post.problems == ["no answer text: the post body is empty"]


def test_a_heading_and_an_embed_keep_both():
    content = (
        '<h2 class="wsite-content-title">Our webinar, recorded</h2><div class="wcustomhtml">'
        '<iframe src="https://player.vimeo.com/video/1"></iframe></div>'
    )
    post = extract_post(PAGE.format(content=content), URL, "http://h/blog")
    assert post.answer == "Our webinar, recorded" and not post.text_free
    assert [m.kind for m in post.media] == ["iframe"]


def test_a_text_post_that_lost_its_answer_is_not_text_free():
    content = '<div class="paragraph">Question: Is heat bad for MS?</div>'
    post = extract_post(PAGE.format(content=content), URL, "http://h/blog")
    assert not post.text_free


def test_a_question_answered_by_a_video_keeps_its_question():
    content = (
        '<div class="paragraph">Question: Which stretches help stiff legs?</div>'
        '<div class="wcustomhtml"><iframe src="https://www.youtube.com/embed/AbCdEf12345">'
        "</iframe></div>"
    )
    post = extract_post(PAGE.format(content=content), URL, "http://h/blog")
    assert post.text_free and post.answer == ""
    assert post.question == "Which stretches help stiff legs?"
    assert "no answer text: the answer is media only (1 media)" in post.problems

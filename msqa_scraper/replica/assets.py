"""Static files the pages reference by root-relative URL: theme CSS and JS, uploaded images."""

from __future__ import annotations

import base64
from functools import cache

from msqa_scraper.replica.chrome import inline_style
from msqa_scraper.replica.compose import IMAGES
from msqa_scraper.replica.config import UPLOADS_DIR

# A 1x1 JPEG and a 1x1 PNG: the replica serves placeholders, not the uploads themselves.
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////"
    "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB"
    "PxA="
)
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5E"
    "rkJggg=="
)
_PLUGINS_JS = (
    "/* Theme plugins */\n(function($){$.fn.birdseyeNav=function(){return this.each(function(){"
    "var $n=$(this);$n.find('.hamburger').on('click',function(e){e.preventDefault();"
    "$('body').toggleClass('nav-open');});});};})(jQuery);\n"
)
_CUSTOM_JS = (
    "jQuery(function($){$('.birdseye-header').birdseyeNav();"
    "$(window).on('scroll',function(){$('body').toggleClass('affix',$(window).scrollTop()>40);});});\n"
)


@cache
def main_style() -> str:
    css = inline_style().removeprefix("<style type='text/css'>").removesuffix("</style>")
    return (
        "body{background:#fff;color:#333;margin:0}\n.wrapper{min-height:100%}\n"
        "#blogTable td.blog-sidebar{width:30%;padding-left:30px}\n"
        ".blog-post{padding-bottom:40px}\n" + css
    )


def static_file(path: str) -> tuple[bytes, str] | None:
    """(body, content type) for an asset path (query string already removed), else None."""
    if path == "/files/main_style.css":
        return main_style().encode(), "text/css"
    if path == "/files/theme/plugins.js":
        return _PLUGINS_JS.encode(), "application/javascript"
    if path == "/files/theme/custom.js":
        return _CUSTOM_JS.encode(), "application/javascript"
    for name, _ in IMAGES:
        if path == f"{UPLOADS_DIR}/{name.split('?')[0]}":
            return (_PNG, "image/png") if name.endswith(".png") else (_JPEG, "image/jpeg")
    return None

"""Site chrome around every page: the Weebly <head> fingerprint, theme header, the nav (desktop,
mobile and as flyout JSON), the blog's header section, footer and trailing scripts.

The inline style is generated the way Weebly writes its theme-font overrides (one long
selector list per element group, repeated per breakpoint), which is what makes a real post
page weigh 30-60 KB before any content.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import cache

from msqa_scraper.replica.config import (
    BLOG_NAME,
    BLOG_PATH,
    BLOG_SLUG,
    SITE_ID,
    SITE_TITLE,
    USER_ID,
    WELCOME_TEXT,
    WELCOME_TITLE,
)
from msqa_scraper.replica.content import SITE_PAGES

BUILD_TIME = "1727470817"
THEME_STAMP = "1727739644"


def attr(value: str) -> str:
    """An attribute value as Weebly escapes it (``'`` as ``&#039;``)."""
    return (
        value.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("'", "&#039;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def text(value: str) -> str:
    return html.escape(value, quote=False)


@dataclass(frozen=True)
class NavItem:
    page_id: str
    title: str
    url: str
    name: str  # Weebly page name, used in body classes
    children: tuple[NavItem, ...] = ()


_PAGE_IDS = {
    "index": "285735612305791244",
    "virtual-ms-center": "417720535891622306",
    BLOG_SLUG: "906312878213649105",
    "about": "143986620735128842",
    "privacy-policy": "772154031918437566",
    "contact": "530168944216703117",
}


@cache
def nav_items() -> tuple[NavItem, ...]:
    pages = {
        name: NavItem(_PAGE_IDS[name], title, path, name) for path, title, name, _ in SITE_PAGES
    }
    blog = NavItem(_PAGE_IDS[BLOG_SLUG], BLOG_NAME, f"{BLOG_PATH}.html", BLOG_SLUG)
    about = NavItem(
        pages["about"].page_id, "About", "/about.html", "about", (pages["privacy-policy"],)
    )
    return (pages["index"], pages["virtual-ms-center"], blog, about, pages["contact"])


def _nav_html(active: str) -> str:
    out = ['<ul class="wsite-menu-default">']
    for item in nav_items():
        li_id = "active" if item.name == active else f"pg{item.page_id}"
        out.append(
            f'\t\t<li id="{li_id}" class="wsite-menu-item-wrap">\n'
            f'\t\t\t<a href="{item.url}" class="wsite-menu-item">\n'
            f"\t\t\t\t{text(item.title)}\n\t\t\t</a>"
        )
        if item.children:
            out.append('\t\t\t<div class="wsite-menu-wrap" style="display:none">')
            out.append('\t\t\t\t<ul class="wsite-menu">')
            for child in item.children:
                out.append(
                    f'\t\t\t\t\t<li id="wsite-nav-{child.page_id}" class="wsite-menu-subitem-wrap '
                    f'">\n\t\t\t\t\t\t<a href="{child.url}" class="wsite-menu-subitem">\n'
                    f'\t\t\t\t\t\t\t<span class="wsite-menu-title">\n'
                    f"\t\t\t\t\t\t\t\t{text(child.title)}\n\t\t\t\t\t\t\t</span>\n"
                    "\t\t\t\t\t\t</a>\n\t\t\t\t\t</li>"
                )
            out.append("\t\t\t\t</ul>\n\t\t\t</div>")
        out.append("\t\t</li>")
    out.append("</ul>")
    return "\n".join(out)


def _flyout_json() -> str:
    def entry(item: NavItem) -> dict:
        data = {
            "id": item.page_id,
            "title": item.title,
            "url": item.url.lstrip("/") or "index.html",
            "target": "",
            "nav_menu": False,
            "nonclickable": False,
        }
        if item.children:
            data["children"] = [entry(c) for c in item.children]
        return data

    return json.dumps([entry(i) for i in nav_items()], separators=(",", ":")).replace("/", "\\/")


# Element groups of Weebly's theme-font overrides, and the scopes each is repeated in.
_FONT_GROUPS = (
    (
        "div.paragraph, p, .product-block .product-title, .product-description,"
        " .wsite-form-field label, .wsite-form-field label",
        'font-family:"Lato" !important;',
    ),
    ("h2, .wsite-content-title, .product-long .product-title, .product-large .product-title", ""),
    (".blog-header h2 a, .blog-title-link", 'font-family:"Montserrat" !important;'),
    (".wsite-image div, .wsite-caption", ""),
    (".wsite-not-footer blockquote, .wsite-footer blockquote", ""),
    (".galleryCaptionInnerText, .fancybox-title, .wslide-caption-text", ""),
    (".wsite-headline, .wsite-header-section .wsite-content-title", ""),
    (".wsite-headline-paragraph, .wsite-header-section .paragraph", ""),
    (".wsite-button-inner, .wsite-button-large .wsite-button-inner", ""),
    (".blog-date, .date-text, .blog-comments a", "color:#8c8c8c !important;"),
    (".blog-sidebar h2, .blog-archives-title, .blog-category-title", ""),
    (".wsite-product .wsite-product-price a, #wsite-content h2.wsite-product-title", ""),
    (".wsite-form-label, .wsite-form-sublabel, .wsite-form-input", ""),
)
_SCOPES = (
    ".wsite-elements.wsite-not-footer:not(.wsite-header-elements) ",
    "#wsite-content ",
    ".blog-sidebar ",
    ".wsite-elements.wsite-header-elements ",
    ".wsite-elements.wsite-footer ",
)
_SITE_RULES = (
    ("#wsite-title", 'font-family:"Montserrat" !important;text-transform:  none !important;'),
    (".wsite-menu-default a", 'font-family:"Montserrat" !important;'),
    (".wsite-menu a", ""),
    (".wsite-phone", ""),
)
_MEDIA = ("", "@media screen and (min-width: 767px) {", "@media screen and (max-width: 767px) {")


@cache
def inline_style() -> str:
    blocks = []
    for media in _MEDIA:
        rules = []
        for selectors, declarations in _FONT_GROUPS:
            parts = [s.strip() for s in selectors.split(",")]
            listed = ", ".join(scope + p for scope in _SCOPES for p in parts)
            rules.append(f"{listed} {{{declarations if not media else ''}}}")
        rules += [f"{sel} {{{decl if not media else ''}}}" for sel, decl in _SITE_RULES]
        body = "\n".join(rules)
        blocks.append(f"{media}{body}}}" if media else body)
    return "<style type='text/css'>" + "\n".join(blocks) + "\n</style>"


_RPC_ACTIONS = (
    "login",
    "logout",
    "getSessionDetails",
    "setAccountDetails",
    "getOrders",
    "register",
    "emailExists",
    "passwordReset",
    "passwordUpdate",
    "validateSession",
)


@cache
def _head_scripts() -> str:
    actions = json.dumps(
        {
            "url": "/ajax/api/JsonRPC/CustomerAccounts/",
            "actions": {
                "CustomerAccounts": [
                    {"name": a, "len": 2, "multiple": False, "standalone": False}
                    for a in _RPC_ACTIONS
                ]
            },
        },
        separators=(",", ":"),
    ).replace("/", "\\/")
    return f"""<script>
var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';
</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>

<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime={BUILD_TIME}&"></script>
<script src="//cdn2.editmysite.com/js/site/main.js?buildTime={BUILD_TIME}"></script><script type="text/javascript">
		function initCustomerAccountsModels() {{
					(function(){{_W.setup_rpc({actions});
}})();
		}}
		</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main-customer-accounts-site.js?buildTime={BUILD_TIME}"></script>

<script type="text/javascript">_W = _W || {{}};
			_W.securePrefix='www.weebly.com';</script><script>_W = _W || {{}};
			_W.customerLocale = "en_US";
			_W.storeName = null;
			_W.isCheckoutReskin = false;
			_W.storeCountry = "US";
			_W.storeCurrency = "USD";
			_W.storeEuPrivacyPolicyUrl = "";
			com_currentSite = "{SITE_ID}";
			com_userID = "{USER_ID}";</script><script type="text/javascript">_W.resellerSite = false;</script><script type="text/javascript">_W.configDomain = "www.weebly.com";</script><script>_W.relinquish && _W.relinquish()</script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime={BUILD_TIME}&"></script><script> _W.themePlugins = [];</script><script type="text/javascript"> _W.recaptchaUrl = "https://www.google.com/recaptcha/api.js"; </script><script type="text/javascript">
		(function(w,d){{
			w._gaq = w._gaq || [];
			w._gaq.push(['_setAccount', 'UA-7870337-1']);
			w._gaq.push(['_setDomainName', 'none']);
			w._gaq.push(['_setAllowLinker', true]);
			w._gaq.push(['_trackPageview']);
			var ga = d.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
			ga.src = ('https:' == d.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
			var s = d.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
		}})(window,document);
		</script>"""  # noqa: E501 (verbatim Weebly markup)


_MENU_TEMPLATES = {
    "navigation/item": (
        '<li {{#id}}id="{{id}}"{{/id}} class="wsite-menu-item-wrap">\n\t<a\n'
        '\t\t{{^nonclickable}}\n\t\t\t{{^nav_menu}}\n\t\t\t\thref="{{url}}"\n\t\t\t{{/nav_menu}}\n'
        '\t\t{{/nonclickable}}\n\t\t{{#target}}\n\t\t\ttarget="{{target}}"\n\t\t{{/target}}\n'
        '\t\t{{#membership_required}}\n\t\t\tdata-membership-required="{{.}}"\n'
        '\t\t{{/membership_required}}\n\t\tclass="wsite-menu-item"\n\t\t>\n\t\t{{{title_html}}}\n'
        "\t</a>\n\t{{#has_children}}{{> navigation/flyout/list}}{{/has_children}}\n</li>\n"
    ),
    "navigation/flyout/list": (
        '<div class="wsite-menu-wrap" style="display:none">\n\t<ul class="wsite-menu">\n'
        "\t\t{{#children}}{{> navigation/flyout/item}}{{/children}}\n\t</ul>\n</div>\n"
    ),
    "navigation/flyout/item": (
        '<li {{#id}}id="{{id}}"{{/id}}\n\tclass="wsite-menu-subitem-wrap {{#is_current}}'
        'wsite-nav-current{{/is_current}}"\n\t>\n\t<a\n\t\t{{^nonclickable}}\n'
        '\t\t\t{{^nav_menu}}\n\t\t\t\thref="{{url}}"\n\t\t\t{{/nav_menu}}\n\t\t{{/nonclickable}}\n'
        '\t\tclass="wsite-menu-subitem"\n\t\t>\n\t\t<span class="wsite-menu-title">\n'
        '\t\t\t{{{title_html}}}\n\t\t</span>{{#has_children}}<span class="wsite-menu-arrow">'
        "&gt;</span>{{/has_children}}\n\t</a>\n"
        "\t{{#has_children}}{{> navigation/flyout/list}}{{/has_children}}\n</li>\n"
    ),
}


def _flyout_script(active_id: str) -> str:
    templates = json.dumps(_MENU_TEMPLATES, separators=(",", ":")).replace("/", "\\/")
    return f"""<script type="text/javascript"><!--
	var DISABLE_NAV_MORE = 1;
	if (typeof(_W) == 'undefined') {{ _W = {{}}; }}
	(function(jQuery){{
	function initFlyouts(){{
		initPublishedFlyoutMenus(
			{_flyout_json()},
			"{active_id}",
			'<li class="wsite-menu-item-wrap"><a href="#" class="wsite-menu-item">More...</a></li>',
			'active',
			false,
			{templates}
		)
	}}
	if (jQuery) {{
		if (jQuery.browser.msie) window.onload = initFlyouts;
		else jQuery(initFlyouts);
	}}else{{
		if (Prototype.Browser.IE) window.onload = initFlyouts;
		else document.observe('dom:loaded', initFlyouts);
	}}
	}})(window._W && _W.jQuery);
	//-->
	</script>"""


def head(
    title: str,
    og: list[tuple[str, str]],
    *,
    description: str | None = None,
    extra: str = "",
) -> str:
    """``<head>`` as Weebly serves it: title and og:site_name share a line, no canonical.
    ``extra`` goes last (the synthetic huge page's inline script)."""
    metas = "\n".join(f'<meta property="{p}" content="{attr(v)}" />' for p, v in og)
    desc = f'<meta name="description" content="{attr(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html>
<html lang="en">
	<head><title>{text(title)}</title><meta property="og:site_name" content="{attr(SITE_TITLE)}" />
{metas}

<meta http-equiv='cache-control' content='no-cache' />
{desc}<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />


		<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime={BUILD_TIME}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?{BUILD_TIME}" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime={BUILD_TIME}" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?{THEME_STAMP}" title="wsite-theme-css" />
<link href='//cdn2.editmysite.com/fonts/Lato/font.css?2' rel='stylesheet' type='text/css' />
<link href='//cdn2.editmysite.com/fonts/Montserrat/font.css?2' rel='stylesheet' type='text/css' />
{inline_style()}
		{_head_scripts()}{extra}
	</head>"""  # noqa: E501 (verbatim Weebly markup)


def _header(active: str) -> str:
    return f"""
		<div class="wrapper">
			<div class="birdseye-header">
				<div class="nav-wrap">
					<div class="container">
						<a class="hamburger" aria-label="Menu" href="#"><span></span></a>
						<div class="logo"><span class="wsite-logo">
	<a href="/">
		<span id="wsite-title">{text(SITE_TITLE)}</span>
	</a>
</span></div>
						<div class="nav desktop-nav">{_nav_html(active)}</div>
						<div class="search"><div class="wsite-search-wrapper">
	<form id="wsite-header-search-form" action="/apps/search" method="get">
		<input type="text" name="q" id="wsite-header-search-input" autocomplete="off" placeholder="Search" />
		<button id="wsite-header-search-submit" class="wsite-search-button" type="submit">Search</button>
	</form>
</div></div>
					</div>
				</div>
			</div>"""  # noqa: E501 (verbatim Weebly markup)


def _welcome_section() -> str:
    """The blog page's header section: above #blogTable on every blog page, never post text."""
    return f"""
			<div class="banner-wrap">
				<div class="wsite-elements wsite-not-footer wsite-header-elements">
	<div class="wsite-section-wrap">
	<div class="wsite-section wsite-header-section wsite-section-bg-color" style="background-color: #eef3f7;">
		<div class="wsite-section-content">
          <div class="container">
			<div class="wsite-section-elements">
				<h2 class="wsite-content-title">{text(WELCOME_TITLE)}</h2>
				<div class="paragraph">{text(WELCOME_TEXT)}</div>
			</div>
		</div>
      </div>
	</div>
	</div>
				</div>
			</div>"""  # noqa: E501 (verbatim Weebly markup)


def _footer(active: str, active_id: str) -> str:
    return f"""
			<div class="footer-wrap">
				<div class="container">
					<div class="footer"><div class='wsite-elements wsite-footer'>
<div class="paragraph" style="text-align:center;">Copyright 2024 &copy; {text(SITE_TITLE)}. All rights reserved.</div>
</div></div>
				</div>
			</div>
		</div>
		<div class="nav mobile-nav">
			{_nav_html(active)}
		</div>

		<script type="text/javascript" src="/files/theme/plugins.js?{THEME_STAMP}"></script>
		<script type="text/javascript" src="/files/theme/custom.js?{THEME_STAMP}"></script>
		<div id="customer-accounts-app"></div>
		{_flyout_script(active_id)}
	</body>
</html>
"""  # noqa: E501 (verbatim Weebly markup)


def page(
    *,
    head_html: str,
    body_class: str,
    active: str,
    main: str,
    welcome: bool,
) -> str:
    """A full page. ``active`` is the Weebly page name of the nav entry to mark active."""
    active_id = _PAGE_IDS.get(active, "")
    banner = _welcome_section() if welcome else ""
    return (
        f'{head_html}\n\t<body class="{body_class}">'
        f"{_header(active)}{banner}\n"
        f'\t\t\t<div class="main-wrap">\n\t\t\t\t<div class="container">\n{main}\n'
        f"\t\t\t\t</div>\n\t\t\t</div>{_footer(active, active_id)}"
    )

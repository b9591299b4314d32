import pytest

from msqa_scraper.extract.urls import BlogUrls, PageRef

BASE = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"
PAGE = BASE + "/previous/2"


@pytest.fixture
def urls():
    return BlogUrls(BASE)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/q--a-for-virtual-ms-center", BASE),
        ("/q--a-for-virtual-ms-center.html", BASE),
        ("/q--a-for-virtual-ms-center/previous/1", BASE),
        ("/q--a-for-virtual-ms-center/previous/3", BASE + "/previous/3"),
        ("//www.healthcarejourney.com/q--a-for-virtual-ms-center/some-post", BASE + "/some-post"),
        ("https://healthcarejourney.com/q--a-for-virtual-ms-center/some-post", BASE + "/some-post"),
        ("/2/post/2024/09/some-post.html", BASE + "/some-post"),
        ("/q--a-for-virtual-ms-center/category/all/1", BASE + "/category/all"),
        ("/q--a-for-virtual-ms-center/archives/09-2024/2", BASE + "/archives/09-2024/2"),
        ("/q--a-for-virtual-ms-center/some-post#comments", BASE + "/some-post"),
    ],
)
def test_canonical_forms(urls, href, expected):
    assert urls.canonical(href, PAGE)[0] == expected


@pytest.mark.parametrize(
    "href",
    [
        "https://www.nationalmssociety.org/",
        "mailto:someone@example.org",
        "javascript:void(0)",
        "/apps/search?q=lemtrada",
        "/uploads/4/3/3/picture.jpg",
        "/about.html",
        "#comments",
    ],
)
def test_not_blog_pages(urls, href):
    assert urls.canonical(href, PAGE) is None


def test_classify(urls):
    assert urls.classify(BASE + "/category/diet--lifestyle/2") == PageRef(
        "category", "diet--lifestyle", 2
    )
    assert urls.classify("http://www.healthcarejourney.com/2/feed") == PageRef("feed")
    assert urls.classify(BASE + "/feed") == PageRef("feed")
    assert urls.classify("http://www.healthcarejourney.com/sitemap.xml") == PageRef("sitemap")


def test_base_url_spellings():
    assert BlogUrls(BASE + ".html").base_url == BASE
    assert BlogUrls(BASE + "/").base_url == BASE
    with pytest.raises(ValueError):
        BlogUrls("not a url")


# Mirrors and exports save each page as a file and rewrite links to match (IBA,
# abidasad/project-iba, HTTrack: blog.html links "blog/archives/01-2015.html",
# "blog/street-cctv.html"; category pages "blog/category/cctv/2.html"). Pre-2014 Weebly
# listings were /N/archives/MM-YYYY.html (whistler/weebly-to-wordpress sitemap.xml).
@pytest.mark.parametrize(
    ("href", "page", "expected"),
    [
        ("/q--a-for-virtual-ms-center/previous/2.html", PAGE, BASE + "/previous/2"),
        ("/q--a-for-virtual-ms-center/category/mri.html", PAGE, BASE + "/category/mri"),
        ("/q--a-for-virtual-ms-center/category/mri/2.html", PAGE, BASE + "/category/mri/2"),
        ("/q--a-for-virtual-ms-center/category/all.html", PAGE, BASE + "/category/all"),
        ("/q--a-for-virtual-ms-center/archives/12-2017.html", PAGE, BASE + "/archives/12-2017"),
        ("q--a-for-virtual-ms-center/some-post.html", BASE, BASE + "/some-post"),
        ("../some-post.html", BASE + "/category/mri", BASE + "/some-post"),
        ("3.html", PAGE, BASE + "/previous/3"),
        ("/2/archives/12-2017.html", PAGE, BASE + "/archives/12-2017"),
        ("/2/category/mri.html", PAGE, BASE + "/category/mri"),
    ],
)
def test_html_spellings_fold_onto_the_canonical_form(urls, href, page, expected):
    assert urls.canonical(href, page)[0] == expected


def test_category_all_html_is_the_all_category_not_a_category_named_all_html(urls):
    assert urls.classify(BASE + "/category/all.html") == PageRef("category", "all")

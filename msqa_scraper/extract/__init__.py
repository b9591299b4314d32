"""Pure extraction: HTML or XML in, typed records out. No Scrapy, no I/O."""

from msqa_scraper.extract.feeds import parse_feed, parse_sitemap
from msqa_scraper.extract.listing import extract_listing
from msqa_scraper.extract.page import NotABlogPage, extract_disclaimer, is_complete
from msqa_scraper.extract.post import extract_post
from msqa_scraper.extract.records import Category, Expert, Link, ListingEntry, ListingPage, Post
from msqa_scraper.extract.urls import BlogUrls, PageRef

__all__ = [
    "BlogUrls",
    "Category",
    "Expert",
    "Link",
    "ListingEntry",
    "ListingPage",
    "NotABlogPage",
    "PageRef",
    "Post",
    "extract_disclaimer",
    "extract_listing",
    "extract_post",
    "is_complete",
    "parse_feed",
    "parse_sitemap",
]

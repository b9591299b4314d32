"""The reference crawler: a bare Scrapy spider that follows every same-site link and extracts
nothing. No pipelines, no project settings; only the politeness-off settings ``msqa crawl``
gets in the benchmark (robots.txt still obeyed).

    python bench/bare_spider.py BLOG_URL --stats OUT.json
    python bench/bare_spider.py BLOG_URL --stats OUT.json --urls LIST.txt

writes the crawl's Scrapy stats (plus ``bench/pages`` = responses parsed) to OUT.json. With
``--urls`` it is the fetch-only floor instead: it requests exactly the URLs of LIST.txt (one a
line: what ``msqa crawl`` fetched), parses nothing and follows nothing, with the engine settings
msqa uses (``FLOOR_SETTINGS``), so it costs what Scrapy itself costs msqa for those responses.
"""

from __future__ import annotations

import argparse
import json
import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor

USER_AGENT = "msqa-bench-bare-spider/1 (+loopback benchmark)"
SETTINGS = {
    "ROBOTSTXT_OBEY": True,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "USER_AGENT": USER_AGENT,
    "TELNETCONSOLE_ENABLED": False,
    "ITEM_PIPELINES": {},
}
# The floor runs Scrapy as msqa_scraper/settings.py configures it (per-response overhead).
FLOOR_SETTINGS = {"CONCURRENT_ITEMS": 1, "WARN_ON_GENERATOR_RETURN_VALUE": False}


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url: str, urls: list[str] | None = None, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = urls or [start_url]
        self.follow_links = not urls
        parts = urlsplit(start_url)
        self.allowed_domains = [parts.hostname or ""]
        # LinkExtractor compares whole netlocs, port included.
        self.links = LinkExtractor(allow_domains=[parts.netloc])

    def parse(self, response: Response):
        self.crawler.stats.inc_value("bench/pages")
        if not self.follow_links or not isinstance(response, HtmlResponse):
            return  # the fetch-only floor, or the feed (no HTML links to follow)
        for link in self.links.extract_links(response):
            yield response.follow(link.url, callback=self.parse)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("start_url")
    parser.add_argument("--stats", required=True, help="write the crawl's stats here (JSON)")
    parser.add_argument("--urls", help="fetch only these URLs (one a line), follow nothing")
    args = parser.parse_args(argv)
    urls = None
    if args.urls:
        with open(args.urls, encoding="utf-8") as lines:
            urls = [line.strip() for line in lines if line.strip()]
    process = CrawlerProcess({**SETTINGS, **(FLOOR_SETTINGS if urls else {})})
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, start_url=args.start_url, urls=urls)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    with open(args.stats, "w", encoding="utf-8") as out:
        json.dump(stats, out, default=str, indent=1)
    return 0 if stats.get("finish_reason") == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())

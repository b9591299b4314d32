"""Scrapy settings: polite by default. Tests and benchmarks turn politeness off explicitly."""

import os

from msqa_scraper import PROJECT_URL, __version__

BOT_NAME = "msqa_scraper"
SPIDER_MODULES = ["msqa_scraper.spiders"]
NEWSPIDER_MODULE = "msqa_scraper.spiders"

# Identify ourselves honestly, with a way to reach the maintainers.
USER_AGENT = f"msqa-scraper/{__version__} (+{PROJECT_URL})"
ROBOTSTXT_OBEY = True
# One request at a time per site, with a pause between them: a small blog on shared hosting.
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 2.0
# ±50% around the delay, so requests do not arrive like clockwork.
DOWNLOAD_DELAY_JITTER = 0.5
DOWNLOAD_TIMEOUT = 30
# A Weebly post page is ~60 KB; anything past this is not a page of the blog.
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 4
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Wait before retrying (Retry-After when sent, else exponential back-off), up to a minute.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
TELNETCONSOLE_ENABLED = False
# The pipelines are synchronous: with Scrapy's default of 100, every response spawns 100 worker
# tasks to process a callback's one item (a fifth of the crawl's CPU in bench/README.md).
CONCURRENT_ITEMS = 1
# A development-time check that re-parses callback source code on every request.
WARN_ON_GENERATOR_RETURN_VALUE = False
COOKIES_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# A <meta http-equiv="refresh"> inside an answer is content, not navigation.
METAREFRESH_ENABLED = False
# A redirect chain longer than this is a loop (a redirect back to a page already requested is
# dropped as a duplicate and counted as a loop too).
REDIRECT_MAX_TIMES = 5
# Checked by the crawl policy (counted as skipped), not by Scrapy's silent spider middleware.
URLLENGTH_LIMIT = 2083
# A recrawl's listings may show at most max(MSQA_GROWTH_FLOOR, MSQA_GROWTH_FACTOR x the posts
# the archive or sitemap knows) posts; a listing chain is never followed past
# MSQA_MAX_LISTING_PAGES pages. Past either the crawl stops following listings: partial.
MSQA_GROWTH_FACTOR = 3.0
MSQA_GROWTH_FLOOR = 1000
MSQA_MAX_LISTING_PAGES = 5000
# Cap the archive's size in bytes (0: none); writes past it fail like a full disk.
MSQA_DB_MAX_BYTES = 0

SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
}

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's offsite check ignores the port; ours compares scheme, host and port.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "msqa_scraper.middlewares.OriginMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "msqa_scraper.middlewares.BackoffRetryMiddleware": 550,
    # Between decompression (590) and retries (550): sees every attempt, body decoded.
    "msqa_scraper.middlewares.CaptureResponsesMiddleware": 580,
}

ITEM_PIPELINES = {
    "msqa_scraper.pipelines.validate_post.ValidatePostPipeline": 200,
    "msqa_scraper.pipelines.store_post.StorePostPipeline": 800,
}

# The archive. "" disables storage (plain feed exports with -O).
MSQA_DB = os.environ.get("MSQA_DB", "data/msqa.sqlite")

"""msqa-scraper: a Scrapy scraper and archiver for multiple sclerosis expert Q&A blogs."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/msqa-scraper/msqa-scraper"

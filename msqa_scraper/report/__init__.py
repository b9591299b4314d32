"""The self-contained HTML report (``msqa report``)."""

from msqa_scraper.report.page import build_report

__all__ = ["build_report"]

"""The self-contained HTML report (``msqa report``)."""

from msqa_scraper.exports.report.page import build_report

__all__ = ["build_report"]

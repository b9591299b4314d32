"""Exit codes of ``msqa`` commands, documented in README.md and docs/scheduling.md."""

OK = 0  # the crawl completed
BAD_INPUT = 2  # bad command-line input (click uses 2 for usage errors too)
PARTIAL = 3  # the crawl finished but some pages failed: nothing was marked removed
FAILED = 4  # the crawl failed (site unreachable, nothing captured, template drift)
LOCKED = 5  # another crawl holds the database's lock
DATABASE = 6  # the database cannot be opened or written

BY_STATUS = {"complete": OK, "partial": PARTIAL, "failed": FAILED}

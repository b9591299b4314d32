"""Where a crawl's log goes: stderr (quiet unless asked), ``--log-file``, and the progress line.

A scheduler mails or journals everything on stderr, so when stderr is not a terminal only
warnings and errors go there; INFO (Scrapy's version dump, settings, stats) goes to the log
file. ``-v`` or an explicit ``-s LOG_LEVEL=...`` puts the full level back on stderr. When the
progress line is shown, log records are printed above it by the same console (rich), never
onto it.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from rich.console import Console
from rich.live import Live
from rich.text import Text
from scrapy.settings import Settings


@dataclass(frozen=True)
class LogPlan:
    """The levels chosen for one crawl (numeric ``logging`` levels)."""

    stderr_level: int
    file_level: int


def log_plan(
    settings: Settings, *, verbose: bool, stderr_is_terminal: bool, progress: bool
) -> LogPlan:
    level = logging.getLevelName(str(settings.get("LOG_LEVEL", "INFO")).upper())
    if not isinstance(level, int):
        level = logging.INFO
    explicit = (settings.getpriority("LOG_LEVEL") or 0) >= 40  # a -s LOG_LEVEL=... override
    if verbose or explicit or (stderr_is_terminal and not progress):
        return LogPlan(level, level)
    return LogPlan(max(level, logging.WARNING), level)


class ProgressConsole:
    """A rich live line on stderr; ``print`` writes a line above it."""

    def __init__(self, stream=None) -> None:
        self.console = Console(file=stream or sys.stderr, highlight=False, markup=False)
        self.live = Live(Text(""), console=self.console, auto_refresh=False, transient=False)
        self.started = False

    def start(self) -> None:
        if not self.started:
            self.live.start()
            self.started = True

    def update(self, text: str) -> None:
        self.live.update(Text(text), refresh=True)

    def print(self, text: str) -> None:
        self.console.print(Text(text), soft_wrap=True)

    def stop(self) -> None:
        if self.started:
            self.live.stop()
            self.started = False


class _ConsoleHandler(logging.Handler):
    def __init__(self, target: ProgressConsole) -> None:
        super().__init__()
        self.target = target

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.target.print(self.format(record))
        except Exception:
            self.handleError(record)


# The one progress console of this process (a crawl runs once per process).
_PROGRESS: ProgressConsole | None = None


def progress_console() -> ProgressConsole | None:
    return _PROGRESS


def configure_logging(
    settings: Settings,
    *,
    log_file: str | None,
    verbose: bool,
    progress: bool,
) -> LogPlan:
    """Install this crawl's handlers on the root logger (instead of Scrapy's one handler)."""
    global _PROGRESS  # one crawl per process
    plan = log_plan(
        settings, verbose=verbose, stderr_is_terminal=sys.stderr.isatty(), progress=progress
    )
    formatter = logging.Formatter(settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT"))
    root = logging.getLogger()
    root.setLevel(min(plan.stderr_level, plan.file_level))
    handler: logging.Handler
    if progress:
        _PROGRESS = ProgressConsole()
        handler = _ConsoleHandler(_PROGRESS)
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(plan.stderr_level)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if log_file:
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
        file_handler.setLevel(plan.file_level)
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
    return plan

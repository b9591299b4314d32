"""Ctrl-C and SIGTERM in a command that is not a crawl (``msqa rebuild``): stop by an exception,
so every ``finally`` runs and removes what the run made, and hold a signal off while the
result is moved into place, so the archive is the old one or the new one, never half.

- ``stopped_by_signals()``: for its duration SIGINT and SIGTERM raise ``Interrupted`` in this
  process's main thread (a ``BaseException``: no ``except Exception`` swallows it). Further
  signals are ignored while that exception unwinds: the clean-up is short and must finish.
  A signal the process was started ignoring (``nohup``, a shell's background job) stays
  ignored. Worker processes forked meanwhile ignore SIGINT (a terminal's Ctrl-C reaches the
  whole process group: only the parent decides) and die of SIGTERM as usual (a pool's
  ``terminate``); ``worker_ignores_ctrl_c`` does the same as a pool's initializer, for workers
  that are spawned rather than forked.
- ``shielded()``: a signal arriving inside the block is delivered once the block is over
  (to whatever handler was installed before, the default one too).

The crawl's own handling is ``msqa_scraper.interrupt``: the reactor's thread owns shutdown there.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """A stop signal arrived: the command is ending early, cleaning up as it goes."""

    def __init__(self, signum: int, *, after_shield: bool = False) -> None:
        self.signum = signum
        self.signame = signal.Signals(signum).name
        # The signal came while a shielded step (the final swap) ran: that step was finished.
        self.after_shield = after_shield
        super().__init__(f"interrupted by {self.signame}")


class _State:
    def __init__(self) -> None:
        self.owner: int | None = None  # the pid whose handlers raise; None: not active
        self.stopping = False
        self.shield_finished = False


_state = _State()


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    if os.getpid() != _state.owner:
        # A forked child that could not reset its handlers: Ctrl-C is the parent's to handle,
        # SIGTERM is a pool's ``terminate``.
        if signum == signal.SIGTERM:
            os._exit(128 + signum)
        return
    if _state.stopping:
        return  # already unwinding: let the clean-up finish
    _state.stopping = True
    raise Interrupted(signum, after_shield=_state.shield_finished)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _handlers_in_use() -> dict[signal.Signals, Any]:
    """The stop signals' current handlers, leaving out the ones ignored (``nohup``) or set
    outside Python: those stay as they are."""
    previous: dict[signal.Signals, Any] = {}
    for signum in STOP_SIGNALS:
        current = signal.getsignal(signum)
        if current != signal.SIG_IGN and current is not None:
            previous[signum] = current
    return previous


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise ``Interrupted`` inside the block (main thread only)."""
    if not _in_main_thread() or _state.owner is not None:
        yield
        return
    previous = _handlers_in_use()
    _state.owner, _state.stopping, _state.shield_finished = os.getpid(), False, False
    try:
        for signum in previous:
            signal.signal(signum, _raise_interrupted)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _state.owner = None


@contextmanager
def shielded() -> Iterator[None]:
    """Hold SIGINT and SIGTERM off until the block is over, then deliver the first one."""
    if not _in_main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        held.append(signum)

    previous = _handlers_in_use()
    for signum in previous:
        signal.signal(signum, hold)
    finished = False
    try:
        yield
        finished = True
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if held:
            _state.shield_finished = finished
            signal.raise_signal(held[0])  # the handler restored above runs now


def worker_ignores_ctrl_c() -> None:
    """A worker's handlers: Ctrl-C is the parent's to act on, SIGTERM ends the worker."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:  # not the main thread: the inherited handler sees it is not the owner
        pass


def _after_fork_in_child() -> None:
    if _state.owner is None:
        return
    _state.owner = None
    worker_ignores_ctrl_c()


os.register_at_fork(after_in_child=_after_fork_in_child)

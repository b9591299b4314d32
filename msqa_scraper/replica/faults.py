"""Deterministic fault injection: which URLs fail, how, and for how many attempts."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass

FAULT_KINDS = ("500", "stall", "truncate", "429")


@dataclass(frozen=True)
class FaultConfig:
    """Rates are the share of URL paths that fail; a failing path fails its first
    ``fail_attempts`` requests and then succeeds. Rates add up (a path gets one fault kind).

    - ``error_500``: a Weebly-ish error page with status 500;
    - ``stall``: wait ``stall_seconds`` (longer than a client's download timeout), then answer;
    - ``truncate``: status 200, no Content-Length, half the body, connection closed;
    - ``throttle_429``: status 429 with ``Retry-After: 1``.

    robots.txt never fails unless ``include_robots``.
    """

    error_500: float = 0.0
    stall: float = 0.0
    truncate: float = 0.0
    throttle_429: float = 0.0
    fail_attempts: int = 1
    stall_seconds: float = 60.0
    include_robots: bool = False

    def rates(self) -> tuple[float, ...]:
        return (self.error_500, self.stall, self.truncate, self.throttle_429)

    @property
    def active(self) -> bool:
        return any(rate > 0 for rate in self.rates())


class FaultInjector:
    """Thread-safe attempt counting per path; the choice of faulty paths depends only on the
    seed and the path, so the same paths fail in every run."""

    def __init__(self, config: FaultConfig, seed: int) -> None:
        self.config = config
        self._seed = seed
        self._attempts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def planned(self, path: str) -> str | None:
        """The fault ``path`` is destined for (ignoring attempts already made), if any."""
        if path == "/robots.txt" and not self.config.include_robots:
            return None
        digest = hashlib.sha256(f"{self._seed}:fault:{path}".encode()).digest()
        draw = int.from_bytes(digest[:8], "big") / 2**64
        edge = 0.0
        for kind, rate in zip(FAULT_KINDS, self.config.rates(), strict=True):
            edge += rate
            if draw < edge:
                return kind
        return None

    def decide(self, path: str) -> str | None:
        """Count one attempt at ``path``; the fault to inject now, or None to answer normally."""
        kind = self.planned(path)
        if kind is None:
            return None
        with self._lock:
            self._attempts[path] += 1
            return kind if self._attempts[path] <= self.config.fail_attempts else None

    def attempts(self, path: str) -> int:
        with self._lock:
            return self._attempts[path]

    def reset(self) -> None:
        with self._lock:
            self._attempts.clear()

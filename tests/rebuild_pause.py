"""Run ``msqa ARGS...`` with the rebuild held at a known point, for the interrupt tests.

``python rebuild_pause.py MARKER replay ARGS...``: the first crawl's replay writes MARKER (JSON:
this pid, the pool's worker pids) and sleeps, so a test can signal a rebuild that is surely
mid-way. ``replay-pool``: the same once the pool's workers run (a five-post archive is too small
for the pool to start by itself). ``swap``: SIGINT is sent to this process from inside the
in-place swap's transaction, which then carries on (the marker is written first).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

marker = Path(sys.argv[1])
where = sys.argv[2]

from msqa_scraper.offline import replay  # noqa: E402
from msqa_scraper.store import swap  # noqa: E402

run = replay.CrawlReplay.run
insert_sql = swap._insert_sql


def paused_run(self: replay.CrawlReplay, spider_name: str) -> Any:
    workers: list[int] = []
    if where == "replay-pool":
        pool = self.extractor._ensure_pool()
        pool.map(abs, range(8))  # every worker is up and has run a task
        workers = [process.pid for process in pool._pool]  # type: ignore[attr-defined]
    marker.write_text(json.dumps({"pid": os.getpid(), "workers": workers}))
    time.sleep(600)  # the test's signal ends this
    return run(self, spider_name)


def signalled_insert(plan: Any) -> str:
    if not marker.exists():
        marker.write_text(json.dumps({"pid": os.getpid(), "workers": []}))
        os.kill(os.getpid(), signal.SIGINT)
    return insert_sql(plan)


if where.startswith("replay"):
    replay.CrawlReplay.run = paused_run  # type: ignore[method-assign]
elif where == "swap":
    swap._insert_sql = signalled_insert
else:
    raise SystemExit(f"unknown pause point {where!r}")

sys.argv = ["msqa", *sys.argv[3:]]
from msqa_scraper.cli import main  # noqa: E402

main()

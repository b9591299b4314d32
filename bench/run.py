#!/usr/bin/env python
"""Benchmarks of msqa-scraper against a bare Scrapy spider, on a static replica served by nginx.

    python bench/run.py [--posts N] [--rounds R] [--quick]

One run: writes the replica as static files, serves them with nginx on 127.0.0.1, then
alternates ``msqa crawl`` (A) and a bare link-following spider (B) for R rounds (each A
followed by a no-change recrawl of its database), recrawls copies of the A databases with
nginx's ETag/If-Modified-Since handling off, times ``msqa rebuild`` (when it exists) and
the extraction of one post page (with trafilatura beside it), measures the crawl's peak RSS
at two site sizes, profiles one crawl, prints a table, writes ``bench/results.json`` and the
figures section of ``bench/README.md``. See bench/README.md for the method.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from bare_spider import USER_AGENT as BARE_UA  # noqa: E402
from nginx_server import Nginx, Site, ensure_nginx, free_port, nginx_version  # noqa: E402

from msqa_scraper.replica import SiteConfig  # noqa: E402
from msqa_scraper.replica.config import BLOG_PATH  # noqa: E402
from msqa_scraper.replica.static import build_static, file_for  # noqa: E402

PY = sys.executable
MSQA_UA = "msqa-scraper/"
# Politeness off, robots.txt still obeyed (the project default).
FAST = [
    "-s", "DOWNLOAD_DELAY=0",
    "-s", "CONCURRENT_REQUESTS=16",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", "LOG_LEVEL=WARNING",
]  # fmt: skip
# What a careful crawler needs (the issue's minimum): kinds of ``build_static``'s page list.
NEEDED_KINDS = ("post", "index", "category", "robots", "feed", "sitemap")
SITE_SHAPE = {"per_page": 10, "months": 6, "categories": 8}
GOAL_PAGES_RATIO = 2.0
GOAL_RECRAWL_REQUESTS = 0.20
GOAL_RECRAWL_TIME = 0.25
GOAL_REBUILD_POSTS_S = 1000
GOAL_RSS_MB = 200
GOAL_RSS_GROWTH = 1.3
README_START = "<!-- figures:start (written by bench/run.py) -->"
README_END = "<!-- figures:end -->"


# -- child processes ----------------------------------------------------------------------------


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


class _HighWaterPoller(threading.Thread):
    """Fallback without /usr/bin/time: polls ``VmHWM`` (the process's own peak RSS)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        status = Path(f"/proc/{self.pid}/status")
        while not self.done.wait(0.05):
            try:
                text = status.read_text()
            except OSError:
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb = max(self.peak_kb, int(line.split()[1]))


def run_child(cmd: list[str], out: Path, timeout: float) -> dict[str, Any]:
    """Run ``cmd`` in its own process group (killed after ``timeout`` s): wall time, CPU (from
    ``wait4``) and peak RSS. The peak comes from ``/usr/bin/time -f %M`` (else by polling
    ``VmHWM``), not from ``wait4``'s ``ru_maxrss``: that one also counts this process's own
    RSS at spawn time, which once turned a 101 MB crawl into "133 MB"."""
    rss_file = out.with_suffix(".rss")
    full = [TIME, "-f", "%M", "-o", str(rss_file), *cmd] if TIME else cmd
    with open(out.with_suffix(".out"), "wb") as stdout, open(out.with_suffix(".err"), "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            full, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err, cwd=ROOT,
            start_new_session=True,
        )  # fmt: skip
        poller = None if TIME else _HighWaterPoller(proc.pid)
        if poller:
            poller.start()
        timer = threading.Timer(timeout, _kill_group, [proc.pid])
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            _kill_group(proc.pid)
            proc.wait(timeout=30)
            raise
        finally:
            timer.cancel()
            if poller:
                poller.done.set()
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if poller:
        peak_kb = poller.peak_kb
    else:
        lines = rss_file.read_text().split() if rss_file.exists() else []
        peak_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return {
        "exit": proc.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": peak_kb / 1024,
        "timed_out": wall >= timeout,
        "stdout": out.with_suffix(".out").read_text(errors="replace").strip()[-600:],
        "stderr_tail": out.with_suffix(".err").read_text(errors="replace").strip()[-600:],
    }


def msqa_crawl_cmd(blog_url: str, db: Path) -> list[str]:
    return [PY, "-m", "msqa_scraper", "crawl", "--base-url", blog_url, "--db", str(db),
            "--no-progress", *FAST]  # fmt: skip


def copy_db(src: Path, dst: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(src)) as source,
        contextlib.closing(sqlite3.connect(dst)) as target,
    ):
        source.backup(target)


def count_rows(db: Path, table: str) -> int | None:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return None


# -- one measured run against nginx -------------------------------------------------------------


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path, nginx: Nginx) -> None:
        self.args = args
        self.work = work
        self.nginx = nginx
        self.kinds: dict[str, str] = {}  # URL path → kind, main site
        self.counter = 0

    def measured(self, label: str, cmd: list[str], ua: str, timeout: float) -> dict[str, Any]:
        self.counter += 1
        offset = self.nginx.log_offset()
        cpu0 = self.nginx.worker_cpu()
        slug = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")
        run = run_child(cmd, self.work / f"{self.counter:02d}-{slug}", timeout)
        server_cpu = self.nginx.worker_cpu() - cpu0
        time.sleep(0.3)  # nginx logs a request after its response went out
        records = [r for r in self.nginx.log_since(offset) if r["ua"].startswith(ua)]
        paths = Counter(r["path"] for r in records)
        kinds = Counter(self.kinds.get(r["path"], "other") for r in records)
        run.update(
            label=label,
            requests=len(records),
            pages_per_s=len(records) / run["wall_s"],
            status=dict(Counter(str(r["status"]) for r in records)),
            body_bytes=sum(r["body_bytes"] for r in records),
            bytes=sum(r["bytes"] for r in records),
            by_kind=dict(kinds),
            duplicate_urls={p: n for p, n in paths.items() if n > 1},
            post_pages=sum(1 for r in records if self.kinds.get(r["path"]) == "post"),
            server_cpu_s=server_cpu,
            server_cpu_share=server_cpu / run["wall_s"],
            paths=paths,
        )
        print(
            f"  {label:<22} {run['wall_s']:6.1f} s  {len(records):6d} req  "
            f"{run['pages_per_s']:6.1f} pages/s  exit {run['exit']}  "
            f"rss {run['peak_rss_mb']:.0f} MB  nginx {100 * run['server_cpu_share']:.1f}% CPU",
            flush=True,
        )
        return run

    def crawl(self, label: str, blog_url: str, db: Path, timeout: float = 600) -> dict[str, Any]:
        run = self.measured(label, msqa_crawl_cmd(blog_url, db), MSQA_UA, timeout)
        run["posts"] = count_rows(db, "posts") or 0
        run["posts_per_s"] = run["posts"] / run["wall_s"]
        run["db_mb"] = db.stat().st_size / 1e6 if db.exists() else None
        return run

    def bare(self, label: str, blog_url: str, urls: Path | None = None) -> dict[str, Any]:
        """The bare spider; with ``urls``, the fetch-only floor over that URL list."""
        stats = self.work / f"bare-{self.counter + 1:02d}.json"
        cmd = [PY, str(BENCH / "bare_spider.py"), blog_url, "--stats", str(stats)]
        if urls is not None:
            cmd += ["--urls", str(urls)]
        run = self.measured(label, cmd, BARE_UA, 600)
        run["posts"] = run["post_pages"]
        run["posts_per_s"] = run["posts"] / run["wall_s"]
        return run


def strip_paths(run: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in run.items() if k != "paths"}
    dups = out.get("duplicate_urls") or {}
    out["duplicate_urls"] = dict(list(dups.items())[:20])
    out["duplicate_url_count"] = len(dups)
    return out


def request_audit(run: dict[str, Any], needed: set[str], kinds: dict[str, str]) -> dict:
    """The crawl's requests against the minimum a careful crawler needs."""
    requested = set(run["paths"])
    unneeded = sorted(requested - needed)
    missing = sorted(needed - requested)
    return {
        "minimum_requests": len(needed),
        "requests": run["requests"],
        "ratio_to_minimum": run["requests"] / len(needed),
        "duplicate_urls": len(run["duplicate_urls"]),
        "unneeded_urls": len(unneeded),
        "unneeded_by_kind": dict(Counter(kinds.get(p, "other") for p in unneeded)),
        "unneeded_examples": unneeded[:5],
        "missing_urls": len(missing),
        "missing_examples": missing[:5],
    }


# -- extraction ---------------------------------------------------------------------------------


def ensure_trafilatura() -> tuple[Any, str | None]:
    try:
        module = importlib.import_module("trafilatura")
    except ImportError:
        print("  installing trafilatura into the venv (not a project requirement)", flush=True)
        cmd = [PY, "-m", "pip", "install", "--quiet", "trafilatura"]
        if subprocess.run(cmd, check=False, timeout=600).returncode != 0:
            return None, None
        importlib.invalidate_caches()
        try:
            module = importlib.import_module("trafilatura")
        except ImportError:
            return None, None
    from importlib.metadata import version

    return module, version("trafilatura")


def _spread(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        "n": len(values),
        "min": values[0],
        "p10": values[len(values) // 10],
        "median": statistics.median(values),
        "p90": values[len(values) * 9 // 10],
        "max": values[-1],
        "mean": statistics.fmean(values),
    }


def time_calls(calls: list[tuple[Any, tuple]], iterations: int) -> dict[str, float]:
    for fn, args in calls:  # warm-up: imports, caches
        fn(*args)
    times = []
    for _ in range(iterations):
        for fn, args in calls:
            start = time.perf_counter()
            fn(*args)
            times.append((time.perf_counter() - start) * 1000)
    return _spread(times)


def time_extraction(site_dir: Path, info: dict, pages: int, iterations: int) -> dict[str, Any]:
    from msqa_scraper.extract import extract_listing, extract_post

    host = info["host"]
    base_url = f"http://{host}{BLOG_PATH}"

    def sample(kind: str) -> list[tuple[str, bytes]]:
        paths = info["pages"][kind]
        step = max(1, len(paths) // pages)
        return [
            (f"http://{host}{p}", (site_dir / file_for(p)).read_bytes()) for p in paths[::step]
        ][:pages]

    posts = sample("post")
    listings = sample("index")
    out: dict[str, Any] = {"pages": len(posts), "iterations": iterations}
    out["extract_post_ms"] = time_calls(
        [(extract_post, (body, url, base_url)) for url, body in posts], iterations
    )
    out["extract_listing_ms"] = time_calls(
        [(extract_listing, (body, url, base_url)) for url, body in listings], iterations
    )
    trafilatura, version = ensure_trafilatura()
    out["trafilatura_version"] = version
    if trafilatura is None:
        out["trafilatura_ms"] = None
        return out
    texts = [(body.decode("utf-8", "replace"), url) for url, body in posts]
    out["trafilatura_ms"] = time_calls(
        [(lambda html, url: trafilatura.extract(html, url=url), (h, u)) for h, u in texts],
        max(1, iterations // 3),
    )
    return out


# -- profile ------------------------------------------------------------------------------------

_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>.*?)(?::(?P<line>\d+))?\)$")


def _frame(frame: str) -> tuple[str, str]:
    """(function label, package) of one py-spy frame ``func (path:line)``; py-spy gives paths
    relative to the sys.path entry they were found under (``scrapy/core/engine.py``)."""
    m = _FRAME.match(frame)
    if not m:
        return frame, "?"
    path = m["file"]
    if path.startswith("<"):  # <frozen importlib._bootstrap>
        rel = path.strip("<>").replace(" ", ".")
    elif "site-packages/" in path:
        rel = path.split("site-packages/", 1)[1]
    elif path.startswith(str(ROOT) + "/"):
        rel = path[len(str(ROOT)) + 1 :]
    elif "/python3." in path:
        rel = path.split("/python3.", 1)[1].partition("/")[2]
    else:
        rel = path.lstrip("/")
    module = rel.removesuffix(".py").replace("/", ".")
    parts = module.split(".")
    depth = 2 if parts[0] in ("msqa_scraper", "scrapy", "twisted", "frozen") else 1
    return f"{module}.{m['func']}", ".".join(parts[:depth])


LAYERS = (
    ("imports and start-up", ("frozen.importlib",)),
    ("captures: CaptureResponsesMiddleware + CaptureStore", ("msqa_scraper.middlewares",)),
    ("storage: pipelines + Archive", ("msqa_scraper.pipelines", "msqa_scraper.store")),
    ("extraction: msqa_scraper.extract", ("msqa_scraper.extract",)),
    ("spider code (requests, phases, items)", ("msqa_scraper.spiders", "msqa_scraper.items")),
)


def _layer(frames: list[tuple[str, str]]) -> str:
    """Which layer a sample belongs to: the first of ``LAYERS`` with a frame on the stack."""
    packages = {package for _, package in frames}
    for name, prefixes in LAYERS:
        if any(p.startswith(prefixes) for p in packages):
            return name
    return "Scrapy/Twisted/asyncio machinery (HTTP, scheduling, middlewares)"


def summarize_pyspy(raw: Path, top: int = 12) -> dict[str, Any]:
    total = other_threads = 0
    self_fn: Counter[str] = Counter()
    self_pkg: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    owner: Counter[str] = Counter()  # innermost msqa_scraper frame: who asked for the work
    layer: Counter[str] = Counter()
    entry = ("msqa_scraper.__main__", "msqa_scraper.cli", "msqa_scraper.runner")
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = [_frame(f) for f in stack.split(";")]
        if frames[0][0].startswith("threading.Thread._bootstrap"):
            other_threads += n  # Twisted's DNS thread pool, waiting: not the crawl's CPU
            continue
        total += n
        self_fn[frames[-1][0]] += n
        self_pkg[frames[-1][1]] += n
        for label in {f[0] for f in frames}:
            if label.startswith("msqa_scraper.") and not label.startswith(entry):
                inclusive[label] += n
        mine = [f[0] for f in frames if f[0].startswith("msqa_scraper.")]
        mine = [f for f in mine if not f.startswith(entry)]
        owner[mine[-1] if mine else f"(no project frame) {frames[-1][1]}"] += n
        layer[_layer(frames)] += n

    def share(counter: Counter[str]) -> list[list]:
        return [[name, round(100 * n / total, 1)] for name, n in counter.most_common(top)]

    return {
        "tool": "py-spy",
        "samples": total,
        "samples_other_threads": other_threads,
        "by_layer_pct": share(layer),
        "self_by_package_pct": share(self_pkg),
        "self_by_function_pct": share(self_fn),
        "project_inclusive_pct": share(inclusive),
        "innermost_project_frame_pct": share(owner),
    }


def summarize_cprofile(path: Path, top: int = 12) -> dict[str, Any]:
    import pstats

    stats = pstats.Stats(str(path))
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = stats.stats  # type: ignore[attr-defined]

    def label(key: tuple) -> str:
        file, _line, func = key
        return f"{file.split('site-packages/')[-1].replace(str(ROOT) + '/', '')}:{func}"

    by_self = sorted(rows.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    mine = [kv for kv in rows.items() if str(ROOT) in kv[0][0] and "/.venv/" not in kv[0][0]]
    by_cum = sorted(mine, key=lambda kv: kv[1][3], reverse=True)[:top]
    return {
        "tool": "cProfile",
        "total_s": total,
        "self_by_function_pct": [[label(k), round(100 * v[2] / total, 1)] for k, v in by_self],
        "project_inclusive_pct": [[label(k), round(100 * v[3] / total, 1)] for k, v in by_cum],
    }


def profile_crawl(bench: Bench, blog_url: str) -> dict[str, Any]:
    db = bench.work / "profile.sqlite"
    pyspy = shutil.which("py-spy") or str(Path(PY).with_name("py-spy"))
    if not os.access(pyspy, os.X_OK):
        cmd = [PY, "-m", "pip", "install", "--quiet", "py-spy"]
        subprocess.run(cmd, check=False, timeout=600)
    if os.access(pyspy, os.X_OK):
        raw = bench.work / "profile.pyspy.txt"
        crawl = msqa_crawl_cmd(blog_url, db)
        cmd = [pyspy, "record", "-r", "100", "-f", "raw", "-o", str(raw), "--", *crawl]
        run = bench.measured("profile (py-spy)", cmd, MSQA_UA, 600)
        if run["exit"] == 0 and raw.exists() and raw.stat().st_size:
            summary = summarize_pyspy(raw)
            summary["wall_s"] = run["wall_s"]
            summary["busy_share"] = summary["samples"] / 100 / run["wall_s"]
            return summary
        print("  py-spy failed; falling back to cProfile", flush=True)
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    out = bench.work / "profile.cprofile"
    crawl = msqa_crawl_cmd(blog_url, db)
    cmd = [PY, "-m", "cProfile", "-o", str(out), *crawl[1:]]
    run = bench.measured("profile (cProfile)", cmd, MSQA_UA, 600)
    summary = summarize_cprofile(out) if out.exists() else {"tool": "cProfile", "failed": True}
    summary["wall_s"] = run["wall_s"]
    return summary


# -- rebuild ------------------------------------------------------------------------------------


def time_rebuild(bench: Bench, sources: list[Path], large: Path | None) -> dict[str, Any]:
    """``msqa rebuild`` of each round's database (the goal's figure), then once of the largest
    RSS crawl's database: with 5x the posts, start-up weighs 5x less."""
    probe = subprocess.run(
        [PY, "-m", "msqa_scraper", "rebuild", "--help"],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )  # fmt: skip
    if probe.returncode != 0:
        return {"available": False, "note": "not available (msqa rebuild --help failed)"}
    runs = []
    for n, source in enumerate([*sources, *([large] if large else [])], 1):
        into = bench.work / f"rebuilt-{n}.sqlite"
        cmd = [PY, "-m", "msqa_scraper", "rebuild", "--db", str(source), "--into", str(into)]
        run = run_child(cmd, bench.work / f"rebuild-{n}", 600)
        posts = count_rows(into, "posts") or 0
        run.update(posts=posts, posts_per_s=posts / run["wall_s"], source=source.name)
        print(
            f"  rebuild {source.name:<24} {run['wall_s']:6.1f} s  {posts} posts  "
            f"{run['posts_per_s']:.0f} posts/s  exit {run['exit']}",
            flush=True,
        )
        runs.append(run)
    if large:
        return {"available": True, "runs": runs[:-1], "large": runs[-1]}
    return {"available": True, "runs": runs}


# -- machine ------------------------------------------------------------------------------------


def code_version() -> str:
    """HEAD's short hash, "+dirty" if tracked files outside bench/ differ from it."""

    def git(*args: str) -> str:
        out = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT, check=False)
        return out.stdout.strip()

    dirty = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench")
    return git("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")


def machine(nginx_bin: str) -> dict[str, Any]:
    from importlib.metadata import version

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "kernel": platform.release(),
        "os": _os_name(),
        "python": platform.python_version(),
        "scrapy": version("scrapy"),
        "twisted": version("twisted"),
        "lxml": version("lxml"),
        "parsel": version("parsel"),
        "nginx": nginx_version(nginx_bin),
        "git_commit": code_version(),
    }


def _os_name() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    return platform.platform()


# -- table, goals, README -----------------------------------------------------------------------


def row(table: list, name: str, unit: str, values: list[float | None], fmt: str = ".1f") -> None:
    values = [v for v in values if v is not None]
    if not values:
        table.append([name, unit, 0, "-", "-", "-"])
        return
    spread = (min(values), statistics.median(values), max(values))
    table.append([name, unit, len(values), *(format(v, fmt) for v in spread)])


def build_table(results: dict[str, Any]) -> list[list]:
    table: list[list] = []
    a, b, r, rn = (results["runs"][k] for k in ("msqa", "bare", "recrawl", "recrawl_no_etag"))
    row(table, "A msqa crawl: wall time", "s", [x["wall_s"] for x in a])
    row(table, "A msqa crawl: requests", "req", [x["requests"] for x in a], ".0f")
    row(table, "A msqa crawl: pages/s", "1/s", [x["pages_per_s"] for x in a])
    row(table, "A msqa crawl: posts/s", "1/s", [x["posts_per_s"] for x in a])
    row(table, "A msqa crawl: crawler CPU", "s", [x["cpu_s"] for x in a])
    row(table, "A msqa crawl: peak RSS", "MB", [x["peak_rss_mb"] for x in a])
    row(
        table, "A msqa crawl: nginx CPU share", "%", [100 * x["server_cpu_share"] for x in a], ".2f"
    )
    row(table, "B bare spider: wall time", "s", [x["wall_s"] for x in b])
    row(table, "B bare spider: requests", "req", [x["requests"] for x in b], ".0f")
    row(table, "B bare spider: pages/s", "1/s", [x["pages_per_s"] for x in b])
    row(table, "B bare spider: posts/s", "1/s", [x["posts_per_s"] for x in b])
    row(
        table,
        "B bare spider: nginx CPU share",
        "%",
        [100 * x["server_cpu_share"] for x in b],
        ".2f",
    )
    pairs = results["pairs"]
    c = results["runs"]["floor"]
    row(table, "C fetch-only floor: wall time", "s", [x["wall_s"] for x in c])
    row(table, "C fetch-only floor: requests", "req", [x["requests"] for x in c], ".0f")
    row(table, "C fetch-only floor: pages/s", "1/s", [x["pages_per_s"] for x in c])
    row(table, "A/B pages/s (per pair)", "x", [p["pages_per_s_ratio"] for p in pairs], ".2f")
    row(table, "A/B posts/s (per pair)", "x", [p["posts_per_s_ratio"] for p in pairs], ".2f")
    row(table, "A/B wall time (per pair)", "x", [p["wall_ratio"] for p in pairs], ".2f")
    row(table, "C/B pages/s (per round)", "x", [p["floor_pages_per_s_ratio"] for p in pairs], ".2f")
    audits = results["full_crawl_audit"]
    row(
        table, "full crawl: minimum requests", "req", [x["minimum_requests"] for x in audits], ".0f"
    )
    row(
        table, "full crawl: requests / minimum", "x", [x["ratio_to_minimum"] for x in audits], ".3f"
    )
    row(
        table, "full crawl: URLs fetched twice", "url", [x["duplicate_urls"] for x in audits], ".0f"
    )
    row(table, "full crawl: unneeded URLs", "url", [x["unneeded_urls"] for x in audits], ".0f")
    row(table, "full crawl: body bytes", "MB", [x["body_bytes"] / 1e6 for x in a])
    for label, runs, key in (
        ("recrawl (ETag)", r, "recrawl"),
        ("recrawl (no ETag)", rn, "recrawl_no_etag"),
    ):
        fr = [f for f in results["recrawl_fractions"] if f["kind"] == key]
        row(table, f"{label}: wall time", "s", [x["wall_s"] for x in runs])
        row(table, f"{label}: requests", "req", [x["requests"] for x in runs], ".0f")
        row(table, f"{label}: 304 answers", "req", [x["status"].get("304", 0) for x in runs], ".0f")
        row(table, f"{label}: body bytes", "MB", [x["body_bytes"] / 1e6 for x in runs], ".2f")
        row(table, f"{label}: requests / full", "%", [100 * f["requests"] for f in fr])
        row(table, f"{label}: time / full", "%", [100 * f["time"] for f in fr])
        row(table, f"{label}: bytes / full", "%", [100 * f["body_bytes"] for f in fr], ".2f")
    rebuild = results["rebuild"]
    if rebuild.get("available"):
        rates = [x["posts_per_s"] for x in rebuild["runs"]]
        row(table, "msqa rebuild: posts/s", "1/s", rates, ".0f")
        row(table, "msqa rebuild: wall time", "s", [x["wall_s"] for x in rebuild["runs"]])
        if rebuild.get("large"):
            big = rebuild["large"]
            label = f"msqa rebuild of {big['posts']:,} posts: posts/s"
            row(table, label, "1/s", [big["posts_per_s"]], ".0f")
    else:
        table.append(["msqa rebuild: posts/s", "1/s", 0, "n/a", "not available", "n/a"])
    ex = results["extraction"]
    for key, label in (
        ("extract_post_ms", "extract_post, one post page"),
        ("extract_listing_ms", "extract_listing, one index page"),
        ("trafilatura_ms", "trafilatura.extract, same posts"),
    ):
        s = ex.get(key)
        if s:
            table.append(
                [label, "ms", s["n"], f"{s['min']:.2f}", f"{s['median']:.2f}", f"{s['max']:.2f}"]
            )
    for size, runs in sorted(results["rss"].items(), key=lambda kv: int(kv[0])):
        row(table, f"peak RSS, crawl of {size} posts", "MB", [x["peak_rss_mb"] for x in runs])
        row(table, f"wall time, crawl of {size} posts", "s", [x["wall_s"] for x in runs])
    return table


def format_table(table: list[list]) -> str:
    head = ["metric", "unit", "n", "min", "median", "max"]
    widths = [max(len(str(r[i])) for r in [head, *table]) for i in range(len(head))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in table]
    return "\n".join(lines)


def markdown_table(table: list[list]) -> str:
    lines = ["| metric | unit | n | min | median | max |", "|---|---|--:|--:|--:|--:|"]
    lines += [f"| {' | '.join(str(c) for c in r)} |" for r in table]
    return "\n".join(lines)


def median_of(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def evaluate_goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    goals = []
    ratio = median_of([p["pages_per_s_ratio"] for p in results["pairs"]])
    goals.append({
        "goal": f"msqa crawl pages/s >= {GOAL_PAGES_RATIO:g}x the bare spider's",
        "measured": f"{ratio:.2f}x (median of {len(results['pairs'])} pairs)",
        "met": ratio >= GOAL_PAGES_RATIO,
    })  # fmt: skip
    audits = results["full_crawl_audit"]
    dups = max(a["duplicate_urls"] for a in audits)
    extra = max(a["unneeded_urls"] for a in audits)
    missing = max(a["missing_urls"] for a in audits)
    goals.append({
        "goal": "full crawl fetches no URL twice and no page it does not need",
        "measured": f"{dups} URLs twice, {extra} unneeded, {missing} needed not fetched "
        f"(worst of {len(audits)} crawls; minimum {audits[0]['minimum_requests']} requests)",
        "met": dups == 0 and extra == 0,
    })  # fmt: skip
    fr = [f for f in results["recrawl_fractions"] if f["kind"] == "recrawl"]
    req = median_of([f["requests"] for f in fr])
    tm = median_of([f["time"] for f in fr])
    goals.append({
        "goal": f"no-change recrawl <= {GOAL_RECRAWL_REQUESTS:.0%} of full requests and "
        f"<= {GOAL_RECRAWL_TIME:.0%} of its time",
        "measured": f"{req:.1%} of requests, {tm:.1%} of time (medians)",
        "met": req <= GOAL_RECRAWL_REQUESTS and tm <= GOAL_RECRAWL_TIME,
    })  # fmt: skip
    rebuild = results["rebuild"]
    if rebuild.get("available"):
        ok = [x for x in rebuild["runs"] if x["exit"] == 0]
        rate = median_of([x["posts_per_s"] for x in ok])
        measured = f"{rate:.0f} posts/s (median)" if rate is not None else "rebuild failed"
        big = rebuild.get("large")
        if big and big["exit"] == 0:
            measured += f"; {big['posts_per_s']:.0f} posts/s on {big['posts']:,} posts"
        goals.append({
            "goal": f"rebuild >= {GOAL_REBUILD_POSTS_S:,} posts/s",
            "measured": measured,
            "met": rate is not None and rate >= GOAL_REBUILD_POSTS_S,
        })  # fmt: skip
    else:
        goals.append({"goal": f"rebuild >= {GOAL_REBUILD_POSTS_S:,} posts/s",
                      "measured": "not available", "met": None})  # fmt: skip
    sizes = sorted(results["rss"], key=int)
    if len(sizes) >= 2:
        small = max(x["peak_rss_mb"] for x in results["rss"][sizes[0]])
        big = max(x["peak_rss_mb"] for x in results["rss"][sizes[-1]])
        goals.append({
            "goal": f"peak RSS < {GOAL_RSS_MB} MB at {int(sizes[-1]):,} posts and <= "
            f"{GOAL_RSS_GROWTH:g}x the {int(sizes[0]):,}-post figure",
            "measured": f"{big:.0f} MB at {int(sizes[-1]):,}, {small:.0f} MB at "
            f"{int(sizes[0]):,} ({big / small:.2f}x)",
            "met": big < GOAL_RSS_MB and big <= GOAL_RSS_GROWTH * small,
        })  # fmt: skip
    return goals


def profile_markdown(profile: dict[str, Any]) -> str:
    if not profile:
        return "(no profile)"
    lines = [f"Tool: {profile['tool']}"]
    if profile.get("samples"):
        lines[0] += (
            f", {profile['samples']} samples at 100 Hz over {profile['wall_s']:.1f} s "
            f"(process on-CPU {100 * profile['busy_share']:.0f}% of wall time)"
        )
    for key, title in (
        (
            "by_layer_pct",
            "CPU by layer (first match: imports, captures, storage, extraction, spider)",
        ),
        ("innermost_project_frame_pct", "CPU by the innermost msqa_scraper function on the stack"),
        ("project_inclusive_pct", "msqa_scraper functions, inclusive CPU"),
        ("self_by_package_pct", "self CPU by package"),
        ("self_by_function_pct", "self CPU by function"),
    ):
        if profile.get(key):
            lines.append(f"\n{title} (% of samples):\n")
            lines += [f"- `{name}` {pct}%" for name, pct in profile[key][:10]]
    return "\n".join(lines)


def write_readme(results: dict[str, Any], table: list[list]) -> None:
    readme = BENCH / "README.md"
    text = (
        readme.read_text() if readme.exists() else f"# Benchmarks\n\n{README_START}\n{README_END}\n"
    )
    m = results["machine"]
    p = results["parameters"]
    goals = "\n".join(
        f"| {g['goal']} | {g['measured']} | "
        f"{'met' if g['met'] else 'not available' if g['met'] is None else '**not met**'} |"
        for g in results["goals"]
    )
    ex = results["extraction"]
    sizes = ", ".join(f"{int(size):,}" for size in sorted(results["rss"], key=int))
    figures = "\n".join(
        [
            README_START,
            "## Latest figures",
            "",
            f"Run of {results['date']} ({results['total_s'] / 60:.1f} min in all), "
            f"`{' '.join(['python bench/run.py', *p['argv']])}`: {p['posts']:,} posts "
            f"({p['per_page']} per page, {p['months']} months, {p['categories']} categories), "
            f"{p['rounds']} rounds; peak RSS at {sizes} posts.",
            "",
            f"Machine: {m['cpu_model']}, {m['cores_usable']} cores, {m['ram_gb']} GB RAM, "
            f"{m['os']}, Linux {m['kernel']}; Python {m['python']}, Scrapy {m['scrapy']}, "
            f"Twisted {m['twisted']}, lxml {m['lxml']}, nginx {m['nginx']}; trafilatura "
            f"{ex.get('trafilatura_version') or 'not available'}; code at {m['git_commit']}"
            + (
                f" (**changed to {results['git_commit_at_end']} during the run**)."
                if results.get("git_commit_at_end", m["git_commit"]) != m["git_commit"]
                else "."
            ),
            "",
            markdown_table(table),
            "",
            f"nginx's worker used {100 * results['server_cpu_share_overall']:.1f}% of one core "
            "over all measured runs (CPU time / wall time): the server is not the bottleneck.",
            "",
            "| goal | measured | verdict |",
            "|---|---|---|",
            goals,
            "",
            *(f"- **failed run** {f}" for f in results.get("failed_runs", [])),
            "",
            f"### Profile of one `msqa crawl` ({p['posts']:,} posts, politeness off)",
            "",
            profile_markdown(results["profile"]),
            README_END,
        ]
    )
    if README_START in text and README_END in text:
        head, _, rest = text.partition(README_START)
        tail = rest.partition(README_END)[2]
        text = head + figures + tail
    else:
        text = text.rstrip() + "\n\n" + figures + "\n"
    readme.write_text(text)


# -- main ---------------------------------------------------------------------------------------


def byte_compile(package: Path) -> int:
    """Write the package's .pyc files, as ``pip install`` does for an installed tool.

    Scrapy and every other dependency in the venv were byte-compiled when pip installed them;
    the project runs from its source tree, and under ``PYTHONDONTWRITEBYTECODE=1`` (set on the
    build machines) each child would compile msqa_scraper's source again (~0.2 s of a crawl's
    start-up, which grows with the code, not with its speed). Python still reads .pyc files it
    is told not to write.
    """
    import compileall

    before = len(list(package.rglob("*.pyc")))
    compileall.compile_dir(package, quiet=1, workers=1)
    return len(list(package.rglob("*.pyc"))) - before


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, help="posts of the main replica (default 2000)")
    parser.add_argument("--rounds", type=int, help="A/B rounds, at least 3 (default 3)")
    parser.add_argument("--quick", action="store_true", help="a ~1 minute smoke run")
    parser.add_argument(
        "--rss-posts", help="two site sizes for peak RSS, e.g. 1000,10000 (default)"
    )
    parser.add_argument("--out", type=Path, default=BENCH / "results.json")
    parser.add_argument("--no-readme", action="store_true", help="leave bench/README.md alone")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (sites, logs)")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="measure nothing: print the table and rewrite README.md from --out's results",
    )
    args = parser.parse_args(argv)
    args.posts = args.posts or (200 if args.quick else 2000)
    args.rounds = max(3, args.rounds or 3)
    default_rss = f"{args.posts},{2 * args.posts}" if args.quick else "1000,10000"
    args.rss_sizes = [int(s) for s in (args.rss_posts or default_rss).split(",") if s.strip()]
    args.extract_pages = 30 if args.quick else 100
    args.extract_iterations = 3 if args.quick else 9
    return args


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def report(results: dict[str, Any], args: argparse.Namespace) -> None:
    results["failed_runs"] = [
        f"{x['label']}: exit {x['exit']}: {x.get('stderr_tail', '')[-200:]}"
        for runs in (*results["runs"].values(), *results["rss"].values())
        for x in runs
        if x["exit"] != 0
    ]
    results["goals"] = evaluate_goals(results)
    table = build_table(results)
    results["table"] = [
        dict(zip(["metric", "unit", "n", "min", "median", "max"], r, strict=True)) for r in table
    ]
    print()
    print(format_table(table))
    print()
    for goal in results["goals"]:
        verdict = {True: "MET", False: "NOT MET", None: "n/a"}[goal["met"]]
        print(f"  [{verdict:^7}] {goal['goal']}: {goal['measured']}")
    for failure in results["failed_runs"]:
        print(f"  WARNING: a measured run failed: {failure}")
    print(f"\ntotal {results['total_s'] / 60:.1f} min; results in {args.out}")
    args.out.write_text(json.dumps(results, indent=1, default=str) + "\n")
    if not args.no_readme:
        write_readme(results, table)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report_only:
        report(json.loads(args.out.read_text()), args)
        return 0
    started = time.perf_counter()
    # A SIGTERM unwinds like Ctrl-C, so the finally blocks stop nginx.
    signal.signal(signal.SIGTERM, _interrupt)
    nginx_bin = ensure_nginx()
    work = Path(tempfile.mkdtemp(prefix="msqa-bench-"))
    work.chmod(0o755)  # nginx workers run as nobody when we are root
    print(f"work folder {work}", flush=True)
    results: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(nginx_bin),
        "parameters": {
            "argv": sys.argv[1:] if argv is None else argv,
            "posts": args.posts,
            "rounds": args.rounds,
            "quick": args.quick,
            "rss_posts": args.rss_sizes,
            **SITE_SHAPE,
            "crawl_settings": FAST,
            "extraction_pages": args.extract_pages,
            "extraction_iterations": args.extract_iterations,
        },
    }
    results["byte_compiled"] = byte_compile(ROOT / "msqa_scraper")
    nginx: Nginx | None = None
    try:
        # -- static sites, one nginx server block (and port) per size ----------------------------
        sizes = sorted({args.posts, *args.rss_sizes})
        sites: dict[int, tuple[Site, dict]] = {}
        builds = {}
        for size in sizes:
            port = free_port()
            root = work / f"site-{size}"
            t0 = time.perf_counter()
            config = SiteConfig(posts=size, **SITE_SHAPE)
            info = build_static(config, root, f"127.0.0.1:{port}")
            builds[size] = {
                "seconds": time.perf_counter() - t0,
                "files": info["files"],
                "mb": info["bytes"] / 1e6,
                "pages_by_kind": {k: len(v) for k, v in info["pages"].items()},
            }
            print(f"built {size}-post site: {info['files']} files, {info['bytes'] / 1e6:.0f} MB "
                  f"in {builds[size]['seconds']:.1f} s", flush=True)  # fmt: skip
            sites[size] = (Site(root, port), info)
        results["builds"] = builds
        # Flush the freshly written files now: background writeback would otherwise stall
        # the first crawls' SQLite checkpoints.
        os.sync()
        nginx = Nginx(nginx_bin, work / "nginx", [s for s, _ in sites.values()]).start()
        main_site, info = sites[args.posts]
        bench = Bench(args, work, nginx)
        bench.kinds = {p: kind for kind, paths in info["pages"].items() for p in paths}
        blog = f"http://127.0.0.1:{main_site.port}{BLOG_PATH}"
        results["server_checks"] = server_checks(main_site.port)
        needed = {p for kind in NEEDED_KINDS for p in info["pages"][kind]}

        # -- A/B rounds, each A followed by a no-change recrawl of its database ------------------
        runs: dict[str, list] = {
            "msqa": [], "bare": [], "floor": [], "recrawl": [], "recrawl_no_etag": []
        }  # fmt: skip
        pairs, audits, fractions, copies = [], [], [], []
        for n in range(1, args.rounds + 1):
            print(f"round {n}/{args.rounds}", flush=True)
            db = work / f"crawl-{n}.sqlite"
            a = bench.crawl(f"A msqa crawl #{n}", blog, db)
            copies.append(work / f"crawl-{n}-copy.sqlite")
            copy_db(db, copies[-1])
            b = bench.bare(f"B bare spider #{n}", blog)
            # C: Scrapy alone over exactly the URLs A fetched (robots.txt comes by itself).
            urls = work / f"urls-{n}.txt"
            origin = f"http://127.0.0.1:{main_site.port}"
            urls.write_text("".join(f"{origin}{p}\n" for p in a["paths"] if p != "/robots.txt"))
            c = bench.bare(f"C fetch-only floor #{n}", blog, urls)
            r = bench.crawl(f"recrawl (ETag) #{n}", blog, db)
            audit = request_audit(a, needed, bench.kinds)
            audits.append(audit)
            pairs.append({
                "round": n,
                "pages_per_s_ratio": a["pages_per_s"] / b["pages_per_s"],
                "posts_per_s_ratio": a["posts_per_s"] / b["posts_per_s"],
                "wall_ratio": a["wall_s"] / b["wall_s"],
                "floor_pages_per_s_ratio": c["pages_per_s"] / b["pages_per_s"],
                "msqa_over_floor_wall": a["wall_s"] / c["wall_s"],
            })  # fmt: skip
            fractions.append(_fraction("recrawl", n, r, a))
            runs["msqa"].append(a)
            runs["bare"].append(b)
            runs["floor"].append(c)
            runs["recrawl"].append(r)

        # -- profile, peak RSS at two sizes ------------------------------------------------------
        print("profile", flush=True)
        results["profile"] = profile_crawl(bench, blog)
        print("peak RSS", flush=True)
        rss: dict[str, list] = {}
        for size in args.rss_sizes:
            site, _ = sites[size]
            url = f"http://127.0.0.1:{site.port}{BLOG_PATH}"
            run = bench.crawl(f"RSS crawl {size}", url, work / f"rss-{size}.sqlite", timeout=900)
            rss[str(size)] = [run]
        results["rss"] = rss

        # -- rebuild and extraction --------------------------------------------------------------
        print("rebuild", flush=True)
        biggest = work / f"rss-{max(args.rss_sizes)}.sqlite"
        large = biggest if max(args.rss_sizes) > args.posts and biggest.exists() else None
        results["rebuild"] = time_rebuild(bench, copies, large)
        print("extraction", flush=True)
        results["extraction"] = time_extraction(
            main_site.root, info, args.extract_pages, args.extract_iterations
        )
        ex = results["extraction"]
        other = (ex["trafilatura_ms"] or {}).get("median", float("nan"))
        mine = ex["extract_post_ms"]["median"]
        print(f"  extract_post median {mine:.2f} ms; trafilatura {other:.2f} ms", flush=True)

        # -- recrawls with nginx's ETag and If-Modified-Since handling off -----------------------
        print("recrawls without ETag (nginx restarted with etag off, if_modified_since off)")
        nginx.restart(
            [Site(s.root, s.port, etag=s.port != main_site.port) for s, _ in sites.values()]
        )
        for n, copy in enumerate(copies, 1):
            r = bench.crawl(f"recrawl (no ETag) #{n}", blog, copy)
            runs["recrawl_no_etag"].append(r)
            fractions.append(_fraction("recrawl_no_etag", n, r, runs["msqa"][n - 1]))
    finally:
        if nginx is not None:
            nginx.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["runs"] = {k: [strip_paths(x) for x in v] for k, v in runs.items()}
    results["rss"] = {k: [strip_paths(x) for x in v] for k, v in results["rss"].items()}
    results["pairs"] = pairs
    results["full_crawl_audit"] = [
        {**audit, "body_bytes": a["body_bytes"]}
        for audit, a in zip(audits, results["runs"]["msqa"], strict=True)
    ]
    results["recrawl_fractions"] = fractions
    served = [x for kind in results["runs"].values() for x in kind]
    results["server_cpu_share_overall"] = sum(x["server_cpu_s"] for x in served) / sum(
        x["wall_s"] for x in served
    )
    results["total_s"] = time.perf_counter() - started
    results["git_commit_at_end"] = code_version()
    if results["git_commit_at_end"] != results["machine"]["git_commit"]:
        print("WARNING: the code changed during the run; figures may mix versions", flush=True)
    report(results, args)
    return 0


def _fraction(kind: str, n: int, recrawl: dict, full: dict) -> dict[str, Any]:
    return {
        "kind": kind,
        "round": n,
        "requests": recrawl["requests"] / full["requests"],
        "time": recrawl["wall_s"] / full["wall_s"],
        "body_bytes": recrawl["body_bytes"] / max(1, full["body_bytes"]),
        "bytes": recrawl["bytes"] / max(1, full["bytes"]),
    }


def server_checks(port: int) -> list[dict[str, Any]]:
    """What nginx answers for each kind of path: status, content type, ETag, and a 304."""
    import urllib.error
    import urllib.request

    out = []
    for path in ("/robots.txt", "/sitemap.xml", "/2/feed", BLOG_PATH, f"{BLOG_PATH}/previous/2"):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            etag = resp.headers.get("ETag")
            check = {"path": path, "status": resp.status, "type": resp.headers["Content-Type"],
                     "etag": etag, "last_modified": resp.headers.get("Last-Modified")}  # fmt: skip
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", headers={"If-None-Match": etag or ""}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                check["conditional"] = resp.status
        except urllib.error.HTTPError as exc:
            check["conditional"] = exc.code
        out.append(check)
    return out


if __name__ == "__main__":
    sys.exit(main())

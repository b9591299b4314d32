"""A/B timing of ``extract_post``: an older commit's extractor against this worktree's, on the
pages ``bench/run.py`` times (see README.md, "extraction").

```console
$ .venv/bin/python bench/extract_ab.py                    # 022cda5 vs the worktree, 7 rounds
$ .venv/bin/python bench/extract_ab.py --old main --rounds 9 --trafilatura
$ .venv/bin/python bench/extract_ab.py --listing          # extract_listing, 100 index pages
$ .venv/bin/python bench/extract_ab.py --profile          # cProfile of the worktree's code
```

Why a harness of its own: the full benchmark measures one code base per run on a shared,
noisy 2-core machine, so two runs minutes apart cannot tell 5% apart. Here both code bases
time the *same* page bytes, in fresh child processes run alternately (old, new, new, old, ...),
and the verdict is the median of the per-round ratios new/old with their spread; beside it, the
ratio of the "floors" (each page's fastest call, summed), which the machine's load disturbs least.

- Pages: the replica built by ``build_static`` with bench/run.py's site shape (2,000 posts by
  default), and the 100 post pages ``time_extraction`` samples (every 20th post path).
- Old code: ``git archive REV msqa_scraper`` unpacked into a temp folder that goes first on the
  child's ``sys.path`` (the child checks which ``msqa_scraper`` it imported).
- Each child: one warm-up pass, then ``--passes`` passes, each call timed alone, like
  ``time_calls`` in bench/run.py; it prints the per-call times as JSON.
- ``--trafilatura``: ``trafilatura.extract(html, url=url)`` on the same pages (when installed),
  so the bench's extract_post/trafilatura ratio can be predicted.
- ``--fresh``: every timed call reads a page that child has not read before, as a crawl reads
  each page once. The default repeats the same pages every pass, so a cache keyed on a page's
  lines is always warm from the second pass on; here the warm-up reads ``--pages`` other pages
  and each pass reads ``--pages`` new ones (``(passes + 1) * pages`` pages of the replica, the
  same ones on both sides). The floors are then each pass slot's fastest call over different
  pages: still the same calls on both sides, so their ratio still compares the code.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SITE_SHAPE = {"per_page": 10, "months": 6, "categories": 8}  # bench/run.py's SITE_SHAPE
HOST = "127.0.0.1:8000"  # the port only shows in the pages' absolute links


# -- child ---------------------------------------------------------------------------------------


def child(code_root: str, pages_file: str, passes: int, what: str, fresh: int = 0) -> None:
    """Time ``what`` on the pages; ``fresh``: the slot size of ``--fresh`` (0: repeat them)."""
    sys.path.insert(0, code_root)
    pages = json.loads(Path(pages_file).read_text())
    calls: list[tuple[str, str, bytes | str]] = []
    if what == "trafilatura":
        import trafilatura

        def run(url: str, base_url: str, body: bytes | str) -> object:
            return trafilatura.extract(body, url=url)

        calls = [(p["url"], p["base_url"], p["body"]) for p in pages]
    else:
        import msqa_scraper
        import msqa_scraper.extract

        extract = getattr(msqa_scraper.extract, what)  # extract_post or extract_listing

        where = Path(msqa_scraper.__file__).resolve()
        if not where.is_relative_to(Path(code_root).resolve()):
            raise SystemExit(f"imported {where}, not the code under {code_root}")

        def run(url: str, base_url: str, body: bytes | str) -> object:
            return extract(body, url, base_url)

        calls = [(p["url"], p["base_url"], p["body"].encode("utf-8")) for p in pages]
    # each pass's calls: the same pages every pass, or (``fresh``) a new slot of pages each
    rounds = (
        [calls] * (passes + 1)
        if not fresh
        else [calls[at : at + fresh] for at in range(0, fresh * (passes + 1), fresh)]
    )
    for url, base_url, body in rounds[0]:  # warm-up: imports, caches, compiled selectors
        run(url, base_url, body)
    times: list[float] = []
    clock = time.perf_counter
    for timed in rounds[1:]:
        for url, base_url, body in timed:
            start = clock()
            run(url, base_url, body)
            times.append((clock() - start) * 1000)
    print(json.dumps(times))


def profile(pages_file: str, passes: int, out: str | None) -> None:
    import cProfile
    import pstats

    from msqa_scraper.extract import extract_post

    pages = json.loads(Path(pages_file).read_text())
    calls = [(p["body"].encode("utf-8"), p["url"], p["base_url"]) for p in pages]
    for args in calls:
        extract_post(*args)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(passes):
        for args in calls:
            extract_post(*args)
    prof.disable()
    if out:
        prof.dump_stats(out)
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


# -- parent --------------------------------------------------------------------------------------


def build_pages(posts: int, pages: int, work: Path, kind: str = "post", slots: int = 1) -> Path:
    """The replica's sample of ``pages`` pages, or ``slots`` times as many (``--fresh``)."""
    from msqa_scraper.replica import SiteConfig
    from msqa_scraper.replica.config import BLOG_PATH
    from msqa_scraper.replica.static import build_static, file_for

    site = work / "site"
    info = build_static(SiteConfig(posts=posts, **SITE_SHAPE), site, HOST)
    paths = info["pages"][kind]
    step = max(1, len(paths) // (pages * slots))  # as bench/run.py's time_extraction samples them
    chosen = paths[::step][: pages * slots]
    if len(chosen) < pages * slots:
        raise SystemExit(
            f"--fresh needs {pages * slots} {kind} pages, the replica has {len(paths)}"
        )
    out = [
        {
            "url": f"http://{HOST}{p}",
            "base_url": f"http://{HOST}{BLOG_PATH}",
            # The replica writes UTF-8; JSON keeps the exact bytes as text.
            "body": (site / file_for(p)).read_bytes().decode("utf-8"),
        }
        for p in chosen
    ]
    pages_file = work / "pages.json"
    pages_file.write_text(json.dumps(out))
    return pages_file


def unpack(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "msqa_scraper"],
        check=True,
        capture_output=True,
    ).stdout
    into.mkdir(parents=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    # Both sides import from .pyc, as an installed tool does (see bench/run.py's byte_compile).
    compileall.compile_dir(into, quiet=1, workers=1)
    return into


def run_child(
    code_root: Path, pages_file: Path, passes: int, what: str, fresh: int = 0
) -> list[float]:
    cmd = [PY, __file__, "--child", str(code_root), "--pages-file", str(pages_file)]
    cmd += ["--passes", str(passes), "--what", what, "--fresh-slot", str(fresh)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def floor(times: list[float], pages: int) -> float:
    """Each page's fastest call, summed: what the code costs without the machine's noise (on a
    shared machine another process only ever adds time)."""
    return sum(min(times[page::pages]) for page in range(pages))


def summary(times: list[float]) -> str:
    times = sorted(times)
    p10, p90 = times[len(times) // 10], times[len(times) * 9 // 10]
    median = statistics.median(times)
    return f"median {median:.3f} ms (p10 {p10:.3f}, p90 {p90:.3f}, n {len(times)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", default="022cda5", help="git revision of the reference code")
    parser.add_argument("--new", default=None, help="git revision to test (default: worktree)")
    parser.add_argument("--posts", type=int, default=2000, help="replica size (bench: 2,000)")
    parser.add_argument("--pages", type=int, default=100, help="post pages timed (bench: 100)")
    parser.add_argument("--passes", type=int, default=9, help="timed passes per child")
    parser.add_argument("--rounds", type=int, default=7, help="old/new child pairs")
    parser.add_argument("--trafilatura", action="store_true", help="time trafilatura too")
    parser.add_argument(
        "--listing", action="store_true", help="time extract_listing on index pages instead"
    )
    parser.add_argument(
        "--fresh", action="store_true", help="each timed call on a page not read before (a crawl)"
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the worktree's code")
    parser.add_argument("--profile-out", help="with --profile: write the pstats file here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--pages-file", help=argparse.SUPPRESS)
    parser.add_argument("--what", default="extract_post", help=argparse.SUPPRESS)
    parser.add_argument("--fresh-slot", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.pages_file, args.passes, args.what, args.fresh_slot)
        return 0

    with tempfile.TemporaryDirectory(prefix="msqa-extract-ab-") as tmp:
        work = Path(tmp)
        kind, what = ("index", "extract_listing") if args.listing else ("post", "extract_post")
        fresh = args.pages if args.fresh else 0
        slots = args.passes + 1 if fresh else 1
        pages_file = build_pages(args.posts, args.pages, work, kind, slots)
        shown = f"{args.pages} new {kind} pages a pass" if fresh else f"{args.pages} {kind} pages"
        print(f"{what}: {shown} of a {args.posts}-post replica", flush=True)
        if args.profile:
            profile(str(pages_file), args.passes, args.profile_out)
            return 0
        old = unpack(args.old, work / "old")
        new = unpack(args.new, work / "new") if args.new else ROOT
        if not args.new:
            compileall.compile_dir(ROOT / "msqa_scraper", quiet=1, workers=1)
        label_new = args.new or "worktree"
        all_times: dict[str, list[float]] = {"old": [], "new": []}
        ratios: list[float] = []
        floor_ratios: list[float] = []
        for n in range(args.rounds):
            # Alternate who goes first, so a drift in the machine's load favours neither.
            order = ("old", "new") if n % 2 == 0 else ("new", "old")
            medians, floors = {}, {}
            for side in order:
                code = old if side == "old" else new
                times = run_child(code, pages_file, args.passes, what, fresh)
                all_times[side] += times
                medians[side] = statistics.median(times)
                floors[side] = floor(times, args.pages)
            ratios.append(medians["new"] / medians["old"])
            floor_ratios.append(floors["new"] / floors["old"])
            print(
                f"round {n + 1}: old {medians['old']:.3f} ms, new {medians['new']:.3f} ms, "
                f"new/old {ratios[-1]:.3f} (floors {floor_ratios[-1]:.3f})",
                flush=True,
            )
        print(f"old ({args.old}): {summary(all_times['old'])}")
        print(f"new ({label_new}): {summary(all_times['new'])}")
        print(
            f"new/old per round: median {statistics.median(ratios):.3f} "
            f"(min {min(ratios):.3f}, max {max(ratios):.3f}, {len(ratios)} rounds)"
        )
        print(
            f"new/old of the floors: median {statistics.median(floor_ratios):.3f} "
            f"(min {min(floor_ratios):.3f}, max {max(floor_ratios):.3f})"
        )
        if args.trafilatura and not args.listing:
            try:
                traf = run_child(ROOT, pages_file, max(1, args.passes // 3), "trafilatura")
            except subprocess.CalledProcessError as exc:
                print(f"trafilatura: not timed ({exc.stderr.strip().splitlines()[-1]})")
            else:
                med = statistics.median(traf)
                new_med = statistics.median(all_times["new"])
                print(f"trafilatura: {summary(traf)}")
                print(f"predicted bench ratio extract_post/trafilatura: {new_med / med:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

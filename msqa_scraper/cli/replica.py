"""``msqa replica``: serve the offline replica of the blog, or write its ground truth."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from msqa_scraper import outputs
from msqa_scraper.cli import exitcodes
from msqa_scraper.cli.common import checked_output, fail, output_errors
from msqa_scraper.replica.config import DRIFT_MODES, MAX_POSTS, MIN_POSTS, SiteConfig


def _site_options(command: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--posts",
            default=40,
            show_default=True,
            type=click.IntRange(MIN_POSTS, MAX_POSTS),
            help="Posts in round 0.",
        ),
        click.option("--per-page", default=10, show_default=True, type=click.IntRange(1)),
        click.option(
            "--months",
            default=6,
            show_default=True,
            type=click.IntRange(1, 120),
            help="Archive months the posts spread over, ending September 2024.",
        ),
        click.option(
            "--categories",
            default=8,
            show_default=True,
            type=click.IntRange(0, 12),
            help="Categories in use (0: only 'All', as on the live site).",
        ),
        click.option("--seed", default=1, show_default=True, type=int),
        click.option("--round", "round_", default=0, show_default=True, type=click.IntRange(0)),
        click.option(
            "--bad-pages",
            is_flag=True,
            help="Add synthetic problem pages (no body, no signature, 2 MB, invalid UTF-8, "
            "scripts, hostile title, a non-post URL) for crawler robustness tests.",
        ),
        click.option(
            "--robots-disallow",
            "robots_disallow",
            multiple=True,
            metavar="PATH",
            help="Extra 'Disallow: PATH' under 'User-agent: *' in robots.txt (repeatable); "
            "the paths are still served.",
        ),
        click.option(
            "--hostile-content",
            "hostile_content",
            is_flag=True,
            help="Add synthetic attack pages (script links disguised with control characters,"
            " terminal escapes, spreadsheet formulas, a windows-1252 page) for security tests.",
        ),
        click.option(
            "--drift",
            type=click.Choice(DRIFT_MODES),
            default=None,
            help="Template drift: post markup the Weebly selectors no longer match "
            "(content and ground truth unchanged).",
        ),
        click.option(
            "--date-order",
            type=click.Choice(("MDY", "DMY")),
            default="MDY",
            show_default=True,
            help="How post dates are written: month-first (US, the live site) or day-first.",
        ),
        click.option(
            "--ambiguous-dates",
            is_flag=True,
            help="Publish every post on a day 1-12, so no date shows the order by itself.",
        ),
        click.option(
            "--weebly-forms",
            is_flag=True,
            help="Add posts of other real Weebly blogs: media only (pictures, YouTube, Weebly "
            "video, slideshow, video/audio), an empty body, an embed after a heading, and "
            "Cloudflare-obfuscated addresses re-encoded in every response.",
        ),
        click.option(
            "--html-links",
            is_flag=True,
            help="Spell listing and post links with .html, as mirrors do (also served).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _config(
    posts: int,
    per_page: int,
    months: int,
    categories: int,
    seed: int,
    round_: int,
    bad_pages: bool = False,
    robots_disallow: tuple[str, ...] = (),
    drift: str | None = None,
    hostile_content: bool = False,
    date_order: str = "MDY",
    ambiguous_dates: bool = False,
    weebly_forms: bool = False,
    html_links: bool = False,
) -> SiteConfig:
    try:
        return SiteConfig(
            posts=posts,
            per_page=per_page,
            months=months,
            categories=categories,
            seed=seed,
            round=round_,
            bad_pages=bad_pages,
            robots_disallow=tuple(robots_disallow),
            drift=drift,
            hostile_content=hostile_content,
            date_order=date_order,
            ambiguous_dates=ambiguous_dates,
            weebly_forms=weebly_forms,
            html_links=html_links,
        )
    except ValueError as error:
        raise click.UsageError(str(error)) from error


def _write_json(data: dict, path: Path, force: bool) -> None:
    with output_errors(path):
        outputs.write_text(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n", force=force)


_force_option = click.option(
    "--force", is_flag=True, help="Replace an existing output (for build: an earlier build only)."
)


@click.group("replica")
def replica_group() -> None:
    """The offline replica of the Virtual MS Center blog."""


@replica_group.command("serve")
@_site_options
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", default=0, show_default=True, type=click.IntRange(0, 65535), help="0: any free port."
)
@click.option("--no-etag", is_flag=True, help="Send no ETag/Last-Modified and never answer 304.")
@click.option(
    "--fault-500", default=0.0, type=click.FloatRange(0, 1), help="Share of URLs answering 500."
)
@click.option(
    "--fault-stall", default=0.0, type=click.FloatRange(0, 1), help="Share of URLs that stall."
)
@click.option(
    "--fault-truncate", default=0.0, type=click.FloatRange(0, 1), help="Share of URLs cut short."
)
@click.option(
    "--fault-429", default=0.0, type=click.FloatRange(0, 1), help="Share of URLs answering 429."
)
@click.option(
    "--fail-attempts",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Failures per faulty URL before it succeeds.",
)
@click.option("--stall-seconds", default=60.0, show_default=True, type=click.FloatRange(0))
@click.option(
    "--request-log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append one JSON line per request.",
)
@click.option(
    "--truth",
    "truth_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write ground truth for the served URL.",
)
@click.option(
    "--hostile",
    "hostile",
    multiple=True,
    metavar="KNOB[=VALUE]",
    callback=lambda ctx, param, values: _hostility(values),
    help="A hostile copy of the site (repeatable): empty_listings, meta_refresh, "
    "endless_pagination, loop_posts=N, off_origin=URL, off_origin_posts=N, long_url_posts=N, "
    "listing_flood=N, hollow_posts=N (see replica/hostile.py).",
)
@_force_option
def serve_command(
    posts: int,
    per_page: int,
    months: int,
    categories: int,
    seed: int,
    round_: int,
    bad_pages: bool,
    robots_disallow: tuple[str, ...],
    drift: str | None,
    hostile_content: bool,
    host: str,
    port: int,
    no_etag: bool,
    fault_500: float,
    fault_stall: float,
    fault_truncate: float,
    fault_429: float,
    fail_attempts: int,
    stall_seconds: float,
    request_log: Path | None,
    truth_path: Path | None,
    hostile: Any,
    force: bool,
    **forms: Any,
) -> None:
    """Serve the replica until Ctrl-C."""
    from msqa_scraper.replica import FaultConfig, ReplicaServer

    config = _config(
        posts,
        per_page,
        months,
        categories,
        seed,
        round_,
        bad_pages,
        robots_disallow,
        drift,
        hostile_content,
        **forms,
    )
    if truth_path is not None:
        checked_output(truth_path, force=force)
    if request_log is not None:
        try:
            outputs.check_append(request_log)
        except outputs.OutputRefused as exc:
            fail(f"--request-log: {exc}", exitcodes.BAD_INPUT)
    faults = FaultConfig(
        error_500=fault_500,
        stall=fault_stall,
        truncate=fault_truncate,
        throttle_429=fault_429,
        fail_attempts=fail_attempts,
        stall_seconds=stall_seconds,
    )
    server = ReplicaServer(
        config,
        host=host,
        port=port,
        etag=not no_etag,
        faults=faults,
        request_log=request_log,
        hostility=hostile,
    )
    with server:
        if truth_path is not None:
            _write_json(server.truth(), truth_path, force)
        knobs = [f"{len(server.site.bad_pages)} bad pages"] if bad_pages else []
        knobs += ["hostile content pages"] if hostile_content else []
        knobs += [f"drift {drift}"] if drift else []
        knobs += [f"robots disallow {' '.join(robots_disallow)}"] if robots_disallow else []
        knobs += [f"hostile: {hostile}"] if hostile.active else []
        click.echo(
            f"Serving replica at {server.blog_url} ({len(server.site.posts)} posts, "
            f"round {server.round}{''.join(', ' + k for k in knobs)})"
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            click.echo("Stopped.", err=True)


@replica_group.command("truth")
@_site_options
@click.option(
    "--base-url",
    required=True,
    help="The blog URL the replica is (or will be) served at, "
    "e.g. http://127.0.0.1:8080/q--a-for-virtual-ms-center.",
)
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@_force_option
def truth_command(
    posts: int,
    per_page: int,
    months: int,
    categories: int,
    seed: int,
    round_: int,
    bad_pages: bool,
    robots_disallow: tuple[str, ...],
    drift: str | None,
    hostile_content: bool,
    base_url: str,
    out: Path,
    force: bool,
    **forms: Any,
) -> None:
    """Write the replica's ground truth as JSON to OUT, without serving."""
    from msqa_scraper.replica import build_site, truth

    config = _config(
        posts,
        per_page,
        months,
        categories,
        seed,
        round_,
        bad_pages,
        robots_disallow,
        drift,
        hostile_content,
        **forms,
    )
    checked_output(out, force=force)
    site = build_site(config)
    _write_json(truth(site, base_url), out, force)
    click.echo(f"Wrote ground truth for {len(site.posts)} posts (round {site.round}) to {out}")


@replica_group.command("build")
@_site_options
@click.option(
    "--host",
    "serve_host",
    default="127.0.0.1:8080",
    show_default=True,
    help="host:port the files will be served at (absolute links carry it).",
)
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@_force_option
def build_command(
    posts: int,
    per_page: int,
    months: int,
    categories: int,
    seed: int,
    round_: int,
    bad_pages: bool,
    robots_disallow: tuple[str, ...],
    drift: str | None,
    hostile_content: bool,
    serve_host: str,
    out_dir: Path,
    force: bool,
    **forms: Any,
) -> None:
    """Write the replica as static files into OUT_DIR, for any web server.

    OUT_DIR must be new, empty, or an earlier build (replaced with --force); any other
    folder is refused, and a symlinked OUT_DIR stays a link.

    Extensionless pages are PATH.html (serve with "try $uri, then $uri.html"); the feed URLs are
    extensionless RSS files; legacy redirects and fault knobs need the live replica server.
    """
    from msqa_scraper.replica.static import BUILD_MARKER, build_static, is_build

    if hostile_content:
        # nginx declares every page UTF-8; the windows-1252 page needs the live server.
        raise click.UsageError("--hostile-content pages need the live replica: msqa replica serve")
    config = _config(
        posts,
        per_page,
        months,
        categories,
        seed,
        round_,
        bad_pages,
        robots_disallow,
        drift,
        hostile_content,
        **forms,
    )
    if out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir} is not a folder", exitcodes.BAD_INPUT)
    if not is_build(out_dir):
        fail(
            f"{out_dir} is not empty and holds no replica build; choose another folder",
            exitcodes.BAD_INPUT,
        )
    if (out_dir / BUILD_MARKER).is_file() and not force:
        fail(f"{out_dir} holds an earlier build (use --force to replace it)", exitcodes.BAD_INPUT)
    with output_errors(out_dir):
        summary = build_static(config, out_dir, serve_host)
    click.echo(
        f"Wrote {summary['files']} files ({summary['bytes'] / 1e6:.1f} MB, "
        f"{summary['posts']} posts) for http://{serve_host} into {out_dir}"
    )


def _hostility(values: tuple[str, ...]) -> Any:
    """``--hostile`` values as a ``Hostility`` (``KNOB`` sets a flag, ``KNOB=N`` a count)."""
    from dataclasses import fields, replace

    from msqa_scraper.replica.hostile import Hostility

    kinds = {f.name: f.type for f in fields(Hostility) if f.name != "robots_disallow"}
    knobs: dict[str, Any] = {}
    for value in values:
        name, sep, arg = value.partition("=")
        if name not in kinds:
            raise click.BadParameter(f"unknown knob {name!r} (one of {', '.join(kinds)})")
        kind = str(kinds[name])
        try:
            if "bool" in kind:
                knobs[name] = True if not sep else arg.lower() in ("1", "true", "yes")
            elif "int" in kind:
                knobs[name] = int(arg)
            else:
                knobs[name] = arg or None
        except ValueError:
            raise click.BadParameter(f"{name} needs a number, not {arg!r}") from None
    return replace(Hostility(), **knobs)

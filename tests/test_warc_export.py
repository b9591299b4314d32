"""``msqa export-warc``: a WARC 1.1 file that warcio reads back, with every capture in it."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from capture_history import History, make_history
from crawling import msqa
from warcio.archiveiterator import ArchiveIterator

from msqa_scraper.cli import exitcodes
from msqa_scraper.exports.warc import ORIGINAL, body_headers, digest
from msqa_scraper.store import Archive
from msqa_scraper.store.captures import CaptureStore

REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


@dataclass
class Record:
    type: str
    headers: dict[str, str]
    status: int | None
    http_headers: list[tuple[str, str]]
    payload: bytes

    def __getitem__(self, name: str) -> str | None:
        return self.headers.get(name)


def read_warc(path: Path) -> list[Record]:
    records = []
    with path.open("rb") as fh:
        # check_digests="raise": every block and payload digest must match what was written.
        for record in ArchiveIterator(fh, check_digests="raise"):
            http = record.http_headers
            records.append(
                Record(
                    record.rec_type,
                    dict(record.rec_headers.headers),
                    int(http.get_statuscode()) if http and record.rec_type != "request" else None,
                    list(http.headers) if http else [],
                    record.content_stream().read(),
                )
            )
    return records


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> History:
    return make_history(tmp_path_factory.mktemp("warc"))


@pytest.fixture(scope="module")
def exported(history: History, tmp_path_factory) -> list[Record]:
    out = tmp_path_factory.mktemp("warc-out") / "all.warc.gz"
    result = msqa("export-warc", str(out), "--db", str(history.db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}:")
    return read_warc(out)


def test_warcinfo_comes_first_and_describes_the_crawls(history: History, exported) -> None:
    info = exported[0]
    assert info.type == "warcinfo" and info["WARC-Type"] == "warcinfo"
    assert [r.type for r in exported].count("warcinfo") == 1
    fields = [line.split(": ", 1) for line in info.payload.decode().splitlines()]
    values: dict[str, list[str]] = {}
    for name, value in fields:
        values.setdefault(name, []).append(value)
    assert values["software"][0].startswith("msqa-scraper/0.1.0")
    assert values["format"] == ["WARC File Format 1.1"]
    assert values["robots"] == ["obey"]
    agents = {
        value
        for (headers,) in rows(history.db, "SELECT request_headers FROM captures")
        for name, value in json.loads(headers)
        if name.lower() == "user-agent"
    }
    assert set(values["http-header-user-agent"]) == agents
    assert agents and all(agent.startswith("msqa-scraper/") for agent in agents)
    assert values["disclaimer"] == [t for (t,) in rows(history.db, "SELECT text FROM disclaimers")]
    assert [c.split()[0] for c in values["crawl"]] == ["1", "2", "3"]
    assert "Content-Encoding" in values["msqa-payloads"][0]


def test_every_capture_is_a_request_and_a_response_or_revisit(history: History, exported) -> None:
    records = exported[1:]
    captures = rows(history.db, "SELECT url, fetched_at FROM captures ORDER BY id")
    assert len(records) == 2 * len(captures)
    for (url, fetched_at), request, answer in zip(
        captures, records[::2], records[1::2], strict=True
    ):
        assert request.type == "request" and answer.type in ("response", "revisit")
        assert request["WARC-Target-URI"] == answer["WARC-Target-URI"] == url
        assert request["WARC-Date"] == answer["WARC-Date"] == fetched_at
        assert request["WARC-Concurrent-To"] == answer["WARC-Record-ID"]
        assert answer["WARC-Concurrent-To"] == request["WARC-Record-ID"]
        assert request["WARC-Warcinfo-ID"] == exported[0]["WARC-Record-ID"]
        assert request.http_headers[0] == ("Host", url.split("/")[2])


def test_every_post_page_is_a_response_with_the_stored_body(history: History, exported) -> None:
    responses = {r["WARC-Target-URI"]: r for r in exported if r.type == "response"}
    assert history.post_urls <= set(responses)
    bodies = dict(rows(history.db, "SELECT url, body_sha256 FROM captures WHERE status = 200"))
    for url in history.post_urls:
        response = responses[url]
        assert response.status == 200
        assert hashlib.sha256(response.payload).hexdigest() == bodies[url]
        assert response["WARC-Payload-Digest"] == digest(response.payload)


def test_unchanged_recapture_is_a_revisit_of_the_first_response(history: History, exported) -> None:
    by_id = {r["WARC-Record-ID"]: r for r in exported}
    revisits = [r for r in exported if r.type == "revisit"]
    not_modified = rows(history.db, "SELECT count(*) FROM captures WHERE status = 304")[0][0]
    assert not_modified and len(revisits) >= not_modified
    index = [r for r in revisits if r["WARC-Target-URI"] == history.blog_url and r.status == 304]
    assert index, "the unchanged recrawl's index page came back 304"
    for revisit in revisits:
        assert revisit["WARC-Profile"] == REVISIT_PROFILE
        assert revisit.payload == b""
        original = by_id[revisit["WARC-Refers-To"]]
        assert original.type == "response"
        assert revisit["WARC-Refers-To-Target-URI"] == original["WARC-Target-URI"]
        assert revisit["WARC-Refers-To-Date"] == original["WARC-Date"]
        assert revisit["WARC-Payload-Digest"] == original["WARC-Payload-Digest"]
        assert revisit["WARC-Date"] >= original["WARC-Date"]


def test_since_keeps_the_later_crawls_only(history: History, tmp_path: Path) -> None:
    out = tmp_path / "since.warc.gz"
    result = msqa("export-warc", str(out), "--db", str(history.db), "--since", "3")
    assert result.returncode == 0, result.stderr
    records = read_warc(out)
    info = records[0].payload.decode()
    assert [line.split()[1] for line in info.splitlines() if line.startswith("crawl:")] == ["3"]
    captured = rows(
        history.db, "SELECT url, fetched_at FROM captures WHERE crawl_id = 3 ORDER BY id"
    )
    assert [(r["WARC-Target-URI"], r["WARC-Date"]) for r in records[1::2]] == captured
    ids = {r["WARC-Record-ID"] for r in records}
    started = rows(history.db, "SELECT started_at FROM crawls WHERE id = 3")[0][0]
    revisits = [r for r in records if r.type == "revisit"]
    assert revisits  # robots.txt came back 304 in crawl 3
    for revisit in revisits:
        if revisit["WARC-Refers-To"] is None:
            # A 304 confirming a capture from before --since names it by URI and date only.
            assert revisit["WARC-Refers-To-Date"] < started
        else:
            assert revisit["WARC-Refers-To"] in ids


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--db", "{tmp}/missing.sqlite"], exitcodes.DATABASE, "no archive at"),
        (["--since", "99"], exitcodes.BAD_INPUT, "no crawl 99"),
        (["--since", "0"], exitcodes.BAD_INPUT, "Invalid value"),
    ],
)
def test_bad_input_is_one_line(history: History, tmp_path: Path, args, code, message) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--db" not in args:
        args += ["--db", str(history.db)]
    result = msqa("export-warc", str(tmp_path / "out.warc.gz"), *args)
    assert result.returncode == code, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out.warc.gz").exists()


@pytest.mark.parametrize("target", ["missing/out.warc.gz", "."])
def test_unwritable_output_is_one_line(history: History, tmp_path: Path, target: str) -> None:
    result = msqa("export-warc", str(tmp_path / target), "--db", str(history.db))
    assert result.returncode == exitcodes.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("msqa: error:")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_folder_that_refuses_files_is_one_line(history: History) -> None:
    # /proc takes no new files, not even from root (permission bits would not stop root).
    result = msqa("export-warc", "/proc/out.warc.gz", "--db", str(history.db))
    assert result.returncode == exitcodes.BAD_INPUT
    assert result.stderr.strip() == (
        "msqa: error: cannot write /proc/out.warc.gz: No such file or directory"
    )


def test_decoded_body_gets_headers_that_describe_it(tmp_path: Path) -> None:
    """Scrapy hands over gunzipped, de-chunked bodies: the record's headers must say so."""
    body = b"<html><body>" + b"decoded " * 100 + b"</body></html>"
    db = tmp_path / "msqa.sqlite"
    with Archive.open(db) as archive:
        crawl_id = archive.begin_crawl("http://example.test/blog", "virtual_ms_center")
        CaptureStore(archive.db).add(
            crawl_id=crawl_id,
            method="GET",
            url="http://example.test/blog",
            status=200,
            protocol="HTTP/1.1",
            request_headers=[("User-Agent", "msqa-scraper/test"), ("Accept-Encoding", "gzip")],
            response_headers=[
                ("Content-Type", "text/html"),
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(gzip.compress(body)))),
            ],
            body=body,
        )
    out = tmp_path / "one.warc.gz"
    assert msqa("export-warc", str(out), "--db", str(db)).returncode == 0
    response = next(r for r in read_warc(out) if r.type == "response")
    headers = dict(response.http_headers)
    assert response.payload == body  # warcio found no encoding to undo
    assert headers["Content-Length"] == str(len(body))
    assert headers[ORIGINAL + "Content-Encoding"] == "gzip"
    assert headers[ORIGINAL + "Content-Length"] == str(len(gzip.compress(body)))
    assert "Content-Encoding" not in headers


def test_body_headers_keep_what_they_replace() -> None:
    received = [("Transfer-Encoding", "chunked"), ("Content-Type", "text/html")]
    assert body_headers(received, 10) == [
        (ORIGINAL + "Transfer-Encoding", "chunked"),
        ("Content-Type", "text/html"),
        ("Content-Length", "10"),
    ]
    assert body_headers([("Content-Length", "10")], 10) == [("Content-Length", "10")]

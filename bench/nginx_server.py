"""nginx from Debian's packages as a private, non-daemon child process on loopback.

One master and one worker, a config and logs in a temp folder, one ``server`` block per static
site (each on its own 127.0.0.1 port). The access log is parsed for request counts; the worker's
CPU time comes from ``/proc/<pid>/stat``.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from msqa_scraper.replica.static import nginx_server

# $msec status body_bytes bytes_sent "request" — the fields ``AccessLog`` reads.
LOG_FORMAT = '\'$msec $status $body_bytes_sent $bytes_sent "$request" "$http_user_agent"\''
CLK_TCK = os.sysconf("SC_CLK_TCK")
PR_SET_PDEATHSIG = 1


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )


def ensure_nginx() -> str:
    """The nginx binary; installs Debian's package first if it is missing."""
    found = nginx_binary()
    if found:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", "nginx"]
    if subprocess.run(install, env=env, check=False, timeout=600).returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, check=False, timeout=600)
        subprocess.run(install, env=env, check=True, timeout=600)
    found = nginx_binary()
    if not found:
        raise RuntimeError("nginx is still missing after apt-get install nginx")
    return found


def nginx_version(binary: str) -> str:
    out = subprocess.run([binary, "-v"], capture_output=True, text=True, check=False, timeout=30)
    return (out.stderr or out.stdout).strip().rpartition("/")[2]


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it (nginx: fast shutdown) when the benchmark dies,
    even by SIGKILL, so no nginx outlives it."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of one process, in seconds (0 if it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


@dataclass
class Site:
    root: Path
    port: int
    etag: bool = True


class Nginx:
    """``with Nginx(workdir, sites) as server:`` runs nginx until the block ends (or ``stop``)."""

    def __init__(self, binary: str, workdir: Path, sites: list[Site]) -> None:
        self.binary = binary
        self.workdir = Path(workdir)
        self.sites = sites
        self.access_log = self.workdir / "access.log"
        self.error_log = self.workdir / "error.log"
        self.process: subprocess.Popen | None = None
        self._worker_cpu_done = 0.0  # CPU of workers of earlier starts

    def config(self) -> str:
        user = "user nobody nogroup;\n" if os.geteuid() == 0 else ""
        servers = []
        for site in self.sites:
            listen = f"127.0.0.1:{site.port}"
            servers.append(nginx_server(site.root, listen, self.access_log, site.etag))
        temp = self.workdir / "tmp"
        return f"""{user}worker_processes 1;
daemon off;
master_process on;
pid {self.workdir / "nginx.pid"};
error_log {self.error_log} warn;
events {{ worker_connections 1024; }}
http {{
    types {{
        text/html html htm;
        text/plain txt;
        text/css css;
        application/javascript js;
        application/xml xml;
        application/rss+xml rss;
        image/png png;
        image/jpeg jpg jpeg;
        image/gif gif;
    }}
    log_format msqa {LOG_FORMAT};
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 30;
    keepalive_requests 100000;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{"".join(servers)}}}
"""

    def start(self) -> Nginx:
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "tmp").mkdir(exist_ok=True)
        conf = self.workdir / "nginx.conf"
        conf.write_text(self.config())
        base = [self.binary, "-p", str(self.workdir), "-c", str(conf), "-e", str(self.error_log)]
        subprocess.run([*base, "-t", "-q"], check=True, timeout=30)
        self.process = subprocess.Popen(
            base,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.workdir / "stderr.log", "ab"),  # noqa: SIM115 - child keeps it
            start_new_session=True,  # its own process group: stop() kills the whole group
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + 15
        pending = {site.port for site in self.sites}
        while (pending or not self.workers()) and time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.process = None
                log = self.error_log.read_text()[-2000:] if self.error_log.exists() else ""
                raise RuntimeError(f"nginx exited at start (port taken?): {log}")
            for port in list(pending):
                with socket.socket() as sock:
                    sock.settimeout(0.2)
                    if sock.connect_ex(("127.0.0.1", port)) == 0:
                        pending.discard(port)
            time.sleep(0.05)
        if pending or not self.workers():
            self.stop()
            raise RuntimeError(f"nginx did not come up (ports {sorted(pending)} not answering)")
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        self._worker_cpu_done += self.worker_cpu()
        try:
            os.killpg(self.process.pid, signal.SIGQUIT)  # graceful: workers finish and exit
            self.process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def restart(self, sites: list[Site]) -> None:
        self.stop()
        self.sites = sites
        self.start()

    def __enter__(self) -> Nginx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- measurements -----------------------------------------------------------------------
    def workers(self) -> list[int]:
        if self.process is None:
            return []
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        return [int(c) for c in children]

    def worker_cpu(self) -> float:
        """CPU seconds the current workers have used (the master only manages them)."""
        return sum(proc_cpu_seconds(pid) for pid in self.workers())

    def log_offset(self) -> int:
        return self.access_log.stat().st_size if self.access_log.exists() else 0

    def log_since(self, offset: int) -> list[dict]:
        """Access-log records written after ``offset``: time, status, bytes (body, total),
        method, path, user agent."""
        if not self.access_log.exists():
            return []
        with self.access_log.open("rb") as log:
            log.seek(offset)
            lines = log.read().decode("utf-8", "replace").splitlines()
        records = []
        for line in lines:
            head, _, rest = line.partition(' "')
            parts = head.split()
            request_line, _, agent = rest.partition('" "')
            request = request_line.split()
            if len(parts) != 4 or len(request) < 2:
                continue
            records.append(
                {
                    "time": float(parts[0]),
                    "status": int(parts[1]),
                    "body_bytes": int(parts[2]),
                    "bytes": int(parts[3]),
                    "method": request[0],
                    "path": request[1],
                    "ua": agent.removesuffix('"'),
                }
            )
        return records

"""``kg serve``: a read-only SPARQL 1.1 endpoint over the embedded store, for a team.

The engine is the Oxigraph server (the ``oxigraph`` binary from PyPI), started
read-only on a private loopback port with the union of the named graphs as
default graph (the store's materialised one) and a query timeout. In front of it a small gateway adds what the
binary lacks: an offline query page with the saved queries one click away, a
result limit, a clear error when a query times out (the binary cuts the
response short with HTTP 200), and refusal of every write.

Routes: ``/`` the page; ``/query`` SPARQL 1.1 Protocol (GET or POST);
``/saved`` the saved queries as JSON; ``/saved/NAME?param=value`` one run
with bound parameters. Anything that writes answers 403.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import KgError, StoreError, UsageError
from kg.query.saved import saved_queries
from kg.store.remote import bind_values

__all__ = ["ServeConfig", "free_port", "oxigraph_binary", "serve", "start_engine"]


@dataclass(frozen=True)
class ServeConfig:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout_s: float = 30.0
    limit: int = 10_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    """The Oxigraph server binary: beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server binary is missing; pip install oxigraph")
    return found


def _union_needed(store: Path) -> bool:
    """Whether the store lacks the materialised union (written before it existed).

    A writable engine is always asked for Oxigraph's union: writes through the endpoint
    fill named graphs only.
    """
    from kg.store import Store

    embedded = Store(store, read_only=True)
    try:
        return embedded.union_default_graph
    finally:
        del embedded


@contextlib.contextmanager
def start_engine(store: Path, *, timeout_s: float, writable: bool = False) -> Iterator[str]:
    """Run the Oxigraph server on a free loopback port; yield its base URL; stop it after."""
    if not store.is_dir():
        raise StoreError(f"{store}: no store here; run 'kg ingest' first")
    port = free_port()
    command = [
        oxigraph_binary(),
        "serve" if writable else "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"127.0.0.1:{port}",
        *(["--union-default-graph"] if writable or _union_needed(store) else []),
        "--timeout-s",
        # The engine's own limit is a backstop: the gateway's deadline answers first.
        str(max(1, round(timeout_s)) + 5),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if process.poll() is not None:
                    err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
                    raise StoreError(
                        f"{store}: the Oxigraph server did not start ({err.strip()[:200]})"
                    ) from None
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"{store}: the Oxigraph server did not answer within 20 s"
                    ) from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


_WRITES = re.compile(
    r"^\s*(?:PREFIX[^\n]*\n|BASE[^\n]*\n|#[^\n]*\n|\s)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def _truncate(body: bytes, content_type: str, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` solutions, whatever the results format."""
    if "json" in content_type:
        data = json.loads(body)
        rows = data.get("results", {}).get("bindings")
        if rows is not None and len(rows) > limit:
            data["results"]["bindings"] = rows[:limit]
            return json.dumps(data).encode("utf-8"), True
        return body, False
    if "csv" in content_type or "tab-separated" in content_type:
        lines = body.split(b"\n")
        if len(lines) - 2 > limit:
            return b"\n".join(lines[: limit + 1]) + b"\n", True
        return body, False
    if "xml" in content_type:
        results = re.findall(rb"<result>.*?</result>", body, re.DOTALL)
        if len(results) > limit:
            head, _, _ = body.partition(b"<result>")
            return head + b"".join(results[:limit]) + b"</results></sparql>", True
    return body, False


class _Gateway(BaseHTTPRequestHandler):
    engine: str = ""
    config: ServeConfig

    server_version = "kg-serve"

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")

    # -- responses ----------------------------------------------------------------------

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # -- routes -------------------------------------------------------------------------

    def do_GET(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parts.query)
        if parts.path in ("/", "/index.html"):
            self._send(200, _page().encode("utf-8"), "text/html; charset=utf-8")
        elif parts.path == "/query":
            if "update" in params:
                self._error(403, "this endpoint is read-only: updates are refused")
                return
            query = (params.get("query") or [""])[0]
            self._query(query)
        elif parts.path == "/saved":
            listing = [
                {
                    "name": q.name,
                    "question": q.question,
                    "text": q.text,
                    "params": [
                        {"name": p.name, "type": p.type, "description": p.description}
                        for p in q.params
                    ],
                }
                for q in saved_queries().values()
            ]
            self._send(200, json.dumps(listing).encode("utf-8"), "application/json")
        elif parts.path.startswith("/saved/"):
            name = parts.path[len("/saved/") :]
            saved = saved_queries().get(name)
            if saved is None:
                self._error(404, f"no saved query named {name!r}")
                return
            try:
                values = saved.bind({k: v[0] for k, v in params.items() if v and v[0]})
                from kg.store.base import binding

                sparql = bind_values(saved.text, {k: binding(v) for k, v in values.items()})
            except KgError as exc:
                self._error(400, str(exc))
                return
            self._query(sparql)
        else:
            self._error(404, "not found: use /query, /saved or /")

    def do_POST(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if parts.path != "/query":
            self._error(403, "this endpoint is read-only: only /query is answered")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: updates are refused")
            return
        if ctype == "application/sparql-query":
            query = body.decode("utf-8")
        else:
            form = urllib.parse.parse_qs(body.decode("utf-8"))
            if "update" in form:
                self._error(403, "this endpoint is read-only: updates are refused")
                return
            query = (form.get("query") or [""])[0]
        self._query(query)

    def do_PUT(self) -> None:
        self._error(403, "this endpoint is read-only")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _query(self, query: str) -> None:
        if not query.strip():
            self._error(400, "no query: send ?query=… (SPARQL 1.1 Protocol)")
            return
        if _WRITES.match(query):
            self._error(403, "this endpoint is read-only: updates are refused")
            return
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        if "html" in accept or accept.strip() in ("*/*", ""):
            accept = "application/sparql-results+json"
        form = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(
            f"{self.engine}/query",
            data=form,
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        started = time.monotonic()
        deadline = started + self.config.timeout_s
        try:
            # Read in chunks against a wall-clock deadline: the engine streams its answer,
            # so a socket timeout alone would restart with every chunk.
            with urllib.request.urlopen(request, timeout=self.config.timeout_s) as response:
                content_type = response.headers.get("Content-Type", "application/octet-stream")
                # Once the answer starts, wait at most a second per chunk so that the deadline
                # is checked often (urllib keeps the socket on a private attribute).
                with contextlib.suppress(AttributeError):
                    response.fp.raw._sock.settimeout(1.0)  # type: ignore[union-attr]
                chunks: list[bytes] = []
                size = 0
                while True:
                    if time.monotonic() > deadline:
                        self._error(
                            503, _timeout_message(self.config.timeout_s, time.monotonic() - started)
                        )
                        return
                    try:
                        chunk = response.read(1 << 16)
                    except TimeoutError:
                        continue
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_BYTES:
                        self._error(
                            413,
                            f"the answer is over {MAX_BYTES >> 20} MB: add a LIMIT or narrow the query",
                        )
                        return
                body = b"".join(chunks)
        except urllib.error.HTTPError as exc:
            message = exc.read().decode("utf-8", "replace").strip()
            if "cancel" in message.lower() or "timeout" in message.lower():
                self._error(
                    503, _timeout_message(self.config.timeout_s, time.monotonic() - started)
                )
            else:
                self._error(400 if exc.code == 400 else 502, message)
            return
        except TimeoutError:
            # No header within the time allowed: an aggregate still computing.
            self._error(503, _timeout_message(self.config.timeout_s, time.monotonic() - started))
            return
        except (urllib.error.URLError, OSError) as exc:
            if isinstance(getattr(exc, "reason", None), TimeoutError):
                self._error(
                    503, _timeout_message(self.config.timeout_s, time.monotonic() - started)
                )
            else:
                self._error(502, f"the engine did not answer ({exc})")
            return
        if body.rstrip().endswith(b"The SPARQL operation has been cancelled"):
            self._error(503, _timeout_message(self.config.timeout_s, time.monotonic() - started))
            return
        try:
            body, cut = _truncate(body, content_type, self.config.limit)
        except ValueError:
            cut = False
        extra = {"X-KG-Result-Limit": str(self.config.limit)}
        if cut:
            extra["X-KG-Truncated"] = "true"
        self._send(200, body, content_type, extra)


MAX_BYTES = 256 << 20


def _timeout_message(limit: float, elapsed: float) -> str:
    return f"query stopped: it ran past the {limit:g} s timeout (kg serve --timeout) after {elapsed:.1f} s"


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so that the engine is stopped on the way out


def serve(config: ServeConfig) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); the engine stops with the gateway."""
    import signal

    if str(config.store).startswith(("http://", "https:/")):
        raise UsageError("kg serve serves an embedded store; a remote endpoint is already one")
    signal.signal(signal.SIGTERM, _stop)
    with start_engine(config.store, timeout_s=config.timeout_s) as engine:
        handler = type("Gateway", (_Gateway,), {"engine": engine, "config": config})
        try:
            server = ThreadingHTTPServer((config.host, config.port), handler)
        except OSError as exc:
            raise UsageError(
                f"{config.host}:{config.port}: cannot listen ({exc.strerror})"
            ) from exc
        print(
            f"SPARQL endpoint: http://{config.host}:{config.port}/query  (page: http://{config.host}:{config.port}/)",
            flush=True,
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


def _page() -> str:
    queries = [
        {
            "name": q.name,
            "question": q.question,
            "text": q.text,
            "params": [
                {"name": p.name, "type": p.type, "description": p.description} for p in q.params
            ],
        }
        for q in saved_queries().values()
    ]
    data = (
        json.dumps(queries).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return _PAGE.replace("__SAVED__", data).replace(
        "__TITLE__", html.escape("ASEAN defence KG: SPARQL")
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>__TITLE__</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; display: flex; height: 100vh; }
nav { width: 300px; overflow-y: auto; border-right: 1px solid #ddd; padding: 8px; font-size: 0.9em; }
nav button { display: block; width: 100%; text-align: left; margin: 4px 0; }
nav label { display: block; font-size: 0.85em; }
main { flex: 1; padding: 8px 16px; overflow: auto; }
textarea { width: 100%; height: 220px; font-family: monospace; }
table { border-collapse: collapse; font-size: 0.85em; margin-top: 8px; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
#status { color: #555; margin-left: 8px; }
</style></head>
<body>
<nav><h3>Saved queries</h3><div id="saved"></div></nav>
<main>
<h2>__TITLE__</h2>
<textarea id="query">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea><br>
<button id="run">Run</button><span id="status"></span>
<div id="results"></div>
</main>
<script>
(function () {
  var saved = __SAVED__;
  var status = document.getElementById("status");
  function show(data) {
    var box = document.getElementById("results"); box.textContent = "";
    if (data.boolean !== undefined) { box.textContent = String(data.boolean); return; }
    var table = document.createElement("table"), head = table.insertRow();
    data.head.vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    data.results.bindings.forEach(function (b) {
      var row = table.insertRow();
      data.head.vars.forEach(function (v) { row.insertCell().textContent = b[v] ? b[v].value : ""; });
    });
    box.appendChild(table);
    status.textContent = data.results.bindings.length + " rows";
  }
  function fetchJson(url, options) {
    status.textContent = "running…";
    fetch(url, options).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t); }); }
      return r.json();
    }).then(show).catch(function (e) { status.textContent = e.message; });
  }
  document.getElementById("run").onclick = function () {
    var body = new URLSearchParams({ query: document.getElementById("query").value });
    fetchJson("query", { method: "POST", body: body, headers: { "Accept": "application/sparql-results+json" } });
  };
  var nav = document.getElementById("saved");
  saved.forEach(function (q) {
    var box = document.createElement("div"), button = document.createElement("button");
    button.textContent = q.name; button.title = q.question; box.appendChild(button);
    var inputs = {};
    q.params.forEach(function (p) {
      var label = document.createElement("label"), input = document.createElement("input");
      label.textContent = p.name + " (" + p.type + ") "; input.placeholder = p.description;
      label.appendChild(input); box.appendChild(label); inputs[p.name] = input;
    });
    button.onclick = function () {
      document.getElementById("query").value = q.text;
      var params = new URLSearchParams();
      Object.keys(inputs).forEach(function (k) { if (inputs[k].value) params.set(k, inputs[k].value); });
      fetchJson("saved/" + encodeURIComponent(q.name) + "?" + params.toString(), { headers: { "Accept": "application/sparql-results+json" } });
    };
    nav.appendChild(box);
  });
})();
</script>
</body></html>
"""

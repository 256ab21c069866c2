"""A web server on 127.0.0.1 for the URL tests: nothing leaves this machine."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1 and yield its base URL; always stop it."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def send_lines(handler: BaseHTTPRequestHandler, line: bytes, count: int, pause: float) -> None:
    """Answer 200 with ``count`` copies of ``line`` (their length declared), ``pause`` seconds
    after each; a client that hangs up early is no error."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(len(line) * count))
    handler.end_headers()
    try:
        for _ in range(count):
            handler.wfile.write(line)
            handler.wfile.flush()
            time.sleep(pause)
    except OSError:
        pass

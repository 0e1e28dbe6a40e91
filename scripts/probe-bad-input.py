#!/usr/bin/env python3
"""Reruns the bad-input matrix against a `claims` binary and prints one line per input.

Usage: python3 scripts/probe-bad-input.py [CLAIMS_BINARY] [--markdown]

Each input is checked beside one good source (`claims check good.txt INPUT --no-ledger
--format json --timeout 3`, languages guessed). A line gives the input, the exit status, the error lines on stderr
and whether the good source was still read and its claims found. The web inputs are served by a
local server started here on 127.0.0.1 (a 404, a redirect loop, a trickle of one byte every
0.2 s, a server that never answers) and a port that is bound but not listening. Nothing outside
a temporary folder is written. With --markdown the lines come as a Markdown table (as in
docs/bad-input.md).
"""
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

GOOD = "Microsoft invested 10 billion dollars in OpenAI in 2023, and 49% of its shares.\n"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        try:
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif self.path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(300):
                    self.wfile.write(b"z")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif self.path == "/silent":
                time.sleep(60)
            else:
                body = b"not found"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def serve():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def inputs(folder, port, dead):
    def write(name, data):
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path

    deep = "<html><body>" + "<div>" * 10000 + "<p>Deep text: 7 people were hurt.</p>" + "</div>" * 10000 + "</body></html>"
    manifest = write("bad-manifest/sources.json", b'{"sources": [ {"file": "a.txt", "languag": "en"} ]')
    write("bad-manifest/a.txt", b"Five people were hurt.\n")
    big = os.path.join(folder, "50mb.txt")
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
        f.seek(0)
        f.write(b"Large file 3 items.\n")
    return [
        ("empty file", write("empty.txt", b"")),
        ("binary (PNG)", write("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)),
        ("invalid UTF-8", write("invalid.txt", b"abc \xc3\x28 def 42 items\n")),
        ("GBK plain text", write("gbk.txt", "微软投资一百亿美元。".encode("gbk"))),
        ("Big5 HTML", write("big5.html", ('<html><head><meta charset="big5"><title>新聞</title></head>'
                                           "<body><p>微軟投資一百億美元。</p></body></html>").encode("big5"))),
        ("50 MB file", big),
        ("malformed HTML", write("malformed.html", b"<html><body><p>Unclosed <b>bold <i>42 people</p></div></span><p>more")),
        ("HTML nested 10,000 deep", write("deep.html", deep.encode())),
        ("bad manifest", os.path.dirname(manifest)),
        ("missing file", os.path.join(folder, "no-such-file.txt")),
        ("dead port", f"http://127.0.0.1:{dead}/page"),
        ("HTTP 404", f"http://127.0.0.1:{port}/missing"),
        ("redirect loop", f"http://127.0.0.1:{port}/loop"),
        ("trickling server", f"http://127.0.0.1:{port}/trickle"),
        ("silent server", f"http://127.0.0.1:{port}/silent"),
    ]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), "..", ".build", "release", "claims"))
    markdown = "--markdown" in sys.argv
    port = serve()
    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    dead = held.getsockname()[1]
    rows = []
    with tempfile.TemporaryDirectory(prefix="claims-probe-") as folder:
        good = os.path.join(folder, "good.txt")
        with open(good, "w") as f:
            f.write(GOOD)
        for label, target in inputs(folder, port, dead):
            started = time.monotonic()
            run = subprocess.run([binary, "check", good, target, "--no-ledger", "--format", "json", "--timeout", "3",
                                  "--workbench", folder],
                                 capture_output=True, text=True, timeout=120, cwd=folder)
            seconds = time.monotonic() - started
            errors = [line.replace(folder + "/", "") for line in run.stderr.splitlines() if line.startswith("claims:")]
            try:
                report = json.loads(run.stdout)
                counts = {}
                for claim in report.get("claims", []):
                    counts[claim["source"]] = counts.get(claim["source"], 0) + 1
                good_read = counts.get("good", 0) > 0
                other = sum(n for source, n in counts.items() if source != "good")
            except json.JSONDecodeError:
                good_read, other = False, 0
            rows.append((label, run.returncode, " / ".join(errors) or "(none)", "yes" if good_read else "NO", other, seconds))
    held.close()
    if markdown:
        print("| input | exit | error line(s) | good source checked | claims from the input | seconds |")
        print("|---|---|---|---|---|---|")
        for label, code, errors, good_read, other, seconds in rows:
            cell = errors.replace("|", "\\|")
            print(f"| {label} | {code} | {cell} | {good_read} | {other} | {seconds:.1f} |")
    else:
        for label, code, errors, good_read, other, seconds in rows:
            print(f"{label:24} exit {code}  good source: {good_read:3}  input's claims: {other:2}  {seconds:4.1f} s  {errors}")
    return 0 if all(row[3] == "yes" for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

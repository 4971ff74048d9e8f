#!/usr/bin/env python3
"""An attacker's probes against a running server (loopback only).

Usage: attack.py BASE_URL SANDBOX_URL PREVIEW_TOKEN CONNECTIONS_PER_IP

Replays the findings of issue 12 against a release build that
scripts/attack.sh starts with PRICING_PREVIEW_TOKEN, PRICING_CLIENT_IP_HEADER
and a catalogue whose plan names are spreadsheet formulas. Sends raw
requests (http.client and sockets keep paths exactly as written), each
bounded in count and time. Prints one line per probe and closes with
"N passed, N failed"; exits 1 when any probe failed.
"""

import csv
import http.client
import io
import json
import socket
import sys
import threading
import time
import urllib.parse

BASE, SANDBOX, TOKEN = sys.argv[1], sys.argv[2], sys.argv[3]
CAP = int(sys.argv[4])  # the server's PRICING_MAX_CONNECTIONS_PER_IP
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port
assert HOST in ("127.0.0.1", "localhost", "::1"), "loopback only"

results = []


def probe(name):
    def run(fn):
        try:
            fn()
            results.append((name, None))
            print(f"ok   {name}", flush=True)
        except AssertionError as e:
            results.append((name, str(e)))
            print(f"FAIL {name}: {e}", flush=True)
        return fn

    return run


def request(method, target, headers=(), body=None, timeout=20):
    """One request on its own connection: (status, headers dict, body bytes)."""
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    conn.putrequest(method, target, skip_accept_encoding=True)
    for name, value in headers:
        conn.putheader(name, value)
    if body is not None:
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body)
    response = conn.getresponse()
    data = response.read()
    lowered = {}
    for name, value in response.getheaders():
        lowered.setdefault(name.lower(), []).append(value)
    conn.close()
    return response.status, {k: ", ".join(v) for k, v in lowered.items()}, data


def is_preview(body):
    return b"preview-form" in body or b'class="preview"' in body


def closes_within(payload, seconds):
    """Sends payload (maybe nothing), then how long until the server closes."""
    started = time.monotonic()
    with socket.create_connection((HOST, PORT), timeout=seconds + 10) as s:
        if payload:
            s.sendall(payload)
        try:
            while s.recv(4096):
                pass
        except (ConnectionResetError, socket.timeout):
            pass
    return time.monotonic() - started


# 1. HEAD must never store an empty page.
@probe("HEAD then GET returns the whole page")
def _():
    for target in ["/?country=NO&cycle=yearly", "/?country=PT", "/?lang=fr-FR&country=BE", "/"]:
        status, _, _ = request("HEAD", target)
        assert status == 200, f"HEAD {target}: {status}"
        status, headers, body = request("GET", target)
        assert status == 200 and len(body) > 1000, f"GET {target} after HEAD: {status}, {len(body)} bytes"
        assert headers.get("content-length") in (None, str(len(body))), target


# 2. Every spelling of the preview's path asks for the token.
@probe("no spelling of /preview skips its token")
def _():
    for target in ["/preview/", "/./preview", "/preview/.", "/%2e/preview", "/%2E%2e/x/preview",
                   "//preview", "/preview//", "/x/../preview", "/preview.csv/", "/./preview.json?preset=all",
                   "/preview/?preset=all"]:
        status, headers, body = request("GET", target)
        assert not is_preview(body) and b"vendor_id" not in body, f"{target}: preview data ({status})"
        if status == 308:
            location = headers["location"]
            assert location.startswith("/") and not location.startswith("//"), location
            status, _, body = request("GET", location)
            assert status == 401 and not is_preview(body), f"{target} -> {location}: {status}"
        else:
            assert status in (401, 404), f"{target}: {status}"
    status, headers, _ = request("GET", "/preview.json?countries=DE", [("X-Preview-Token", TOKEN)])
    assert status == 200, status
    assert headers.get("cache-control") == "private, no-store", headers
    assert "x-preview-token" in headers.get("vary", "").lower(), headers


@probe("dot segments and unknown paths render no page")
def _():
    for target in ["/./", "/%2e/", "/.%2E/?country=DE", "/nope", "/pkg/../"]:
        status, _, body = request("GET", target)
        assert status in (404, 308) and b"data-plan=" not in body, f"{target}: {status}"
    for target in ["//evil.example/", "///evil.example/x"]:
        status, headers, _ = request("GET", target)
        location = headers.get("location", "/")
        assert location.startswith("/") and not location.startswith("//"), f"{target} -> {location}"


# 3. A forged X-Forwarded-For line does not buy more checkouts.
@probe("forged X-Forwarded-For lines share the proxy's allowance")
def _():
    statuses = []
    for n in range(30):
        status, _, _ = request(
            "POST", "/checkout",
            [("Content-Type", "application/x-www-form-urlencoded"),
             ("X-Forwarded-For", f"10.9.{n}.1"), ("X-Forwarded-For", "198.51.100.77")],
            body=b"app=x")
        statuses.append(status)
    assert 429 in statuses, f"no 429 in 30 checkouts: {sorted(set(statuses))}"
    assert statuses.index(429) <= 20, f"first 429 only at request {statuses.index(429) + 1}"


@probe("IPv6 clients are limited per /64, IPv4-mapped forms as IPv4")
def _():
    def hit(ip):
        return request("POST", "/checkout",
                       [("Content-Type", "application/x-www-form-urlencoded"), ("X-Forwarded-For", ip)],
                       body=b"app=x")[0]

    statuses = [hit(f"2001:db8:77:1::{n:x}") for n in range(1, 26)]
    assert 429 in statuses, "25 addresses of one /64 were never limited"
    statuses = [hit("::ffff:198.51.100.88" if n % 2 else "198.51.100.88") for n in range(25)]
    assert 429 in statuses, "::ffff: forms counted apart from IPv4"


# 4. Clients that hold connections open.
@probe("silent, half-HTTP/2 and slow-body clients are cut off within 15 s")
def _():
    took = {}

    def measure(name, payload):
        took[name] = closes_within(payload, 25)

    slow = {}

    def slow_body():
        started = time.monotonic()
        with socket.create_connection((HOST, PORT), timeout=30) as s:
            s.sendall(b"POST /checkout HTTP/1.1\r\nHost: pricing.test\r\n"
                      b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n")
            s.settimeout(0.7)
            answer = b""
            for _ in range(40):
                try:
                    answer = s.recv(64)
                    break
                except socket.timeout:
                    try:
                        s.sendall(b"a")
                    except OSError:
                        break
            slow["answer"], slow["took"] = answer, time.monotonic() - started

    threads = [threading.Thread(target=measure, args=("silent", b"")),
               threading.Thread(target=measure, args=("HTTP/2 preface", b"PRI * HTTP/2.0\r\n")),
               threading.Thread(target=slow_body)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(40)
    for name, seconds in took.items():
        assert seconds < 15, f"{name}: open for {seconds:.1f} s"
    assert slow.get("answer", b"").startswith(b"HTTP/1.1 408"), slow
    assert slow["took"] < 15, f"slow body answered after {slow['took']:.1f} s"


@probe("connections per address are capped")
def _():
    held = [socket.create_connection((HOST, PORT), timeout=5) for _ in range(CAP)]
    try:
        time.sleep(0.2)
        with socket.create_connection((HOST, PORT), timeout=5) as extra:
            try:
                extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                answer = extra.recv(64)
            except (ConnectionResetError, BrokenPipeError, socket.timeout):
                answer = b""
        assert answer == b"", f"connection {CAP + 1} was served: {answer!r}"
    finally:
        for s in held:
            s.close()
    time.sleep(0.3)
    assert request("GET", "/healthz")[0] == 200, "a slot freed is usable again"


# 5. Plan names that are formulas stay text in the CSV.
@probe("CSV cells never start a formula")
def _():
    status, _, body = request("GET", "/preview.csv?countries=DE", [("X-Preview-Token", TOKEN)])
    assert status == 200, status
    rows = list(csv.reader(io.StringIO(body.decode())))
    planted = 0
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"{cell!r} in {row}"
        planted += row[2].startswith("'")
    assert planted >= 4, f"only {planted} planted names found"


# 6. Caching headers.
@probe("caching headers: assets, previews, checkout, blank parameters")
def _():
    status, headers, _ = request("GET", "/pkg/missing-0123456789.js")
    assert status == 404 and "immutable" not in headers.get("cache-control", ""), headers
    _, _, page = request("GET", "/?country=DE")
    css = page.split(b'rel="stylesheet" href="')[1].split(b'"')[0].decode()
    status, headers, _ = request("GET", css, [("Accept-Encoding", "br")])
    assert status == 200 and "accept-encoding" in headers.get("vary", "").lower(), headers
    for target in ["/preview?countries=DE", "/preview.json?countries=DE", "/preview.csv?countries=DE"]:
        for token in ([], [("X-Preview-Token", TOKEN)]):
            _, headers, _ = request("GET", target, token)
            assert headers.get("cache-control") == "private, no-store", (target, headers)
    form = [("Content-Type", "application/x-www-form-urlencoded"), ("X-Forwarded-For", "198.51.100.200")]
    status, headers, _ = request("POST", "/checkout", form, body=b"app=x")
    assert status == 400 and "no-store" in headers.get("cache-control", ""), (status, headers)
    status, headers, _ = request("GET", "/?country=&lang=", [("CF-IPCountry", "FR")])
    vary = headers.get("vary", "").lower()
    assert "accept-language" in vary and "cf-ipcountry" in vary, vary


# 7. Wix's own words stay in the log.
@probe("Wix's error text never reaches a visitor")
def _():
    fault = json.dumps({"failure": {"status": 500}, "countries": ["IS"]}).encode()
    sandbox = urllib.parse.urlsplit(SANDBOX)
    conn = http.client.HTTPConnection(sandbox.hostname, sandbox.port, timeout=10)
    conn.request("PUT", "/_sandbox/faults/list-app-plans", fault, {"Content-Type": "application/json"})
    assert conn.getresponse().status < 300
    conn.close()
    try:
        status, _, body = request("GET", "/?country=IS")
        assert status >= 500, status
        for detail in (b"Injected by the sandbox", b"SANDBOX_FAULT", b"Wix API"):
            assert detail not in body, f"{detail!r} on the page"
    finally:
        conn = http.client.HTTPConnection(sandbox.hostname, sandbox.port, timeout=10)
        conn.request("DELETE", "/_sandbox/faults")
        conn.getresponse().read()
        conn.close()


failed = [name for name, error in results if error]
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)

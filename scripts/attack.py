#!/usr/bin/env python3
"""An attacker's probes against a running server (loopback only).

Usage: attack.py BASE_URL SANDBOX_URL PREVIEW_TOKEN CONNECTIONS_PER_IP
with BIG_URL, BIG_PID and METRICS_TOKEN in the environment.

Replays the findings of issues 12 and 27 against a release build that
scripts/attack.sh starts with PRICING_PREVIEW_TOKEN, PRICING_CLIENT_IP_HEADER,
PRICING_METRICS_TOKEN and a catalogue whose plan names are spreadsheet
formulas, and against a second one (BIG_URL) with the largest catalogue.
HTTP/2 is spoken with the `h2` package, which attack.sh installs. Sends raw
requests (http.client and sockets keep paths exactly as written), each
bounded in count and time. Prints one line per probe and closes with
"N passed, N failed"; exits 1 when any probe failed.
"""

import csv
import http.client
import io
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

import h2.config
import h2.connection
import h2.events
import h2.settings

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
    plan = rows[0].index("plan_name")
    planted = 0
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"{cell!r} in {row}"
        planted += row[plan].startswith("'")
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


# ---- Issue 27: the second round --------------------------------------------
#
# Memory and starvation probes run against a second server (BIG_URL,
# BIG_PID) selling the largest catalogue Wix allows (150 plans, pages of
# ~1.3 MB); the rest against the first.

BIG = os.environ["BIG_URL"]
BIG_HOST, BIG_PORT = urllib.parse.urlsplit(BIG).hostname, urllib.parse.urlsplit(BIG).port
BIG_PID = os.environ["BIG_PID"]
METRICS_TOKEN = os.environ["METRICS_TOKEN"]
COUNTRIES = ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ "
             "BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR").split()


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError(f"no process {pid}")


def big(method, target, headers=(), timeout=30):
    conn = http.client.HTTPConnection(BIG_HOST, BIG_PORT, timeout=timeout)
    conn.request(method, target, headers=dict(headers))
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def metric(series, host=(HOST, PORT)):
    conn = http.client.HTTPConnection(*host, timeout=10)
    conn.request("GET", "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    text = conn.getresponse().read().decode()
    conn.close()
    for line in text.splitlines():
        if line.startswith(series):
            return float(line[len(series):].strip())
    return 0.0


class NeverReads:
    """An HTTP/2 connection whose streams have a window of 0: it asks and
    never reads a byte of any answer."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)
        config = h2.config.H2Configuration(client_side=True, header_encoding="utf-8")
        self.conn = h2.connection.H2Connection(config=config)
        self.conn.local_settings = h2.settings.Settings(client=True, initial_values={
            h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: 0,
            h2.settings.SettingCodes.ENABLE_PUSH: 0})
        self.conn.initiate_connection()
        self.sock.sendall(self.conn.data_to_send())
        self.statuses, self.closed, self.settings = {}, False, False
        self.authority = f"{host}:{port}"
        self.pump(lambda: self.settings, 10)

    def pump(self, done, seconds):
        deadline = time.monotonic() + seconds
        while not done() and not self.closed and time.monotonic() < deadline:
            self.sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                break
            except OSError:
                data = b""
            if not data:
                self.closed = True
                break
            for event in self.conn.receive_data(data):
                if isinstance(event, h2.events.RemoteSettingsChanged):
                    self.settings = True
                elif isinstance(event, h2.events.ResponseReceived):
                    self.statuses[event.stream_id] = int(dict(event.headers)[":status"])
                elif isinstance(event, h2.events.ConnectionTerminated):
                    self.closed = True
            try:
                self.sock.sendall(self.conn.data_to_send())
            except OSError:
                self.closed = True

    def ask(self, paths):
        """Asks for as many of `paths` as the server lets one connection
        have open; returns how many were asked."""
        asked = 0
        for path in paths:
            if self.conn.open_outbound_streams >= self.conn.remote_settings.max_concurrent_streams:
                break
            stream = self.conn.get_next_available_stream_id()
            self.conn.send_headers(stream, [(":method", "GET"), (":scheme", "http"),
                                            (":authority", self.authority), (":path", path)],
                                   end_stream=True)
            asked += 1
        self.sock.sendall(self.conn.data_to_send())
        self.pump(lambda: len(self.statuses) >= asked, 30)
        return asked

    def wait_closed(self, seconds):
        started = time.monotonic()
        self.pump(lambda: False, seconds)
        return time.monotonic() - started if self.closed else None


@probe("HTTP/2 clients that never read hold < 64 MB of a 150-plan server, and are closed")
def _():
    # Warm, as visitors would: caches and the allocator at their working size.
    started = rss_mib(BIG_PID)
    for i, code in enumerate(COUNTRIES):
        assert big("GET", f"/api/v1/pricing?country={code}")[0] == 200
        assert big("GET", f"/?country=US&coupon=WARM{i}")[0] in (200, 503)
    before = rss_mib(BIG_PID)
    print(f"     RSS {started:.0f} MiB at start, {before:.0f} MiB warm", flush=True)
    clients, asked = [], 0
    for c in range(10):
        client = NeverReads(BIG_HOST, BIG_PORT)
        # Uncached pages (a unique coupon each) and the API, 200 asked for.
        asked += client.ask([f"/?country=US&coupon=HOLD{c}X{i}" if i % 2 else
                             f"/api/v1/pricing?country={COUNTRIES[(c + i) % len(COUNTRIES)]}"
                             for i in range(200)])
        clients.append(client)
    grew = rss_mib(BIG_PID) - before
    statuses = [s for client in clients for s in client.statuses.values()]
    summary = {s: statuses.count(s) for s in sorted(set(statuses))}
    print(f"     {asked} streams held unread on 10 connections {summary}: RSS +{grew:.1f} MiB", flush=True)
    assert grew < 64, f"RSS grew {grew:.1f} MiB"
    closed = [client.wait_closed(25) for client in clients]
    assert all(t is not None for t in closed), f"still open: {closed}"
    print(f"     closed by the server after {max(closed):.1f} s more", flush=True)
    assert big("GET", "/?country=DE")[0] == 200, "served again"


@probe("a unique-coupon flood neither starves nor evicts shared pages")
def _():
    status, kept_headers, _ = big("GET", "/?country=FR")
    assert status == 200
    def times(target, n):
        took = []
        for _ in range(n):
            started = time.monotonic()
            status, headers, _ = big("GET", target)
            took.append(time.monotonic() - started)
            assert status == 200 and headers["etag"] == kept_headers["etag"], (status, headers)
        return sorted(took)
    quiet = times("/?country=FR", 200)
    stop = threading.Event()
    flooded = []
    def flood(t):
        n = 0
        while not stop.is_set():
            try:
                flooded.append(big("GET", f"/?country=US&coupon=FLOOD{t}X{n}", timeout=10)[0])
            except OSError:
                flooded.append(0)
            n += 1
    threads = [threading.Thread(target=flood, args=(t,)) for t in range(16)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.5)
        loud = times("/?country=FR", 200)
        started = time.monotonic()
        status, _, _ = big("GET", "/?country=IT&cycle=yearly")
        new_page = time.monotonic() - started
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    p99 = lambda took: took[int(len(took) * 0.99) - 1] * 1000
    codes = {s: flooded.count(s) for s in sorted(set(flooded))}
    print(f"     kept page p99 {p99(quiet):.2f} ms quiet, {p99(loud):.2f} ms during "
          f"{len(flooded)} coupon requests {codes}; a new page in {new_page * 1000:.0f} ms", flush=True)
    assert status == 200 and new_page < 5, f"a new shared page: {status} after {new_page:.1f} s"
    assert set(codes) <= {200, 503}, codes


@probe("a render whose first asker leaves is rendered once for everyone")
def _():
    series = 'pricing_renders_total{lane="shared"}'
    before = metric(series, (BIG_HOST, BIG_PORT))
    target = "/?country=BR&cycle=yearly&lang=pt"
    leaver = socket.create_connection((BIG_HOST, BIG_PORT), timeout=5)
    leaver.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    leaver.close()
    answers = []
    def ask():
        answers.append(big("GET", target))
    threads = [threading.Thread(target=ask) for _ in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(answers) == 40 and all(a[0] == 200 for a in answers), [a[0] for a in answers]
    assert len({a[1]["etag"] for a in answers}) == 1
    rendered = metric(series, (BIG_HOST, BIG_PORT)) - before
    assert rendered == 1, f"rendered {rendered} times"


@probe("visitors who leave mid-render cause no panic")
def _():
    def leave(host, port, target, after):
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nX-Preview-Token: {TOKEN}\r\n\r\n".encode())
        time.sleep(after)
        s.close()
    threads = []
    for i, code in enumerate(COUNTRIES):
        for target, host in [(f"/?country={code}&lang=fr", (BIG_HOST, BIG_PORT)),
                             (f"/?country={code}&coupon=LEAVE{i}", (BIG_HOST, BIG_PORT)),
                             (f"/preview?countries={code}&countries=DE", (HOST, PORT)),
                             ("/preview.csv?preset=all", (HOST, PORT))]:
            threads.append(threading.Thread(target=leave, args=(*host, target, (i % 5) / 100)))
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    time.sleep(3)
    # attack.sh counts the panics of both servers' logs at the end.


@probe("an installer's return answers for one site and tells nothing of any")
def _():
    def signed_return():
        form = urllib.parse.urlencode({"app": "5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10", "plan": "starter",
                                       "cycle": "MONTHLY", "country": "US"}).encode()
        status, headers, _ = request("POST", "/checkout",
                                     [("Content-Type", "application/x-www-form-urlencoded"),
                                      ("X-Forwarded-For", "203.0.113.27")], form)
        assert status == 303, status
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["location"]).query)
        back = urllib.parse.urlsplit(query["postInstallationUrl"][0])
        return f"{back.path}?{back.query}"
    answers = {}
    for site in ("3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a01", "0b7e2c1a-9f3d-4e5b-8a6c-7d1e2f3a4b5c"):
        status, _, body = request("GET", f"{signed_return()}&instanceId={site}")
        words = body.split(b"<section")[1].split(b'class="reference"')[0]
        answers[site] = (status, words)
    assert len(set(answers.values())) == 1, f"sites told apart: {answers}"
    assert b"already your plan" not in list(answers.values())[0][1]
    url = signed_return()
    first = request("GET", f"{url}&instanceId=0b7e2c1a-9f3d-4e5b-8a6c-7d1e2f3a4b5c")[0]
    again = request("GET", f"{url}&instanceId=0b7e2c1a-9f3d-4e5b-8a6c-7d1e2f3a4b5c")[0]
    other = request("GET", f"{url}&instanceId=3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a01")[0]
    assert (first, again, other) == (409, 409, 403), (first, again, other)


@probe("blank instances, spellings and echoed text")
def _():
    request("GET", "/?instance=&country=AU")
    _, _, body = request("GET", "/?country=AU")
    assert b'name="instance"' not in body, "a blank instance in the shared page"
    _, one, _ = request("GET", "/?country=de&lang=DE")
    _, two, _ = request("GET", "/?country=DE&lang=de-u-nu-arab")
    assert one["etag"] == two["etag"], "two spellings, two pages"
    status, headers, body = request("GET", "/?coupon=FREE_FOREVER-CALL-555-0100")
    assert status == 200 and headers.get("cache-control") == "private, no-store", headers
    for target in ["/?theme=%E2%80%AEkrad", "/?lang=%E2%80%AEde", "/?coupon=%E2%81%A9%E2%80%AE1"]:
        status, _, body = request("GET", target)
        assert status == 400 and "\u202e".encode() not in body, target
        assert "\u2068".encode() in body, f"{target}: not isolated"


@probe("metrics need their token; readiness and server functions say nothing")
def _():
    assert request("GET", "/metrics")[0] == 401
    status, _, body = request("GET", "/metrics", [("Authorization", f"Bearer {METRICS_TOKEN}")])
    assert status == 200 and b"pricing_checkouts_total" in body
    status, _, body = request("GET", "/readyz")
    assert status == 200 and body.startswith(b"ready"), body
    for path in ["/api/pricing", "/api/preview"]:
        status, _, body = request("POST", path, [("Content-Type", "application/json")], b"{}")
        assert status in (404, 405) and b"apps" not in body, f"{path}: {status}"


@probe("the API is kept, compressed once, with a tag per coding")
def _():
    tags = {}
    for coding in ("identity", "br", "gzip"):
        status, headers, _ = request("GET", "/api/v1/pricing?country=NL", [("Accept-Encoding", coding)])
        assert status == 200, status
        tags[coding] = headers["etag"]
    assert len(set(tags.values())) == 3, tags
    status, _, body = request("GET", "/api/v1/pricing?country=NL",
                              [("Accept-Encoding", "br"), ("If-None-Match", tags["br"])])
    assert status == 304 and body == b"", status


failed = [name for name, error in results if error]
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)

#!/usr/bin/env python3
"""The field page in headless Chromium, as a salesperson uses it on a phone.

Starts the real `coverplan serve` on a copy of the bundled sample (so recorded
prospects land in a temporary folder), drives Debian's chromium over the
DevTools protocol on a pipe (--remote-debugging-pipe: no WebSocket, no npm),
with a phone's screen: types a location, taps Check, reads the status the page
shows and compares it with the API's own answer; taps the map; switches to
English; records a prospect where the network is full or absent and checks it
was stored; types an address letter by letter (without diacritics, and in
NFD) and picks the suggestion; types coordinates with decimal commas and in
degrees-minutes-seconds; and opens the page on the project without its
address layer; then, with the service stopped, opens the page from the
phone's cache, queues a prospect and sees it stored once when the service is
back, and checks the layout of a 390 x 844 phone (offline_checks.py). No
request may go to any host but the service's. Optionally keeps a screenshot
(--screenshot).

Exit 0 when every check passes, 1 with "FAIL - ..." lines otherwise, 77 when
chromium is not installed (ctest reports it as skipped).
"""

import argparse
import base64
import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
import urllib.request

from offline_checks import check_offline, check_phone_layout

failures = []

HOSTILE_NAME = '<img src=x onerror="document.body.dataset.injected=1">Xã <b>Thử</b>'  # no quote: it goes into SQL


def expect(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL - " + message, flush=True)
    else:
        print("ok - " + message, flush=True)


class Chromium:
    """Chromium with the DevTools protocol on fds 3 (commands in) and 4
    (replies out), messages separated by NUL bytes."""

    def __init__(self, binary, profile):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # Move the child's ends above 10 so the dup2 onto 3 and 4 cannot clobber them.
        child_in = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        argv = [binary, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--user-data-dir=" + profile, "about:blank"]
        self.pid = os.posix_spawn(binary, argv, os.environ,
                                  file_actions=[(os.POSIX_SPAWN_DUP2, child_in, 3),
                                                (os.POSIX_SPAWN_DUP2, child_out, 4),
                                                (os.POSIX_SPAWN_OPEN, 2, "/dev/null", os.O_WRONLY, 0)])
        os.close(child_in)
        os.close(child_out)
        self.writer = to_chrome_w
        self.reader = from_chrome_r
        self.buffer = b""
        self.next_id = 0
        self.session = None
        self.events = []  # what chromium said on its own (Network.requestWillBeSent, ...)

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.writer, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self._read_message(deadline)
            if "method" in reply:
                self.events.append(reply)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(method + ": " + json.dumps(reply["error"]))
                return reply.get("result", {})
        raise TimeoutError(method)

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no reply from chromium")
            chunk = os.read(self.reader, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: " + json.dumps(result["exceptionDetails"])[:400])
        return result["result"].get("value")

    def wait_for(self, expression, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError:  # the page is still loading
                value = None
            if value:
                return value
            time.sleep(0.1)
        return None

    def tap(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def tap_element(self, selector):
        # Measured once the page has settled (a focused field may still be
        # scrolled into view), and only where the element is what a tap hits.
        where = (f"(async () => {{ const e = document.querySelector({json.dumps(selector)});"
                 f" e.scrollIntoView({{block: 'center'}});"
                 f" for (let i = 0; i < 2; ++i) await new Promise(requestAnimationFrame);"
                 f" const r = e.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                 f" return e.contains(document.elementFromPoint(x, y)) ? [x, y] : null; }})()")
        box = None
        for _ in range(30):
            first = self.evaluate(where)
            time.sleep(0.2)
            box = self.evaluate(where)
            if box and box == first:
                break
        if box:
            self.tap(box[0], box[1])

    def type_into(self, selector, text):
        self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.select && e.select(); }})()")
        self.send("Input.insertText", {"text": text})

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        for _ in range(50):
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                return
            time.sleep(0.1)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)


def start_server(coverplan, project, token, port=0):
    environment = dict(os.environ, COVERPLAN_TOKEN=token)
    server = subprocess.Popen([coverplan, "serve", project, "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, env=environment)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        if not line:
            break
        match = re.search(r"Listening on (http://[0-9.]+:\d+/)", line)
        if match:
            return server, match.group(1)
    server.kill()
    raise RuntimeError("coverplan serve did not start")


def api(base, path):
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.loads(response.read())


def plain(text):
    """What a phone user types: no diacritics, lower case ("Đường" -> "duong")."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def type_slowly(browser, selector, text, pause=0.06):
    """Types one character at a time, like a thumb: the page must not ask once per letter."""
    browser.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.value = ''; }})()")
    for character in text:
        browser.send("Input.insertText", {"text": character})
        time.sleep(pause)


def search_requests(browser):
    return browser.evaluate("performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/search')).length")


def check_address_search(browser, base):
    """Finds an address of the sample by typing it, picks it, and checks it."""
    expect(browser.evaluate("!document.getElementById('address').disabled"), "the address box is open (the sample has addresses)")
    some = api(base, "api/search?q=phuong&limit=1")
    expect(len(some) == 1, f"the sample's addresses can be searched: {some}")
    if not some:
        return
    target = some[0]
    typed = plain(target["text"] + " " + target["ward"])
    wanted = api(base, "api/search?" + urllib.parse.urlencode({"q": typed, "limit": 8}))
    expect(wanted and wanted[0] == target, f"'{typed}' finds {target['text']}, {target['ward']} first: {wanted[:1]}")
    before = search_requests(browser)
    type_slowly(browser, "#address", typed)
    first = browser.wait_for("(() => { const li = document.querySelector('#suggestions li[role=option]');"
                             " return li && !document.getElementById('suggestions').hidden ? li.textContent : ''; })()")
    expect(first and first.startswith(target["text"]) and target["ward"] in first,
           f"suggestions appear as the address is typed, the expected one first: {first!r}")
    asked = search_requests(browser) - before
    expect(0 < asked < len(typed) / 2, f"the page waits for a pause in typing: {asked} searches for {len(typed)} letters")
    shown = browser.evaluate("[...document.querySelectorAll('#suggestions li[role=option]')].length")
    expect(shown == len(wanted), f"every suggestion the API gives is listed ({shown} of {len(wanted)})")
    browser.tap_element("#suggestion-0")
    tech = browser.evaluate("document.getElementById('tech').value")
    expected = api(base, f"api/check?lat={target['lat']}&lon={target['lon']}" + (f"&tech={tech}" if tech else ""))
    status = browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(expected['status'])}"
                              " && !document.getElementById('address-found').hidden"
                              " && document.getElementById('status').dataset.status")
    expect(status == expected["status"], f"picking the address checks it: '{status}', the API says '{expected['status']}'")
    found = browser.evaluate("document.getElementById('address-found').textContent")
    expect(found.startswith(target["text"]) and target["ward"] in found, f"the answer names the address: {found!r}")
    expect(browser.evaluate("document.getElementById('where').value") == f"{target['lat']:.6f}, {target['lon']:.6f}",
           "the address's location is filled in")
    # The same text in NFD, then Enter: the best match is checked.
    nfd = unicodedata.normalize("NFD", target["text"] + ", " + target["ward"])
    browser.type_into("#address", nfd)
    browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Enter", "code": "Enter",
                                            "windowsVirtualKeyCode": 13, "text": "\r"})
    browser.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13})
    picked = browser.wait_for(f"document.getElementById('address').value === {json.dumps(target['text'])}"
                              " && document.getElementById('suggestions').hidden")
    expect(bool(picked), "Enter picks the best match of an address typed in NFD")
    # Nothing matches: the list says so.
    type_slowly(browser, "#address", "zzz qqq", pause=0.02)
    empty = browser.wait_for("(() => { const li = document.querySelector('#suggestions li.empty');"
                             " return li && !document.getElementById('suggestions').hidden ? li.textContent : ''; })()")
    expect(bool(empty), f"no match is said in the list: {empty!r}")
    browser.evaluate("(() => { const e = document.getElementById('address'); e.value = ''; e.blur(); })()")


def check_written_coordinates(browser, base, lat, lon):
    """Decimal commas and degrees-minutes-seconds in the location box."""
    tech = browser.evaluate("document.getElementById('tech').value")
    expected = api(base, f"api/check?lat={lat}&lon={lon}" + (f"&tech={tech}" if tech else ""))

    def dms(value, positive, negative):
        letter = positive if value >= 0 else negative
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        seconds = (value - degrees - minutes / 60) * 3600
        return f"{degrees}°{minutes}'{seconds:.4f}\"{letter}"

    for written in (f"{lat}, {lon}".replace(".", ",").replace(", ", " ", 1),
                    f"{lat};{lon}".replace(".", ","),
                    dms(lat, "N", "S") + " " + dms(lon, "E", "W")):
        browser.evaluate("document.getElementById('status').dataset.status = ''")
        browser.type_into("#where", written)
        browser.tap_element("#check")
        shown = browser.wait_for("document.getElementById('status').dataset.status")
        expect(shown == expected["status"], f"'{written}' is read: the page shows '{shown}', the API says '{expected['status']}'")
        where = browser.evaluate("document.getElementById('where').value")
        expect(where == f"{lat:.6f}, {lon:.6f}", f"'{written}' is written back in decimal degrees: {where!r}")
    browser.type_into("#where", "21,2653106,106,2019717")
    browser.tap_element("#check")
    message = browser.wait_for("document.getElementById('form-error').textContent")
    expect(message and "with decimal commas put a space or a semicolon" in message,
           f"ambiguous decimal commas are refused, saying why: {message!r}")


def check_basemap(browser, base):
    """The sample's street tiles ([basemap]) are requested from the service and drawn under the zones."""
    basemap = api(base, "healthz").get("basemap")
    expect(basemap is not None and basemap["tiles"] == "/tiles/{z}/{x}/{y}", f"the sample names a basemap: {basemap}")
    if not basemap:
        return
    drawn = browser.wait_for(
        "(() => { const tiles = [...document.querySelectorAll('.leaflet-tile-pane img.leaflet-tile-loaded')]"
        ".filter((t) => t.complete && t.naturalWidth === 256); return tiles.length; })()")
    expect(bool(drawn), f"basemap tiles are loaded and drawn ({drawn})")
    paths = browser.evaluate("performance.getEntriesByType('resource').map((e) => new URL(e.name))"
                             ".filter((u) => u.pathname.startsWith('/tiles/')).map((u) => u.host + u.pathname)")
    zooms = {int(p.split("/")[2]) for p in paths}
    expect(bool(paths) and all(re.fullmatch(r"127\.0\.0\.1:\d+/tiles/\d+/\d+/\d+", p) for p in paths)
           and all(basemap["min_zoom"] <= z <= basemap["max_zoom"] for z in zooms),
           f"the page asks this service for tiles within the tileset's zooms {basemap['min_zoom']}-{basemap['max_zoom']}:"
           f" {len(paths)} requests, zooms {sorted(zooms)}")
    # Under the zones: Leaflet's tile pane lies below the pane the zones are drawn in.
    under = browser.evaluate("+getComputedStyle(document.querySelector('.leaflet-tile-pane')).zIndex <"
                             " +getComputedStyle(document.querySelector('.leaflet-overlay-pane')).zIndex")
    expect(under, "the basemap lies under the zones")
    # A drawn tile is what the service serves: a PNG that is not blank.
    sample = paths[0].split("/", 1)[1] if paths else ""
    if sample:
        with urllib.request.urlopen(base + sample, timeout=10) as response:
            body = response.read()
            expect(response.headers["Content-Type"] == "image/png" and body.startswith(b"\x89PNG"),
                   f"/{sample} is a PNG ({len(body)} bytes)")


def check_without_addresses(browser, coverplan, project_dir, token):
    """The same project without its address layer: the box says so, coordinates still work."""
    bare_dir = project_dir + "-without-addresses"
    shutil.copytree(project_dir, bare_dir)
    project = os.path.join(bare_dir, "project.toml")
    with open(project, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\[layers\.addresses\][^\[]*", "", text)
    with open(project, "w", encoding="utf-8") as f:
        f.write(text)
    server, base = start_server(coverplan, project, token)
    try:
        browser.send("Page.navigate", {"url": base})
        expect(browser.wait_for("document.body.dataset.ready === 'true' && document.getElementById('address').disabled"),
               "without an address layer the search box is off")
        note = browser.evaluate("document.getElementById('search-note').textContent")
        expect(note.startswith("Dự án chưa có lớp địa chỉ"), f"the box says the project has no address layer: {note!r}")
        expected = api(base, "api/check?lat=21.2653106&lon=106.2019717")
        browser.type_into("#where", "21,2653106 106,2019717")
        browser.tap_element("#check")
        shown = browser.wait_for("document.getElementById('status').dataset.status")
        expect(shown == expected["status"], f"coordinates still work without addresses: '{shown}'")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coverplan", required=True)
    parser.add_argument("--sample", required=True, help="the sample project folder (copied, never written)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--screenshot", help="where to keep a screenshot of the answer (PNG)")
    args = parser.parse_args()
    if not os.path.exists(args.chromium):
        print("chromium not found: install it (scripts/install-deps.sh)")
        return 77

    work = tempfile.mkdtemp(prefix="coverplan-browser-")
    project_dir = os.path.join(work, "sample")
    shutil.copytree(args.sample, project_dir)
    # One zone named like an attack: the page must show the name, not run it.
    subprocess.run(["ogrinfo", "-q", os.path.join(project_dir, "province.gpkg"), "-sql",
                    f"UPDATE wards SET ten_xa = '{HOSTILE_NAME}' WHERE fid = 1"], check=True, capture_output=True)
    token = "mã-thử-Đà-Nẵng-🌾"  # any Unicode text: the page sends it percent-encoded
    server, base = start_server(args.coverplan, os.path.join(project_dir, "project.toml"), token)
    browser = Chromium(args.chromium, os.path.join(work, "profile"))
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)
        browser.session = browser.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
                                       session=False)["sessionId"]
        browser.send("Page.enable")
        browser.send("Runtime.enable")
        browser.send("Network.enable")
        # A mid-range phone: 412 x 915 CSS pixels, 2.6 device pixels each.
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 412, "height": 915, "deviceScaleFactor": 2.625, "mobile": True})
        browser.send("Page.navigate", {"url": base})
        expect(browser.wait_for("document.body.dataset.ready === 'true' && document.getElementById('tech').options.length > 1"),
               "the page loads and lists the project's technologies")
        expect(browser.evaluate("document.querySelector('h1').textContent") == "Kiểm tra vùng phục vụ",
               "the page opens in Vietnamese")
        note = browser.wait_for("document.getElementById('data-note').textContent")
        expect(re.fullmatch(r"Số liệu ngày 30/11/2026 \(phiên bản \d+\)", note or "") is not None,
               f"the page says which data it answers from: {note!r}")
        expect(browser.wait_for("typeof L !== 'undefined' && document.querySelectorAll('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas').length > 0"),
               "Leaflet (served by the service itself) draws zones and coverage")
        check_basemap(browser, base)

        # Zone names are text: the tooltip of the zone named like markup shows
        # the markup and runs nothing.
        label = browser.wait_for(
            "(() => { let text = ''; state.zonesLayer.eachLayer((layer) => {"
            " if (layer.feature.properties.zone_name.startsWith('<img')) { layer.openTooltip();"
            " text = layer.getTooltip().getElement().textContent; layer.closeTooltip(); } }); return text; })()")
        expect(label and label.startswith(HOSTILE_NAME), f"a zone's tooltip shows its name as text: {label!r}")
        expect(browser.evaluate("document.querySelectorAll('.leaflet-tooltip img, .leaflet-tooltip b').length") == 0,
               "no element was made from a zone's name")
        time.sleep(0.3)
        expect(browser.evaluate("document.body.dataset.injected") is None, "nothing in a zone's name ran")

        # 1. Type a location and tap Check.
        lat, lon = 21.2653106, 106.2019717
        expected = api(base, f"api/check?lat={lat}&lon={lon}&tech=ftth")
        browser.evaluate("(() => { const s = document.getElementById('tech'); s.value = 'ftth';"
                         " s.dispatchEvent(new Event('change')); })()")
        browser.type_into("#where", f"{lat}, {lon}")
        started = time.time()
        browser.tap_element("#check")
        shown = browser.wait_for("document.getElementById('status').dataset.status")
        elapsed = time.time() - started
        expect(shown == expected["status"], f"typed location: the page shows '{shown}', the API says '{expected['status']}'")
        print(f"note - typed location answered on the page in {elapsed * 1000:.0f} ms (figures: docs/benchmarks.md)")
        status_text = browser.evaluate("document.getElementById('status').textContent")
        expect(status_text.startswith("CÓ THỂ BÁN") if expected["status"] == "available" else bool(status_text),
               f"the status reads '{status_text}'")
        colour = browser.evaluate("getComputedStyle(document.getElementById('status')).backgroundColor")
        expect(colour == "rgb(27, 135, 63)" if expected["status"] == "available" else True,
               f"an available location is shown green ({colour})")
        zone_text = browser.evaluate("document.getElementById('zone').textContent")
        expect(expected["zone_name"] in zone_text, f"the zone is named: {zone_text}")
        team_text = browser.evaluate("document.getElementById('team').textContent")
        expect(team_text == (expected["team"] or "—"), f"the responsible team is named: {team_text}")
        rows = browser.evaluate("document.querySelectorAll('#nodes tbody tr').length")
        expect(rows == len(expected["nodes"]), f"every covering node is listed ({rows})")
        link = browser.evaluate("location.hash")
        expect(link == f"#{lat:.7f},{lon:.7f},ftth", f"the address bar links to the answer ({link})")
        if args.screenshot:
            # The whole page, map to node list, as the phone scrolls through it.
            browser.wait_for("document.querySelectorAll('.leaflet-overlay-pane path').length > 0")
            time.sleep(0.5)
            height = browser.evaluate("document.documentElement.scrollHeight")
            shot = browser.send("Page.captureScreenshot",
                                {"format": "png", "captureBeyondViewport": True,
                                 "clip": {"x": 0, "y": 0, "width": 412, "height": height, "scale": 0.5}})
            with open(args.screenshot, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
            print("screenshot: " + args.screenshot)

        # 2. English.
        browser.tap_element("#lang")
        english = browser.evaluate("document.getElementById('status').textContent")
        expect(english.startswith("AVAILABLE") if expected["status"] == "available" else bool(english),
               f"in English the status reads '{english}'")

        # 3. A tap on the map checks where it lands.
        before = browser.evaluate("document.getElementById('where').value")
        box = browser.evaluate("(() => { const r = document.getElementById('map').getBoundingClientRect();"
                               " window.scrollTo(0, 0); return [r.left + r.width * 0.5, r.top + r.height * 0.55]; })()")
        browser.tap(box[0], box[1])
        expect(browser.wait_for(f"document.getElementById('where').value !== {json.dumps(before)}"),
               "tapping the map fills in the location")
        where = browser.evaluate("document.getElementById('where').value")
        tapped_lat, tapped_lon = [float(v) for v in where.split(",")]
        tapped = api(base, f"api/check?lat={tapped_lat}&lon={tapped_lon}&tech=ftth")
        # The answer to this tap, not the previous one of the same status: on a phone
        # the answer sits above the forms, and one arriving later moves them.
        shown = browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(tapped['status'])}"
                                 f" && state.answer && Math.abs(state.answer.location.lat - {tapped_lat}) < 1e-6"
                                 " && document.getElementById('status').dataset.status")
        expect(shown == tapped["status"], f"the tapped location shows '{shown}', the API says '{tapped['status']}'")

        # 4. Where ftth cannot be sold, a prospect is recorded.
        refused = None
        for lat_, lon_ in ((21.40, 106.00), (21.30, 106.30), (21.20, 106.10)):
            answer = api(base, f"api/check?lat={lat_}&lon={lon_}&tech=ftth")
            if answer["status"] in ("full", "not_covered"):
                refused = (lat_, lon_, answer["status"])
                break
        expect(refused is not None, "the sample has a location ftth cannot serve")
        if refused:
            browser.type_into("#where", f"{refused[0]}, {refused[1]}")
            browser.tap_element("#check")
            shown = browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(refused[2])}"
                                     " && document.getElementById('status').dataset.status")
            form = browser.evaluate("document.getElementById('form-error').textContent + ' | ' +"
                                    " document.getElementById('where').value")
            expect(shown == refused[2], f"a refused location shows '{shown}' ({form!r})")
            expect(browser.evaluate("!document.getElementById('prospect').hidden"), "the prospect form appears")
            browser.type_into("#customer-name", "Chị Lan")
            browser.type_into("#phone", "0912 345 678")
            browser.type_into("#note", "cần cáp quang cho cửa hàng")
            browser.type_into("#recorded-by", "Nguyễn Văn Bình")
            browser.type_into("#token", token)
            version_before = int(re.search(r"\d+\)$", browser.evaluate("document.getElementById('data-note').textContent")).group()[:-1])
            browser.tap_element("#record")
            result = browser.wait_for("(() => { const t = document.getElementById('record-result').textContent;"
                                      " return /FL-\\d+/.test(t) ? t : ''; })()")
            expect(bool(result), f"the page confirms the recording: {result}")
            note = browser.evaluate("document.getElementById('data-note').textContent")
            version_after = int(re.search(r"(\d+)\)$", note).group(1))
            expect(version_after > version_before,
                   f"the recorded prospect is answered from a new data version at once: {version_before} -> {note!r}")
            store = os.path.join(project_dir, "field-leads.gpkg")
            expect(os.path.exists(store), "the prospect is stored beside the project (field-leads.gpkg)")

        # 5. A link to a location opens the page with its answer.
        linked = api(base, f"api/check?lat={lat}&lon={lon}&tech=4g")
        browser.send("Page.navigate", {"url": f"{base}?from=link#{lat},{lon},4g"})
        shown = browser.wait_for("document.body.dataset.ready === 'true' && document.getElementById('tech').value === '4g'"
                                 " && document.getElementById('status').dataset.status")
        expect(shown == linked["status"], f"a linked location shows '{shown}', the API says '{linked['status']}'")
        expect(browser.evaluate("document.getElementById('where').value") == f"{lat:.6f}, {lon:.6f}",
               "the linked location is filled in")

        # 6. An address typed as salespeople type it, picked from the suggestions.
        check_address_search(browser, base)

        # 7. Coordinates as phones and spreadsheets write them.
        check_written_coordinates(browser, base, lat, lon)

        # 8. A project without an address layer.
        check_without_addresses(browser, args.coverplan, project_dir, token)

        # 9. The service out of reach, and back; then a phone's first screen.
        if refused:
            port = int(urllib.parse.urlsplit(base).port)

            def stop_service():
                server.send_signal(signal.SIGINT)
                server.wait(timeout=20)

            def start_service():
                nonlocal server
                server, _ = start_server(args.coverplan, os.path.join(project_dir, "project.toml"), token, port)

            check_offline(browser, base, project_dir, token, refused, stop_service, start_service, expect)
            available = (lat, lon, expected["status"])
            check_phone_layout(browser, base, refused, available, expect)

        # Everything the page asked for came from the service itself.
        hosts = {urllib.parse.urlsplit(event["params"]["request"]["url"]).hostname
                 for event in browser.events if event.get("method") == "Network.requestWillBeSent"
                 and event["params"]["request"]["url"].startswith(("http:", "https:", "ws:", "wss:"))}
        expect(hosts and hosts <= {"127.0.0.1", "localhost"}, f"the page made no request to another host: {sorted(hosts)}")
    finally:
        browser.close()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    expect(server.returncode == 0, f"the service stops cleanly on Ctrl+C (exit {server.returncode})")
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

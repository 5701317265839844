"""The field page with the service out of reach (field_page_test.py runs these
last): it opens from the phone's cache (the service worker), shows cached
answers as cached with when they were fetched, queues a prospect, sends it
once when the service is back (exactly one row with its idempotency key in
field-leads.gpkg), stores a double tap once, and keeps status, zone, team
and covering nodes on a 390 x 844 screen without scrolling."""

import json
import os
import re
import sqlite3
import time


def rows_with(store, where, value):
    """Prospects in the GeoPackage `store` whose `where` column holds `value` (read with SQLite, not the service)."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return db.execute(f"SELECT id FROM field_leads WHERE {where} = ?", (value,)).fetchall()


def fill_prospect(browser, customer, token):
    browser.type_into("#customer-name", customer)
    browser.type_into("#note", "cần cáp quang")
    browser.type_into("#recorded-by", "Nguyễn Văn Bình")
    browser.type_into("#token", token)


def double_tap(browser, selector):
    """Two taps on `selector` a moment apart, as a thumb does on a slow answer."""
    box = browser.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                           " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                           " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    browser.tap(box[0], box[1])
    browser.tap(box[0], box[1])


def check_offline(browser, base, project_dir, token, refused, stop_service, start_service, expect):
    store = os.path.join(project_dir, "field-leads.gpkg")
    lat, lon, status = refused
    link = f"#{lat:.7f},{lon:.7f},ftth"
    # In Vietnamese (the English of earlier steps is remembered per site).
    browser.send("Page.navigate", {"url": base + "?visit=language"})
    browser.wait_for("document.body.dataset.ready === 'true'")
    browser.evaluate("localStorage.setItem('coverplan-lang', 'vi')")

    # Online first: the page installs its service worker, which keeps the page, Leaflet and its images.
    browser.send("Page.navigate", {"url": base + "?visit=online" + link})
    shown = browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(status)}")
    expect(bool(shown), "online, the linked refused location is answered")
    expect(browser.wait_for("navigator.serviceWorker.controller !== null", timeout=30),
           "a service worker controls the page")
    kept = browser.wait_for(
        "(async () => { const keys = await (await caches.open('coverplan-shell-v1')).keys();"
        " const paths = keys.map((r) => new URL(r.url).pathname);"
        " return ['/', '/static/app.js', '/static/offline.js', '/static/style.css', '/static/leaflet/leaflet.js',"
        " '/static/leaflet/leaflet.css', '/static/leaflet/images/marker-icon.png', '/favicon.ico']"
        ".every((p) => paths.includes(p)) ? paths : null; })()", timeout=30)
    expect(bool(kept), f"the page, Leaflet and its images are kept on the phone: {kept}")

    # The service out of reach: the page opens all the same, from the cache.
    stop_service()
    browser.send("Page.navigate", {"url": base + "?visit=offline" + link})
    ready = browser.wait_for("document.body.dataset.ready === 'true' && typeof L !== 'undefined'"
                             f" && document.getElementById('status').dataset.status === {json.dumps(status)}", timeout=30)
    expect(bool(ready), "with the service stopped the page opens from the cache, with Leaflet and the last answer")
    note = browser.evaluate("document.getElementById('answer-cache').hidden ? '' :"
                            " document.getElementById('answer-cache').textContent")
    expect(re.search(r"lưu trên máy, lấy lúc \d\d:\d\d \d\d/\d\d/\d{4}", note or "") is not None,
           f"the cached answer says so and when it was fetched: {note!r}")
    data_note = browser.evaluate("document.getElementById('data-note').textContent")
    expect(data_note.startswith("Không có kết nối: số liệu ngày 30/11/2026, lưu lúc"),
           f"the data note says the page is offline: {data_note!r}")

    # A prospect recorded offline waits on the phone; a double tap queues it once.
    expect(browser.evaluate("!document.getElementById('prospect').hidden"), "offline, the prospect form is there")
    fill_prospect(browser, "Anh Tuấn (ngoại tuyến)", token)
    double_tap(browser, "#record")
    queued = browser.wait_for("document.getElementById('record-result').className === 'queued'"
                              " && document.getElementById('record-result').textContent")
    expect(queued and "sẽ tự gửi khi kết nối lại" in queued, f"the page says the prospect waits: {queued!r}")
    waiting = browser.evaluate("offline.waiting()")
    expect(len(waiting) == 1, f"one prospect waits in the queue after a double tap ({len(waiting)})")
    title = browser.evaluate("document.getElementById('queue').hidden ? '' : document.getElementById('queue-title').textContent")
    expect(title == "Đang chờ gửi (1)", f"the page shows what is waiting: {title!r}")
    key = waiting[0]["key"] if waiting else ""
    expect(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", key) is not None,
           f"the prospect carries a UUID as its idempotency key: {key!r}")
    expect(not rows_with(store, "idempotency_key", key), "nothing was stored while the service was out of reach")

    # The service is back: the queue empties by itself, and the prospect is stored once.
    start_service()
    emptied = browser.wait_for("offline.waiting().length === 0 && document.getElementById('queue').hidden", timeout=45)
    expect(bool(emptied), "the waiting prospect is sent when the service is back")
    sent = browser.evaluate("document.getElementById('queue-note').textContent")
    stored = rows_with(store, "idempotency_key", key)
    expect(len(stored) == 1, f"exactly one prospect is stored with the key: {stored}")
    expect(stored and sent == f"Đã gửi khách hàng đang chờ: {stored[0][0]}", f"the page says it was sent: {sent!r}")
    # Sent again with its key (an answer lost on the way back): the same prospect, not a second.
    again = browser.evaluate(f"sendProspect(Object.assign({json.dumps(waiting[0]['body'] if waiting else {})}))")
    expect(again and again.get("status") == "duplicate" and stored and again.get("id") == stored[0][0],
           f"a resend with the same key gives the first prospect back: {again}")
    expect(len(rows_with(store, "idempotency_key", key)) == 1, "still one prospect with the key")

    # Online, a double tap stores once.
    browser.send("Page.navigate", {"url": base + "?visit=back" + link})
    browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(status)}"
                     " && !document.getElementById('answer-cache').textContent")
    fill_prospect(browser, "Chị Hoa (chạm hai lần)", token)
    double_tap(browser, "#record")
    result = browser.wait_for("(() => { const t = document.getElementById('record-result').textContent;"
                              " return /FL-\\d+/.test(t) ? t : ''; })()")
    expect(result and result.startswith("Đã ghi nhận: FL-"), f"online, the prospect is recorded: {result!r}")
    time.sleep(1)
    expect(len(rows_with(store, "customer_name", "Chị Hoa (chạm hai lần)")) == 1, "a double tap online stores one prospect")


def check_phone_layout(browser, base, refused, available, expect):
    """At 390 x 844, after an answer: status, zone, team and the node list on screen, unscrolled."""
    browser.send("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True})
    for name, (lat, lon, status) in (("refused", refused), ("available", available)):
        browser.send("Page.navigate", {"url": f"{base}?visit=layout-{name}#{lat:.7f},{lon:.7f},ftth"})
        browser.wait_for(f"document.getElementById('status').dataset.status === {json.dumps(status)}")
        time.sleep(0.5)  # the map shrinks and Leaflet redraws
        boxes = browser.evaluate(
            "(() => { const out = { scroll: window.scrollY, height: window.innerHeight };"
            " for (const id of ['status', 'zone', 'team', 'nodes']) { const r = document.getElementById(id).getBoundingClientRect();"
            " out[id] = [Math.round(r.top), Math.round(r.bottom)]; }"
            " const piece = document.querySelector('#status .nowrap');"
            " out.tech = piece ? [piece.getClientRects().length, piece.textContent] : null; return out; })()")
        inside = all(0 <= boxes[i][0] and boxes[i][1] <= boxes["height"] for i in ("status", "zone", "team", "nodes"))
        expect(boxes["scroll"] == 0 and inside, f"{name}: status, zone, team and nodes above the fold at 390 x 844: {boxes}")
        expect(boxes["tech"] and boxes["tech"][0] == 1 and boxes["tech"][1].endswith("· FTTH")
               and not boxes["tech"][1].startswith("·"),
               f"{name}: the technology shares its line with the status' last word: {boxes['tech']}")

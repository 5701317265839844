#!/usr/bin/python3
"""From a change in the data to the field service answering from it.

Starts `coverplan serve PROJECT` (a copy: the script edits its coverage
source), picks a location whose answer is "available" (ftth), then ROUNDS
times fills the nodes serving it in the source (used = capacity, written
with GDAL as another program would) and times until GET /api/check there
answers "full", then empties them again and times until it answers
"available". Meanwhile another thread times GET /api/check elsewhere, to show
that requests do not wait for the rebuild. With --token it also times
prospects: POST /api/leads (--prospects of them, 60 m apart, each its own
customer), then the next /api/zones or /api/ranking holding it.

    bench/live_latency.py COVERPLAN PROJECT [--rounds 3] [--token T] [--prospects N]

Prints each time and the medians. See docs/benchmarks.md ("Live data").
"""

import argparse
import json
import statistics
import subprocess
import threading
import time
import tomllib
import urllib.request
from pathlib import Path

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()


def get(port, path, timeout=600):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as answer:
        return json.loads(answer.read()), dict(answer.headers)


def post(port, path, body, token):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=600) as answer:
        return json.loads(answer.read()), dict(answer.headers)


def coverage_layer(project_file):
    project = tomllib.loads(Path(project_file).read_text(encoding="utf-8"))
    coverage = project["layers"]["coverage"]
    source = coverage["source"]
    if not source.upper().startswith("PG:"):
        source = str((Path(project_file).parent / source).resolve())
    return source, coverage.get("layer"), coverage


def set_used(project_file, node_ids, fill):
    """Sets used = capacity (fill) or used = 0 for the nodes, in the source itself."""
    source, layer_name, fields = coverage_layer(project_file)
    dataset = ogr.Open(source, update=1)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    id_field, used_field, capacity_field = fields["id"], fields["used"], fields["capacity"]
    layer.StartTransaction()
    quoted = ",".join("'" + n.replace("'", "''") + "'" for n in node_ids)
    layer.SetAttributeFilter(f"{id_field} IN ({quoted})")
    for feature in layer:
        feature.SetField(used_field, feature.GetField(capacity_field) if fill else 0)
        layer.SetFeature(feature)
    layer.CommitTransaction()
    dataset = None  # closed: the write is complete


def available_place(port, project_file):
    """A location answered "available" for ftth, with its serving nodes."""
    source, layer_name, fields = coverage_layer(project_file)
    dataset = ogr.Open(source)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(layer.GetSpatialRef(), wgs84)
    layer.SetAttributeFilter(f"{fields['technology']} = 'ftth'")
    for feature in layer:
        point = feature.GetGeometryRef().PointOnSurface()
        lon, lat, _ = to_lonlat.TransformPoint(point.GetX(), point.GetY())
        answer, _ = get(port, f"/api/check?lat={lat:.7f}&lon={lon:.7f}&tech=ftth")
        if answer["status"] == "available":
            return f"/api/check?lat={lat:.7f}&lon={lon:.7f}&tech=ftth", [n["node_id"] for n in answer["nodes"]]
    raise SystemExit("no available ftth location found")


def wait_for(port, path, status):
    while True:
        answer, headers = get(port, path)
        if answer["status"] == status:
            return int(headers.get("X-Coverplan-Data-Version", "0"))
        time.sleep(0.01)


def record_prospects(port, token, count):
    """Times each POST /api/leads and until an answer holds it. The first is
    looked for in /api/zones (every outline: what the field page's map asks),
    the others in /api/ranking?top=1 (small), by the data version."""
    recorded, seen = [], []
    for k in range(count):
        lat, lon = 21.40 + k * 0.00055, 106.00
        t = time.perf_counter()
        answer, headers = post(port, "/api/leads", {"lat": lat, "lon": lon, "technology": "ftth",
                                                    "customer_name": f"Khách {k + 1}"}, token)
        recorded.append(time.perf_counter() - t)
        version = int(headers.get("X-Coverplan-Data-Version", "0"))
        while True:
            _, answer_headers = get(port, "/api/zones?max=1000000" if k == 0 else "/api/ranking?top=1")
            if int(answer_headers.get("X-Coverplan-Data-Version", "0")) >= version:
                break
        seen.append(time.perf_counter() - t)
        print(f"prospect {answer['id']}: recorded in {recorded[-1] * 1000:.0f} ms, in "
              f"{'/api/zones' if k == 0 else '/api/ranking'} (version {version}) {seen[-1] * 1000:.0f} ms "
              f"after the POST began", flush=True)
    if count > 1:
        print(f"prospects: recorded median {statistics.median(recorded) * 1000:.0f} ms, worst "
              f"{max(recorded) * 1000:.0f} ms; counted in an answer median {statistics.median(seen) * 1000:.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("coverplan")
    parser.add_argument("project")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--token", default="")
    parser.add_argument("--prospects", type=int, default=1)
    args = parser.parse_args()

    started = time.perf_counter()
    service = subprocess.Popen([args.coverplan, "serve", args.project, "--port", "0"], stdout=subprocess.PIPE, text=True)
    port = None
    for line in service.stdout:
        if line.startswith("Listening on"):
            port = int(line.split(":")[-1].split("/")[0])
            break
    print(f"service up in {time.perf_counter() - started:.1f} s (port {port})", flush=True)
    try:
        path, nodes = available_place(port, args.project)
        print(f"location {path}, nodes {nodes}", flush=True)
        stop = threading.Event()
        meanwhile = []

        def other_requests():
            while not stop.is_set():
                t = time.perf_counter()
                get(port, "/healthz")
                meanwhile.append(time.perf_counter() - t)
                time.sleep(0.02)

        watcher = threading.Thread(target=other_requests)
        watcher.start()
        fills, empties = [], []
        for _ in range(args.rounds):
            for fill, times in ((True, fills), (False, empties)):
                set_used(args.project, nodes, fill)
                t = time.perf_counter()
                version = wait_for(port, path, "full" if fill else "available")
                times.append(time.perf_counter() - t)
                print(f"{'filled' if fill else 'emptied'}: answered from the change after {times[-1]:.2f} s "
                      f"(data version {version})", flush=True)
        stop.set()
        watcher.join()
        if fills:
            print(f"change -> answer: median {statistics.median(fills + empties):.2f} s, "
                  f"worst {max(fills + empties):.2f} s over {len(fills + empties)} changes")
        if meanwhile:
            print(f"/healthz meanwhile: {len(meanwhile)} requests, median {statistics.median(meanwhile) * 1000:.1f} ms, "
                  f"worst {max(meanwhile) * 1000:.1f} ms")
        if args.token:
            record_prospects(port, args.token, args.prospects)
    finally:
        service.terminate()
        service.wait()


if __name__ == "__main__":
    main()

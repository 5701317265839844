#!/usr/bin/python3
"""Compares per-zone (or per-node) counts of the benchmark's tools.

    compare_counts.py COLUMN REF_LABEL=REF.csv LABEL=OTHER.csv [...]

Each CSV has a header; the first column is the key (zone_id / node_id), and
COLUMN names the count. Rows whose key is empty (Coverplan's "outside every
zone" row) are left out of the comparison and reported apart. Prints one
line per other tool:

    postgis: sum 99812 vs 99812; 0 of 10000 keys differ (max |diff| 0); e.g. Z0001 12/12, ...

and exits 1 when any count differs.
"""
import csv
import sys


def load(path, column):
    counts, outside = {}, 0
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        key = reader.fieldnames[0]
        for row in reader:
            value = int(float(row[column] or 0))
            if row[key] == "":
                outside += value
            else:
                counts[row[key]] = counts.get(row[key], 0) + value
    return counts, outside


def main():
    column = sys.argv[1]
    ref_label, ref_path = sys.argv[2].split("=", 1)
    ref, ref_outside = load(ref_path, column)
    status = 0
    for arg in sys.argv[3:]:
        label, path = arg.split("=", 1)
        other, _ = load(path, column)
        keys = sorted(set(ref) | set(other))
        diffs = [(k, ref.get(k, 0), other.get(k, 0)) for k in keys if ref.get(k, 0) != other.get(k, 0)]
        sample = diffs[:5] if diffs else [(k, ref.get(k, 0), other.get(k, 0)) for k in keys[:: max(1, len(keys) // 3)][:3]]
        max_diff = max((abs(a - b) for _, a, b in diffs), default=0)
        print("%s vs %s, %s: sum %d vs %d%s; %d of %d keys differ (max |diff| %d); %s %s" % (
            label, ref_label, column, sum(ref.values()), sum(other.values()),
            " (+%d outside every zone in %s)" % (ref_outside, ref_label) if ref_outside else "",
            len(diffs), len(keys), max_diff, "differing:" if diffs else "e.g.",
            ", ".join("%s %d/%d" % (k, a, b) for k, a, b in sample)))
        if diffs:
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()

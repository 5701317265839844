#!/usr/bin/env python3
"""Draws the field page's icons: ui/server/web/icon-192.png, icon-512.png and
favicon.ico (16, 32 and 48 px PNGs in an ICO). A map pin under two coverage
arcs, white on the page's header blue. The background fills the square and
the drawing keeps inside the middle 80 %, so the icon is "maskable" (a phone's
round or squircle mask never cuts it). Only the standard library: run it from
the repository root after changing the drawing; the results are checked in,
so building needs nothing of this.
"""
import math
import struct
import zlib

BLUE = (0x0B, 0x4F, 0x8A)
WHITE = (0xFF, 0xFF, 0xFF)
CX, CY = 256.0, 250.0  # the pin's head, in a 512 x 512 design


def white_at(x, y):
    """Whether the design point (x, y) in 0..512 is white."""
    dx, dy = x - CX, y - CY
    r = math.hypot(dx, dy)
    # The pin: a head of radius 78 with a hole, narrowing to a tip at y = 424.
    head, tip = 78.0, 424.0
    if r <= head:
        return r > 30.0
    if CY < y <= tip:
        # The sides are tangent to the head and meet at the tip.
        d = tip - CY
        half_angle = math.asin(head / d)
        tangent_y = CY + head * math.sin(half_angle)
        if y >= tangent_y:
            half_width = (tip - y) * math.tan(half_angle)
            return abs(dx) <= half_width
    # Two coverage arcs above the head, 50 degrees either side of straight up.
    angle = math.degrees(math.atan2(dx, -dy))
    if abs(angle) <= 50:
        for inner, outer in ((116.0, 140.0), (162.0, 186.0)):
            if inner <= r <= outer:
                return True
    # The arcs' rounded ends.
    for inner, outer in ((116.0, 140.0), (162.0, 186.0)):
        mid, half = (inner + outer) / 2, (outer - inner) / 2
        for side in (-1, 1):
            a = math.radians(50 * side)
            ex, ey = CX + mid * math.sin(a), CY - mid * math.cos(a)
            if math.hypot(x - ex, y - ey) <= half:
                return True
    return False


def render(size, samples=4):
    """RGB rows of the icon at size x size, each pixel the mean of samples^2 points."""
    scale = 512.0 / size
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            hits = 0
            for sy in range(samples):
                for sx in range(samples):
                    if white_at((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale):
                        hits += 1
            t = hits / (samples * samples)
            row += bytes(round(b + (w - b) * t) for b, w in zip(BLUE, WHITE))
        rows.append(bytes(row))
    return rows


def png(rows):
    """A PNG file (RGB, 8 bits, no date or other chunks that change between runs)."""
    size = len(rows)
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    """An ICO holding PNG images (what every browser reads), smallest first."""
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    data = b""
    for size, image in images:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return out + data


if __name__ == "__main__":
    web = "ui/server/web/"
    for size in (192, 512):
        with open(web + "icon-%d.png" % size, "wb") as f:
            f.write(png(render(size)))
    with open(web + "favicon.ico", "wb") as f:
        f.write(ico([(s, png(render(s, 8))) for s in (16, 32, 48)]))

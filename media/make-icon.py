#!/usr/bin/env python3
"""Draws media/icon.png (128x128): a page of text lines with a seed and a check mark.
Pure standard library (zlib + struct) so it runs anywhere; shapes are signed-distance tests,
supersampled 4x4 per pixel for smooth edges."""
import math
import struct
import sys
import zlib

SIZE = 128
SAMPLES = 4  # supersampling per axis

BACKGROUND = (20, 83, 75)      # deep teal
PAGE = (246, 243, 234)         # paper
LINE = (150, 160, 158)         # text lines
SEED = (214, 160, 48)          # amber seed
CHECK = (36, 140, 90)          # green check


def inside_rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1


def inside_seed(x, y):
    # An ellipse tilted by 35 degrees.
    cx, cy, a, b, t = 84, 84, 26, 16, math.radians(-35)
    dx, dy = x - cx, y - cy
    u = dx * math.cos(t) - dy * math.sin(t)
    v = dx * math.sin(t) + dy * math.cos(t)
    return (u / a) ** 2 + (v / b) ** 2 <= 1


def near_segment(x, y, ax, ay, bx, by, width):
    vx, vy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)))
    px, py = ax + t * vx, ay + t * vy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2


def colour_at(x, y):
    if not inside_rounded_rect(x, y, 0, 0, SIZE, SIZE, 22):
        return None
    colour = BACKGROUND
    if inside_rounded_rect(x, y, 22, 16, 92, 112, 8):
        colour = PAGE
        for row in range(5):
            top = 30 + row * 14
            right = 80 if row % 2 == 0 else 70
            if inside_rounded_rect(x, y, 32, top, right, top + 5, 2.5):
                colour = LINE
    if inside_seed(x, y):
        colour = SEED
        if near_segment(x, y, 72, 86, 81, 95, 6) or near_segment(x, y, 81, 95, 98, 74, 6):
            colour = PAGE
    return colour


def render():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter type 0 per scanline
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = SAMPLES * SAMPLES
            covered = acc[3] // 255
            if covered:
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, acc[3] // n])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return b"".join(rows)


def write_png(path, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", header))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


if __name__ == "__main__":
    write_png(sys.argv[1] if len(sys.argv) > 1 else "media/icon.png", render())

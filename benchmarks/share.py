"""The screen-share codec against full-frame JPEG q80 and H.264 on 1920x1080 scenarios.

Renders four screen recordings (`share_scenes`: typing, scrolling a long
document, dragging a dialog, a noisy video region) as PNG frames into a
temporary folder (keep them with --keep DIR and replay with `kefu bench
share`), reads them back and, in the same run, sends every frame through:

- the codec: `Encoder.encode` + `to_bytes` on BGRA frames (what mss gives),
  then `Decoder.apply`, compared with the frame after every step;
- full-frame JPEG quality 80 (Pillow) and H.264 (PyAV libx264 ultrafast,
  zerolatency, crf 23), see `share_baselines`.

Prints JSON: per scenario and coder, bytes, encode p50/p95 ms, decode p50 ms
and PSNR (99.0 = bit-exact; for the video scenario also inside the clip),
then the issue's targets, checked.

    .venv/bin/python benchmarks/share.py [--keep DIR] [--only typing,video] [--no-x264]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from share_baselines import (
    EXACT_DB,
    Region,
    crop,
    jpeg_full_frame,
    percentile,
    psnr,
    summary,
    x264,
)
from share_scenes import HEIGHT, REGIONS, SCENARIOS, WIDTH

from desktop.core.share import Decoder, Encoder

ENCODE_P95_TARGET_MS = 33.0
TEXT_SCENARIOS = ("typing", "scrolling", "dragging")


def read_frames(folder: Path) -> list[np.ndarray]:
    frames = []
    for path in sorted(folder.glob("*.png")):
        with Image.open(path) as opened:
            frames.append(np.asarray(opened.convert("RGB"), dtype=np.uint8))
    return frames


def codec(frames: list[np.ndarray], region: Region = None) -> dict[str, Any]:
    encoder, decoder = Encoder(), Decoder()
    sizes, encode_ms, decode_ms, psnrs, cpu_ms, inside = [], [], [], [], [], []
    copies = lossy = 0
    for frame in frames:
        # BGRA with opaque alpha, as numpy.asarray(mss_shot) gives it.
        bgra = np.concatenate([frame[:, :, ::-1], np.full_like(frame[:, :, :1], 255)], axis=2)
        started, cpu = time.perf_counter(), time.process_time()
        data = encoder.encode(bgra).to_bytes()
        encode_ms.append((time.perf_counter() - started) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)  # all threads; load-proof
        started = time.perf_counter()
        decoder.apply(data)
        decode_ms.append((time.perf_counter() - started) * 1000)
        assert decoder.framebuffer is not None
        psnrs.append(psnr(frame, decoder.framebuffer))
        inside.append(psnr(crop(frame, region), crop(decoder.framebuffer, region)))
        sizes.append(len(data))
        copies += encoder.last_stats.copies
        lossy += encoder.last_stats.lossy_rects
    # The picture stands still: lossy areas are refreshed losslessly within a few frames.
    still = frames[-1]
    bgra = np.concatenate([still[:, :, ::-1], np.full_like(still[:, :, :1], 255)], axis=2)
    settle = 0
    while not encoder.exact and settle < 10:
        decoder.apply(encoder.encode(bgra).to_bytes())
        settle += 1
    encoder.close()
    result = summary(sizes, encode_ms, decode_ms, psnrs, inside if region else None)
    result.update(
        {
            "encode_cpu_ms_p50": percentile(cpu_ms, 50),
            "encode_cpu_ms_p95": percentile(cpu_ms, 95),
            "bit_exact_frames": sum(1 for p in psnrs if p >= EXACT_DB),
            "copy_rects": copies,
            "lossy_rects": lossy,
            "frames_to_exact_when_still": settle,
            "exact_when_still": bool(np.array_equal(decoder.framebuffer, still)),
        }
    )
    return result


def targets(name: str, frames: int, result: dict[str, Any]) -> dict[str, bool]:
    ours, jpeg = result["codec"], result["jpeg_q80"]
    checks = {"under_tenth_of_jpeg_q80": ours["bytes_total"] * 10 < jpeg["bytes_total"]}
    h264 = result.get("x264")
    if name in TEXT_SCENARIOS:
        checks["encode_p95_le_33ms"] = ours["encode_ms_p95"] <= ENCODE_P95_TARGET_MS
        checks["bit_exact"] = ours["bit_exact_frames"] == frames
        if h264:
            checks["fewer_bytes_than_x264"] = ours["bytes_total"] < h264["bytes_total"]
    elif h264:
        checks["within_2x_of_x264"] = ours["bytes_total"] <= 2 * h264["bytes_total"]
    checks["exact_when_still"] = ours["exact_when_still"]
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="write the frames here and keep them")
    parser.add_argument("--only", help="comma-separated scenario names")
    parser.add_argument("--no-x264", action="store_true", help="skip the H.264 baseline")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(SCENARIOS)
    # Load Pillow's WebP and JPEG plugins once, outside the first scenario's timings.
    warm = np.zeros((64, 64, 3), dtype=np.uint8) + np.arange(64, dtype=np.uint8)[:, None]
    Decoder().apply(Encoder().encode(warm).to_bytes())
    jpeg_full_frame([warm])
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kefu-share-bench-") as temp:
        root = Path(args.keep) if args.keep else Path(temp)
        for name in names:
            render, count = SCENARIOS[name]
            folder = root / name
            folder.mkdir(parents=True, exist_ok=True)
            for index, image in enumerate(render(count)):
                image.save(folder / f"{index:04d}.png", compress_level=1)
            frames = read_frames(folder)
            region = REGIONS.get(name)
            result: dict[str, Any] = {"frames": len(frames), "codec": codec(frames, region)}
            result["jpeg_q80"] = jpeg_full_frame(frames, region=region)
            if not args.no_x264:
                result["x264"] = x264(frames, region=region)
            result["targets"] = targets(name, len(frames), result)
            results[name] = result
    report = {
        "width": WIDTH,
        "height": HEIGHT,
        "cpus": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "scenarios": results,
        "all_targets_met": all(all(r["targets"].values()) for r in results.values()),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

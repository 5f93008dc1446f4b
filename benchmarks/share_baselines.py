"""What the share codec is compared with, on the same frames: full-frame JPEG
quality 80, and H.264 through PyAV (libx264, preset ultrafast, tune
zerolatency, crf 23, yuv420p, 30 fps time base).

Every function takes the scenario's RGB frames and returns bytes, encode
p50/p95 ms, decode p50 ms and PSNR (min and mean over the frames). Times
include the colour conversion each codec needs (RGB to YUV and back for
x264), as the share codec's include its own.
"""

from __future__ import annotations

import io
import math
import time
from fractions import Fraction
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

RGB = npt.NDArray[np.uint8]
EXACT_DB = 99.0  # what a bit-exact frame's PSNR is written as


def psnr(expected: RGB, actual: RGB) -> float:
    diff = expected.astype(np.int32) - actual.astype(np.int32)
    mse = float(np.mean(diff * diff))
    return EXACT_DB if mse == 0 else min(EXACT_DB - 0.01, 10 * math.log10(255**2 / mse))


def percentile(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2)


Region = tuple[int, int, int, int] | None  # x, y, w, h: also report PSNR in here


def crop(frame: RGB, region: Region) -> RGB:
    if region is None:
        return frame
    x, y, w, h = region
    return frame[y : y + h, x : x + w]


def summary(
    sizes: list[int],
    encode_ms: list[float],
    decode_ms: list[float],
    psnrs: list[float],
    region_psnrs: list[float] | None = None,
) -> dict[str, Any]:
    extra = {}
    if region_psnrs:
        extra = {
            "region_psnr_min_db": round(min(region_psnrs), 2),
            "region_psnr_mean_db": round(float(np.mean(region_psnrs)), 2),
        }
    return extra | {
        "bytes_total": sum(sizes),
        "first_frame_bytes": sizes[0],
        "delta_bytes_mean": round(float(np.mean(sizes[1:])), 1) if len(sizes) > 1 else 0.0,
        "encode_ms_p50": percentile(encode_ms, 50),
        "encode_ms_p95": percentile(encode_ms, 95),
        "decode_ms_p50": percentile(decode_ms, 50),
        "psnr_min_db": round(min(psnrs), 2),
        "psnr_mean_db": round(float(np.mean(psnrs)), 2),
    }


def jpeg_full_frame(frames: list[RGB], quality: int = 80, region: Region = None) -> dict[str, Any]:
    sizes, encode_ms, decode_ms, psnrs, inside = [], [], [], [], []
    for frame in frames:
        out = io.BytesIO()
        started = time.perf_counter()
        Image.fromarray(frame, "RGB").save(out, "JPEG", quality=quality)
        encode_ms.append((time.perf_counter() - started) * 1000)
        sizes.append(out.tell())
        started = time.perf_counter()
        with Image.open(io.BytesIO(out.getvalue())) as image:
            shown = np.asarray(image.convert("RGB"))
        decode_ms.append((time.perf_counter() - started) * 1000)
        psnrs.append(psnr(frame, shown))
        inside.append(psnr(crop(frame, region), crop(shown, region)))
    return summary(sizes, encode_ms, decode_ms, psnrs, inside if region else None)


def x264(frames: list[RGB], crf: int = 23, region: Region = None) -> dict[str, Any]:
    import av  # a benchmark-only dependency (the dev extra)

    height, width = frames[0].shape[:2]
    encoder: Any = av.CodecContext.create("libx264", "w")
    encoder.width, encoder.height = width, height
    encoder.pix_fmt = "yuv420p"
    encoder.time_base = Fraction(1, 30)
    encoder.framerate = Fraction(30, 1)
    encoder.options = {"preset": "ultrafast", "tune": "zerolatency", "crf": str(crf)}
    decoder: Any = av.CodecContext.create("h264", "r")
    sizes, encode_ms, decode_ms, psnrs, inside = [], [], [], [], []
    for index, frame in enumerate(frames):
        started = time.perf_counter()
        picture = av.VideoFrame.from_ndarray(frame, format="rgb24").reformat(format="yuv420p")
        picture.pts = index
        packets = encoder.encode(picture)  # zerolatency: the frame's packet comes out now
        encode_ms.append((time.perf_counter() - started) * 1000)
        sizes.append(sum(packet.size for packet in packets))
        started = time.perf_counter()
        shown = None
        for packet in packets:
            for decoded in decoder.decode(packet):
                shown = decoded.to_ndarray(format="rgb24")
        decode_ms.append((time.perf_counter() - started) * 1000)
        psnrs.append(psnr(frame, shown) if shown is not None else 0.0)
        inside.append(psnr(crop(frame, region), crop(shown, region)) if shown is not None else 0.0)
    return summary(sizes, encode_ms, decode_ms, psnrs, inside if region else None)

"""`kefu bench share`: run the screen-share codec over a folder of PNG frames.

Frames are read in file-name order and go through the real encoder and the
real decoder one by one, as a session would send them; the decoder's picture
is compared with the input after every frame. The JSON of `--json` is a
stable contract (DESIGN.md, Command line). Frames of different sizes are
fine: a size change is sent as a key frame, as when a shared monitor changes
resolution.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

from desktop.cli import CommandError, UsageError

BIT_EXACT_PSNR_DB = 99.0  # what psnr_min_db says when every frame is bit-exact


def add_parser(subparsers: Any) -> None:
    bench = subparsers.add_parser(
        "bench",
        help="measure parts of Kefu on your own data",
        description="Measure parts of Kefu on your own data.",
    )
    what = bench.add_subparsers(dest="bench_command", metavar="WHAT")
    share = what.add_parser(
        "share",
        help="encode and decode a folder of PNG frames with the screen-share codec",
        description=(
            "Encode and decode a folder of PNG frames (in file-name order) with the "
            "screen-share codec; report bytes, encode/decode times and fidelity."
        ),
    )
    share.add_argument("--frames", required=True, metavar="DIR", help="a folder of .png frames")
    share.add_argument("--json", action="store_true", help="print JSON instead of a summary")
    share.add_argument("--dump", metavar="OUT", help="write the decoded frames as PNGs into OUT")
    share.set_defaults(func=run_share)
    bench.set_defaults(func=_no_subcommand)


def _no_subcommand(args: argparse.Namespace) -> int:
    raise UsageError("say what to measure: kefu bench share --frames DIR")


def frame_paths(folder: Path) -> list[Path]:
    """The PNG files of `folder`, sorted by name; UsageError if there are none."""
    if not folder.exists():
        raise UsageError(f"--frames {folder}: no such folder")
    if not folder.is_dir():
        raise UsageError(f"--frames {folder}: not a folder (give a folder of PNG frames)")
    paths = sorted(
        (p for p in folder.iterdir() if p.suffix.lower() == ".png" and p.is_file()),
        key=lambda p: p.name,
    )
    if not paths:
        raise UsageError(f"--frames {folder}: no .png files in it")
    return paths


def run_share(args: argparse.Namespace) -> int:
    paths = frame_paths(Path(args.frames))
    dump = Path(args.dump) if args.dump else None
    if dump is not None:
        if dump.exists() and not dump.is_dir():
            raise UsageError(f"--dump {dump}: exists and is not a folder")
        try:
            dump.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"--dump {dump}: cannot create the folder ({exc})") from None
    report = bench_share(paths, dump)
    if args.json:
        payload = {key: report[key] for key in _JSON_KEYS}
        json.dump(payload, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(_summary(report))
    return 0


_JSON_KEYS = (
    "frames",
    "bytes_total",
    "encode_ms_p50",
    "encode_ms_p95",
    "decode_ms_p50",
    "psnr_min_db",
)


def bench_share(paths: list[Path], dump: Path | None) -> dict[str, Any]:
    """Encode, send (as bytes) and decode each frame; measure every step."""
    import numpy as np

    from desktop.core.share import CodecError, Decoder, Encoder

    encoder, decoder = Encoder(), Decoder()
    encode_ms: list[float] = []
    decode_ms: list[float] = []
    psnr: list[float] = []
    sizes: list[tuple[int, int]] = []
    bytes_total = key_frames = 0
    for path in paths:
        frame = _read_png(path)
        started = time.perf_counter()
        data = encoder.encode(frame).to_bytes()
        encode_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        try:
            update = decoder.apply(data)
        except CodecError as exc:  # our own encoder's output: a bug worth reporting
            raise CommandError(f"{path.name}: the decoder refused the frame ({exc})") from None
        decode_ms.append((time.perf_counter() - started) * 1000)
        assert decoder.framebuffer is not None and update.frame is not None
        bytes_total += len(data)
        key_frames += update.frame.key
        if not sizes or sizes[-1] != (frame.shape[1], frame.shape[0]):
            sizes.append((frame.shape[1], frame.shape[0]))
        psnr.append(_psnr(frame, decoder.framebuffer))
        if dump is not None:
            _write_png(decoder.framebuffer, dump / path.name)
    return {
        "frames": len(paths),
        "bytes_total": bytes_total,
        "encode_ms_p50": round(float(np.percentile(encode_ms, 50)), 3),
        "encode_ms_p95": round(float(np.percentile(encode_ms, 95)), 3),
        "decode_ms_p50": round(float(np.percentile(decode_ms, 50)), 3),
        "psnr_min_db": round(min(psnr), 3),
        "key_frames": key_frames,
        "sizes": sizes,
    }


def _read_png(path: Path) -> Any:
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path, formats=["PNG"]) as image:
            image.load()
            return np.asarray(image.convert("RGB"), dtype=np.uint8)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise CommandError(f"{path}: not a PNG Kefu can read ({exc})") from None


def _write_png(rgb: Any, path: Path) -> None:
    from PIL import Image

    try:
        Image.fromarray(rgb, "RGB").save(path, compress_level=1)
    except OSError as exc:
        raise CommandError(f"{path}: could not save ({exc})") from None


def _psnr(expected: Any, actual: Any) -> float:
    import numpy as np

    if expected.shape != actual.shape:
        return 0.0  # the viewer shows something of another size: as wrong as it gets
    diff = expected.astype(np.int32) - actual.astype(np.int32)
    mse = float(np.mean(diff * diff))
    if mse == 0:
        return BIT_EXACT_PSNR_DB
    # Only a bit-exact frame may say 99.0, however tiny the error.
    return min(BIT_EXACT_PSNR_DB - 0.01, 10 * math.log10(255**2 / mse))


def _summary(report: dict[str, Any]) -> str:
    frames, total = report["frames"], report["bytes_total"]
    sizes = ", ".join(f"{w}x{h}" for w, h in report["sizes"])
    exact = report["psnr_min_db"] >= BIT_EXACT_PSNR_DB
    return "\n".join(
        [
            f"{frames} frames ({sizes}), {report['key_frames']} key frames",
            f"{_kib(total)} in all, {_kib(total / frames)} per frame",
            f"encode p50 {report['encode_ms_p50']:.1f} ms, p95 {report['encode_ms_p95']:.1f} ms;"
            f" decode p50 {report['decode_ms_p50']:.1f} ms",
            "bit-exact after every frame"
            if exact
            else f"NOT bit-exact: lowest PSNR {report['psnr_min_db']:.1f} dB",
        ]
    )


def _kib(size: float) -> str:
    return f"{size / 1024:.1f} KiB"

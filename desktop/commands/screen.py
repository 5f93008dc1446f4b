"""`kefu ocr` and `kefu capture`: read an image, take a screenshot.

Both import their heavy modules only when run, and never Qt, so `kefu ocr`
starts fast. The JSON of `kefu ocr --json` is a stable contract (DESIGN.md,
Command line).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop.cli import CommandError, UsageError


def add_parser(subparsers: Any) -> None:
    ocr = subparsers.add_parser(
        "ocr",
        help="read the text, error and private data in an image",
        description="OCR one image: text, error lines and codes, fingerprint, private data.",
    )
    ocr.add_argument("image", metavar="IMAGE", help="a PNG, JPEG, WebP, BMP or TIFF file")
    ocr.add_argument("--lang", default="eng+chi_sim", help="Tesseract languages (eng+chi_sim)")
    ocr.add_argument("--json", action="store_true", help="print JSON instead of plain text")
    ocr.add_argument(
        "--full",
        action="store_true",
        help="read the whole image, not only the dialog or console that holds the error",
    )
    ocr.set_defaults(func=run_ocr)

    capture = subparsers.add_parser(
        "capture",
        help="save a screenshot",
        description="Save a screenshot of all monitors (default), one monitor or a region.",
    )
    where = capture.add_mutually_exclusive_group()
    where.add_argument("--monitor", type=int, metavar="N", help="0 = all monitors, 1..N = one")
    where.add_argument("--region", metavar="X,Y,W,H", help="a region in physical pixels")
    where.add_argument("--window", action="store_true", help="the active window")
    capture.add_argument("--list", action="store_true", help="list the monitors as JSON and exit")
    capture.add_argument("-o", "--output", metavar="FILE", help="where to save (.png, .webp, .jpg)")
    capture.set_defaults(func=run_capture)


def _open_image(path: Path) -> Any:
    from PIL import Image, UnidentifiedImageError

    if not path.exists():
        raise CommandError(f"{path}: no such file")
    if path.is_dir():
        raise CommandError(f"{path}: is a directory, not an image")
    try:
        with Image.open(path) as image:
            image.load()
            return image.convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise CommandError(f"{path}: not an image Kefu can read ({exc})") from None


def ocr_payload(image: Any, lang: str, full: bool) -> dict[str, Any]:
    """Everything `kefu ocr --json` prints, for an already opened image."""
    from desktop.core import errortext, ocr, redact

    started = time.perf_counter()
    try:
        result = ocr.read_image(image, lang=lang, scope="full" if full else "auto")
    except ocr.OcrError as exc:
        raise CommandError(str(exc)) from None
    lines = [line.text for line in result.lines]
    report = errortext.analyse(lines)
    return {
        "text": result.text,
        "lines": [
            {"text": line.text, "box": line.box.as_list(), "conf": line.conf}
            for line in result.lines
        ],
        "error_lines": report.error_lines,
        "error_codes": report.error_codes,
        "fingerprint": report.fingerprint,
        "private": [
            {"kind": found.kind, "box": found.box.as_list()}
            for found in redact.private_boxes(result.lines)
        ],
        "seconds": round(time.perf_counter() - started, 3),
    }


def run_ocr(args: argparse.Namespace) -> int:
    if not args.lang or any(not part for part in args.lang.split("+")):
        raise UsageError(
            f"--lang needs Tesseract language codes like eng+chi_sim, not {args.lang!r}"
        )
    image = _open_image(Path(args.image))
    payload = ocr_payload(image, args.lang, args.full)
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(payload["text"])
    if payload["error_lines"]:
        print("\nError:", *payload["error_lines"], sep="\n  ")
    if payload["error_codes"]:
        print("Codes:", ", ".join(payload["error_codes"]))
    print("Fingerprint:", payload["fingerprint"])
    if payload["private"]:
        kinds = sorted({p["kind"] for p in payload["private"]})
        print(f"Private data: {len(payload['private'])} ({', '.join(kinds)})")
    return 0


def run_capture(args: argparse.Namespace) -> int:
    from desktop.core import capture
    from desktop.core.screenshot_geometry import parse_region

    if args.list:
        try:
            monitors = capture.list_monitors()
        except capture.CaptureError as exc:
            raise CommandError(str(exc)) from None
        print(json.dumps([m.as_dict() for m in monitors], ensure_ascii=False))
        return 0
    if not args.output:
        raise UsageError("say where to save the screenshot: -o FILE")
    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in {".png", ".webp", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"}:
        raise UsageError(f"-o {output}: use a .png, .webp or .jpg file name")
    if not output.parent.is_dir():
        raise CommandError(f"{output.parent}: no such directory")
    try:
        if args.region is not None:
            try:
                region = parse_region(args.region)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            image = capture.grab_region(region)
        elif args.window:
            image = capture.grab_active_window()
        else:
            image = capture.grab_monitor(0 if args.monitor is None else args.monitor)
    except capture.CaptureError as exc:
        raise CommandError(str(exc)) from None
    options: dict[str, Any] = {}
    if suffix == ".webp":
        options = {"lossless": True, "method": 1}  # bit-exact and small for screen text
    elif suffix == ".png":
        options = {"compress_level": 1}
    try:
        image.save(output, **options)
    except OSError as exc:
        raise CommandError(f"{output}: could not save ({exc})") from None
    print(f"{output} {image.width}x{image.height}", file=sys.stderr)
    return 0

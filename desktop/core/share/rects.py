"""Coding one rectangle of pixels: WebP lossless, a fill, raw RGB, or lossy JPEG/WebP.

WebP lossless with method 1 is the v1 workhorse: on a 1080p screen of text it
is about ten times smaller than PNG level 1 at a similar speed (DESIGN.md,
Measured facts; docs/benchmarks/share.md). Quality 80 is Pillow's default and,
for lossless, means effort: at method 1 it is markedly smaller than low
effort for little extra time on text. Photo- or video-like rects (noise, few
flat runs) go with method 0 instead: method 1 costs 5-10x the time there for
about a quarter fewer bytes; the encoder sends most of those lossy instead
(`encode_lossy`, lossy WebP) and refreshes them losslessly
once they stop changing. COPY rects need the viewer's framebuffer and are
applied by the decoder, not here.
"""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image

from desktop.core.share.tiles import Frame
from desktop.core.share.wire import CodecError, Rect, RectCodec

WEBP_METHOD = 1
WEBP_FAST_METHOD = 0  # for photo-like rects, where method 1 is 5-10x slower for ~25% fewer bytes
WEBP_EFFORT = 80
# A rect where fewer sampled pixels than this equal their left neighbour is
# photo- or video-like (UI and text are mostly flat runs, above 0.9).
UI_LIKE_RUNS = 0.6
SAMPLED_ROWS = 32
# Below this many pixels a raw rect is about as small as WebP's own headers
# and costs no encoder call.
RAW_MAX_PIXELS = 16
LOSSY_QUALITY = 60  # the lossy quality of photo-like rects until the pacer says otherwise


def encode_rect(rgb: Frame) -> tuple[RectCodec, bytes]:
    """The smallest sensible coding of a contiguous (h, w, 3) RGB array."""
    first = rgb[0, 0]
    # A sample of rows first: most rects are not solid, and that shows early.
    if (rgb[:: max(1, rgb.shape[0] // SAMPLED_ROWS)] == first).all() and (rgb == first).all():
        return RectCodec.FILL, first.tobytes()
    if rgb.shape[0] * rgb.shape[1] <= RAW_MAX_PIXELS:
        return RectCodec.RAW, rgb.tobytes()
    method = WEBP_METHOD if looks_like_ui(rgb) else WEBP_FAST_METHOD
    return RectCodec.WEBP_LOSSLESS, webp_lossless(Image.fromarray(rgb, "RGB"), method)


def encode_lossy(rgb: Frame, quality: int = LOSSY_QUALITY) -> tuple[RectCodec, bytes]:
    """A photo- or video-like rect as lossy WebP at `quality` (1..95); fills stay fills.

    WebP (method 0) rather than JPEG: on a noisy 480x270 clip it is a quarter
    of JPEG's size at the same PSNR, in about 3 ms.
    """
    first = rgb[0, 0]
    if (rgb == first).all():
        return RectCodec.FILL, first.tobytes()
    out = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(out, "WEBP", quality=max(1, min(95, quality)), method=0)
    return RectCodec.WEBP_LOSSY, out.getvalue()


def encode_jpeg(rgb: Frame, quality: int = LOSSY_QUALITY) -> bytes:
    """A JPEG of an (h, w, 3) RGB array (4:2:0; for lossy rects, never for text)."""
    out = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(out, "JPEG", quality=max(1, min(95, quality)), subsampling=2)
    return out.getvalue()


def looks_like_ui(rgb: Frame) -> bool:
    """Whether a rect is mostly flat runs (text, UI) rather than photo or video."""
    if rgb.shape[1] < 2:
        return True
    rows = rgb[:: max(1, rgb.shape[0] // SAMPLED_ROWS)]
    same = (rows[:, 1:] == rows[:, :-1]).all(axis=2)
    return float(same.mean()) >= UI_LIKE_RUNS


def webp_lossless(image: Image.Image, method: int = WEBP_METHOD) -> bytes:
    out = io.BytesIO()
    # exact=True keeps the colour under transparent pixels (cursor shapes).
    image.save(out, "WEBP", lossless=True, method=method, quality=WEBP_EFFORT, exact=True)
    return out.getvalue()


def decode_rect(rect: Rect) -> Frame:
    """The (h, w, 3) RGB pixels of a rect; `CodecError` if they are not there."""
    shape = (rect.h, rect.w, 3)
    if rect.codec == RectCodec.FILL:
        if len(rect.payload) != 3:
            raise CodecError(f"a fill rect carries 3 bytes, not {len(rect.payload)}")
        colour = np.frombuffer(rect.payload, dtype=np.uint8)
        return np.broadcast_to(colour, shape)
    if rect.codec == RectCodec.RAW:
        if len(rect.payload) != rect.w * rect.h * 3:
            raise CodecError(
                f"a raw {rect.w}x{rect.h} rect carries {rect.w * rect.h * 3} bytes, "
                f"not {len(rect.payload)}"
            )
        return np.frombuffer(rect.payload, dtype=np.uint8).reshape(shape)
    if rect.codec in (RectCodec.WEBP_LOSSLESS, RectCodec.WEBP_LOSSY):
        return decode_webp(rect.payload, rect.w, rect.h, "RGB")
    if rect.codec == RectCodec.JPEG:
        return decode_image(rect.payload, rect.w, rect.h, "RGB", "JPEG")
    if rect.codec == RectCodec.COPY:
        raise CodecError("a copy rect is applied by the decoder, it carries no pixels")
    raise CodecError(f"rect codec {rect.codec} is not supported by this decoder")


def webp_size(payload: bytes) -> tuple[int, int]:
    """(width, height) from a WebP header, without decoding the pixels."""
    try:
        with _open_webp(payload) as image:
            return image.size
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise CodecError(f"WebP payload cannot be read: {exc}") from None


def decode_webp(payload: bytes, width: int, height: int, mode: str) -> Frame:
    """Decode a WebP image that must be exactly width x height."""
    return decode_image(payload, width, height, mode, "WEBP")


def decode_image(payload: bytes, width: int, height: int, mode: str, kind: str) -> Frame:
    """Decode a WebP or JPEG image that must be exactly width x height."""
    try:
        with _open_image(payload, kind) as image:
            # The size is read from the header: check it before decoding,
            # so a lying payload cannot make us allocate a huge image.
            if image.size != (width, height):
                raise CodecError(
                    f"{kind_name(kind)} image is {image.size[0]}x{image.size[1]}, "
                    f"its rect is {width}x{height}"
                )
            image.load()
            converted = image if image.mode == mode else image.convert(mode)
            return np.asarray(converted, dtype=np.uint8)
    except CodecError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise CodecError(f"{kind_name(kind)} payload cannot be decoded: {exc}") from None


def kind_name(kind: str) -> str:
    return "WebP" if kind == "WEBP" else kind


def _open_webp(payload: bytes) -> Image.Image:
    return _open_image(payload, "WEBP")


def _open_image(payload: bytes, kind: str) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow may warn on odd headers; callers check sizes
        return Image.open(io.BytesIO(payload), formats=[kind])

"""The 1920x1080 screen recordings the share benchmarks run on, rendered with Pillow.

An IDE-like window with Chinese and English text: typing, scrolling a long
document, dragging a dialog, and a small noisy "video" region. Used by
benchmarks/share.py (bytes and speed against JPEG and H.264) and
benchmarks/share_latency.py (glass to glass through a hub).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
WIDTH, HEIGHT = 1920, 1080
LINE = 22
EDITOR = (300, 70, 1920, 1020)  # left, top, right, bottom of the text area
CODE = [
    "def import_orders(path: str) -> int:",
    '    """导入订单文件，返回导入的行数。Import an order file."""',
    "    rows = read_sheet(path, sheet='订单')",
    "    if not rows:",
    '        raise ImportError("导入失败，错误代码：E1043 (empty sheet)")',
    "    for row in rows:",
    "        customer = lookup_customer(row['客户编号'])  # customer id",
    "        if customer is None:",
    "            log.warning('未找到客户 %s, skipping', row['客户编号'])",
    "            continue",
    "        save_order(customer, row, status='待处理')",
    "    return len(rows)",
    "",
    "# ORA-12154: TNS:could not resolve the connect identifier specified",
    "# 请检查网络设置后重试。Check the network settings and try again.",
    "",
]


def fonts() -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    return ImageFont.truetype(FONT_PATH, 15), ImageFont.truetype(FONT_PATH, 13)


def desktop_chrome(title: str) -> Image.Image:
    """A window: title bar, menu, file tree, status bar and a task bar."""
    text, small = fonts()
    image = Image.new("RGB", (WIDTH, HEIGHT), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 34), fill=(45, 48, 56))
    draw.text((16, 8), title, font=text, fill=(225, 225, 225))
    draw.rectangle((0, 34, WIDTH, 64), fill=(236, 236, 236))
    for i, item in enumerate(["文件 File", "编辑 Edit", "视图 View", "运行 Run", "帮助 Help"]):
        draw.text((16 + i * 110, 40), item, font=small, fill=(40, 40, 40))
    draw.rectangle((0, 64, 290, 1020), fill=(240, 242, 245))
    tree = ["kefu/", "  desktop/", "    core/", "      share/", "      ocr.py", "    ui/", "  hub/"]
    for i, name in enumerate(tree * 6):
        draw.text(
            (14, 76 + i * LINE),
            name + ("  订单" if i % 5 == 3 else ""),
            font=small,
            fill=(60, 60, 70),
        )
    draw.rectangle((0, 1020, WIDTH, 1044), fill=(0, 122, 204))
    draw.text(
        (12, 1024), "Ln 42, Col 17   UTF-8   Python 3.11   已保存 saved", font=small, fill="white"
    )
    draw.rectangle((0, 1044, WIDTH, HEIGHT), fill=(30, 32, 38))
    return image


def draw_code(draw: ImageDraw.ImageDraw, first_line: int, top: int, lines: int) -> None:
    text, _ = fonts()
    for i in range(lines):
        number = first_line + i
        y = top + i * LINE
        draw.text((EDITOR[0] + 6, y), f"{number + 1:4d}", font=text, fill=(150, 150, 160))
        draw.text((EDITOR[0] + 60, y), CODE[number % len(CODE)], font=text, fill=(30, 30, 30))


def typing(frames: int) -> Iterator[Image.Image]:
    """A few characters per frame on one line, with a blinking caret."""
    text, _ = fonts()
    base = desktop_chrome("editor.py — Kefu IDE")
    draw_code(ImageDraw.Draw(base), 0, EDITOR[1] + 8, 30)
    typed_line = (
        "    customer_note = '客户反馈：导入订单时报错 E1043, please retry after fixing the sheet'"
    )
    y = EDITOR[1] + 8 + 30 * LINE
    for index in range(frames):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        shown = typed_line[: 2 * index + 4]
        draw.text((EDITOR[0] + 60, y), shown, font=text, fill=(0, 60, 160))
        if index % 4 < 2:
            caret_x = EDITOR[0] + 60 + int(draw.textlength(shown, font=text))
            draw.line((caret_x + 1, y, caret_x + 1, y + 18), fill=(0, 0, 0), width=2)
        yield image


def scrolling(frames: int) -> Iterator[Image.Image]:
    """Scrolling a long document, two lines per frame (a wheel notch is three)."""
    height = EDITOR[3] - EDITOR[1]
    lines = (height + frames * 2 * LINE) // LINE + 2
    page = Image.new("RGB", (EDITOR[2] - EDITOR[0], lines * LINE + 16), (255, 255, 255))
    draw_code_on(page, lines)
    base = desktop_chrome("orders.log — Kefu IDE")
    for index in range(frames):
        image = base.copy()
        offset = index * 2 * LINE
        image.paste(page.crop((0, offset, page.width, offset + height)), (EDITOR[0], EDITOR[1]))
        yield image


def draw_code_on(page: Image.Image, lines: int) -> None:
    draw = ImageDraw.Draw(page)
    text, _ = fonts()
    for i in range(lines):
        draw.text((6, 8 + i * LINE), f"{i + 1:4d}", font=text, fill=(150, 150, 160))
        draw.text((60, 8 + i * LINE), CODE[i % len(CODE)], font=text, fill=(30, 30, 30))


def dialog() -> Image.Image:
    text, small = fonts()
    image = Image.new("RGB", (520, 220), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 519, 219), outline=(0, 120, 215), width=2)
    draw.rectangle((2, 2, 517, 34), fill=(0, 120, 215))
    draw.text((14, 8), "数据库连接 Database Connection", font=text, fill="white")
    draw.text((24, 60), "ORA-12154: TNS 无法解析指定的连接标识符", font=text, fill=(180, 0, 0))
    draw.text((24, 90), "The server at 10.20.30.41 did not answer.", font=small, fill=(40, 40, 40))
    draw.rounded_rectangle((380, 168, 500, 200), radius=4, fill=(0, 120, 215))
    draw.text((418, 174), "确定 OK", font=small, fill="white")
    return image


def dragging(frames: int) -> Iterator[Image.Image]:
    """A dialog dragged diagonally over the editor, 14 px right and 6 down per frame."""
    base = desktop_chrome("editor.py — Kefu IDE")
    draw_code(ImageDraw.Draw(base), 0, EDITOR[1] + 8, 42)
    box = dialog()
    for index in range(frames):
        image = base.copy()
        image.paste(box, (500 + index * 14, 260 + index * 6))
        yield image


VIDEO_CLIP = (1380, 700, 480, 270)  # x, y, w, h of the clip in `video`


def video(frames: int) -> Iterator[Image.Image]:
    """A 480x270 clip playing in a corner: moving gradients plus sensor noise."""
    base = desktop_chrome("培训视频 Training video — Kefu")
    draw_code(ImageDraw.Draw(base), 0, EDITOR[1] + 8, 42)
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0:270, 0:480].astype(np.float32)
    for index in range(frames):
        phase = index / 6
        red = 128 + 90 * np.sin(xx / 40 + phase)
        green = 128 + 90 * np.sin(yy / 30 - phase)
        blue = 128 + 60 * np.sin((xx + yy) / 50 + 2 * phase)
        clip = np.stack([red, green, blue], axis=2) + rng.normal(0, 6, (270, 480, 3))
        image = base.copy()
        image.paste(Image.fromarray(np.clip(clip, 0, 255).astype(np.uint8)), VIDEO_CLIP[:2])
        yield image


SCENARIOS: dict[str, tuple[Callable[[int], Iterator[Image.Image]], int]] = {
    "typing": (typing, 60),
    "scrolling": (scrolling, 60),
    "dragging": (dragging, 40),
    "video": (video, 40),
}
# Where each scenario's picture is not text: PSNR is also reported for these areas.
REGIONS: dict[str, tuple[int, int, int, int]] = {"video": VIDEO_CLIP}

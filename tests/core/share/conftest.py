"""Real-looking screens for the codec tests: an editor with Chinese and English text."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TEXT = [
    "导入失败，错误代码：E1043  (import failed)",
    "def handle(request):  # 处理请求",
    "    return Response(status=502)",
    "请检查模板后重新导入。Check the template.",
    "ORA-12154: TNS:could not resolve the connect identifier",
]

Screen = Callable[[int, int, str], np.ndarray]


@pytest.fixture(scope="session")
def editor_screen() -> Screen:
    """Render an editor of `width` x `height` with `typed` on its last line (RGB)."""
    font = ImageFont.truetype(FONT_PATH, 14)

    def render(width: int, height: int, typed: str = "") -> np.ndarray:
        image = Image.new("RGB", (width, height), (246, 246, 246))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, width, 26), fill=(45, 48, 56))
        draw.text((10, 5), "工单 KF-1042 — editor.py", font=font, fill=(220, 220, 220))
        y = 34
        for index in range(max(1, (height - 60) // 20)):
            draw.text((12, y), TEXT[index % len(TEXT)], font=font, fill=(25, 25, 25))
            y += 20
        draw.text((12, y), "> " + typed, font=font, fill=(0, 90, 180))
        return np.asarray(image, dtype=np.uint8).copy()

    return render

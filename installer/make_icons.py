"""Render resources/icons/kefu.svg into the Windows .ico and the macOS .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

Run it after the SVG changes; both outputs are committed, so building an
installer needs no image tools.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = (
    (ROOT / "installer" / "windows" / "kefu.ico", "ICO", 256),  # the largest size Windows uses
    (ROOT / "installer" / "macos" / "kefu.icns", "ICNS", 512),
)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "kefu.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for path, kind, size in OUTPUTS:
        if not render(size).save(str(path), kind.encode()):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

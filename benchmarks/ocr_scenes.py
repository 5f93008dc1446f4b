"""Synthetic 1920x1080 desktops for benchmarks/ocr.py, painted with Qt offscreen.

Each scene is a busy desktop (wallpaper, taskbar, an editor and a file list
full of text) with an error on top: a dialog, or a dark terminal with a
traceback. The ground truth is the lines of that dialog or terminal, their
error codes and the main error line.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

FONT_FAMILY = "Noto Sans CJK SC"
MONO_FAMILY = "Noto Sans Mono CJK SC"


@dataclass(frozen=True)
class ErrorCase:
    title: str
    lines: tuple[str, ...]  # the message, first line is the main error line
    codes: tuple[str, ...]
    main: str


CASES: dict[str, list[ErrorCase]] = {
    "en": [
        ErrorCase(
            "Database Connection",
            (
                "ORA-12154: TNS:could not resolve the connect identifier specified",
                "The server at 10.20.30.41 did not answer.",
                "Check the network settings and try again.",
            ),
            ("ORA-12154",),
            "ORA-12154: TNS:could not resolve the connect identifier specified",
        ),
        ErrorCase(
            "Setup",
            (
                "Error 0x80070005: Access is denied.",
                "Setup could not write to C:\\Program Files\\Acme\\bin.",
                "Run the installer as an administrator.",
            ),
            ("0x80070005",),
            "Error 0x80070005: Access is denied.",
        ),
        ErrorCase(
            "Report Server",
            (
                "HTTP 502 Bad Gateway while loading the monthly report",
                "Request id 7f3a9c2e failed after 30 seconds.",
                "Please contact your administrator.",
            ),
            ("HTTP 502",),
            "HTTP 502 Bad Gateway while loading the monthly report",
        ),
    ],
    "zh": [
        ErrorCase(
            "系统提示",
            ("导入失败，错误代码：E1043", "第 12 行的日期格式不正确。", "请检查模板后重新导入。"),
            ("E1043",),
            "导入失败，错误代码：E1043",
        ),
        ErrorCase(
            "登录",
            ("登录失败：用户名或密码错误", "错误码：40103", "连续失败 5 次后账号将被锁定。"),
            ("40103",),
            "登录失败：用户名或密码错误",
        ),
        ErrorCase(
            "打印",
            ("报表打印失败，打印机未响应", "错误编号 PRN-2051", "请确认打印机已连接并重试。"),
            ("PRN-2051",),
            "报表打印失败，打印机未响应",
        ),
    ],
    "mixed": [
        ErrorCase(
            "数据库错误",
            (
                "保存失败：SQLSTATE[23000] Duplicate entry",
                "表 project_task 中已存在相同的编号。",
                "请刷新页面后重试。",
            ),
            ("SQLSTATE[23000]",),
            "保存失败：SQLSTATE[23000] Duplicate entry",
        ),
        ErrorCase(
            "同步错误",
            (
                "同步失败：ECONNREFUSED 连接被拒绝",
                "服务器 192.168.8.15 端口 8443 无法访问。",
                "请检查 VPN 是否已连接。",
            ),
            ("ECONNREFUSED",),
            "同步失败：ECONNREFUSED 连接被拒绝",
        ),
    ],
}

TRACEBACK = ErrorCase(
    "Terminal",
    (
        "Traceback (most recent call last):",
        '  File "/opt/pm/sync.py", line 88, in run',
        "    rows = client.fetch(project_id)",
        '  File "/opt/pm/client.py", line 41, in fetch',
        "    raise ConnectionError(f'{host} unreachable')",
        "ConnectionError: pm.example.cn unreachable",
    ),
    ("ConnectionError",),
    "ConnectionError: pm.example.cn unreachable",
)

EDITOR_TEXT = [
    "def schedule(tasks, workers):",
    "    # 按优先级分配任务 assign by priority",
    "    queue = sorted(tasks, key=lambda t: t.priority)",
    "    for worker in workers:",
    "        worker.assign(queue.pop(0))",
    "    return {'assigned': len(workers), 'left': len(queue)}",
    "",
    "class Milestone:",
    "    name: str  # 里程碑名称",
    "    due: date",
    "    owner: str = '项目经理'",
    "    def progress(self) -> float:",
    "        done = sum(1 for t in self.tasks if t.done)",
    "        return done / max(len(self.tasks), 1)",
]
FILES_TEXT = [
    "需求评审纪要.docx        2024-03-02   48 KB",
    "sprint-23-plan.xlsx      2024-03-05  112 KB",
    "测试报告_v2.pdf          2024-03-07  1.2 MB",
    "architecture.png         2024-03-08  640 KB",
    "会议记录 0311.txt        2024-03-11    6 KB",
    "budget-2024.xlsx         2024-03-12   88 KB",
    "客户反馈汇总.xlsx        2024-03-14  230 KB",
]


@dataclass(frozen=True)
class Scene:
    name: str
    case: ErrorCase
    dark: bool
    scale: float
    small_jpeg: bool = False
    terminal: bool = False
    seed: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def scenes() -> list[Scene]:
    """The benchmark set: 24 scenes over themes, scales, languages and formats."""
    out: list[Scene] = []
    seed = 0
    for lang in ("en", "zh", "mixed"):
        for case in CASES[lang]:
            for dark, scale in ((False, 1.0), (True, 1.5)):
                seed += 1
                theme = "dark" if dark else "light"
                name = f"{lang}-{case.title}-{theme}-{int(scale * 100)}"
                out.append(Scene(name, case, dark, scale, seed=seed))
    for dark, scale in ((True, 1.0), (True, 1.5)):
        seed += 1
        out.append(
            Scene(f"terminal-{int(scale * 100)}", TRACEBACK, dark, scale, terminal=True, seed=seed)
        )
    for lang in ("en", "zh", "mixed"):
        seed += 1
        case = CASES[lang][0]
        out.append(Scene(f"{lang}-small-jpeg", case, False, 0.85, small_jpeg=True, seed=seed))
    return out


_APP: list[QGuiApplication] = []  # kept alive until exit: Qt dislikes being collected


def _app() -> QGuiApplication:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    _APP.append(QGuiApplication([]))
    return _APP[0]


def _font(px: float, mono: bool = False, bold: bool = False) -> QFont:
    font = QFont(MONO_FAMILY if mono else FONT_FAMILY)
    font.setPixelSize(max(round(px), 6))
    font.setBold(bold)
    return font


def _window(p: QPainter, rect: QRect, title: str, dark: bool, s: float) -> QRect:
    """Paint a window frame with a title bar; returns the client area."""
    bar = int(30 * s)
    p.fillRect(rect.adjusted(6, 6, 6, 6), QColor(0, 0, 0, 60))  # shadow
    p.fillRect(rect, QColor("#2b2d31") if dark else QColor("#ffffff"))
    p.fillRect(
        QRect(rect.x(), rect.y(), rect.width(), bar),
        QColor("#3c3f45") if dark else QColor("#e8eaed"),
    )
    p.setPen(QColor("#dfe1e5") if dark else QColor("#202124"))
    p.setFont(_font(13 * s))
    p.drawText(
        QRect(rect.x() + int(12 * s), rect.y(), rect.width(), bar),
        Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    p.setPen(QPen(QColor("#55585e") if dark else QColor("#b0b3b8"), 1))
    p.drawRect(rect.adjusted(0, 0, -1, -1))
    return QRect(rect.x(), rect.y() + bar, rect.width(), rect.height() - bar)


def _text_lines(
    p: QPainter, area: QRect, lines: list[str], px: float, color: str, mono: bool
) -> None:
    p.setFont(_font(px, mono=mono))
    p.setPen(QColor(color))
    y = area.y() + int(px * 0.8)
    for line in lines:
        if y + px * 1.6 > area.bottom():
            break
        p.drawText(area.x() + int(px), y + int(px), line)
        y += int(px * 1.6)


def render(scene: Scene) -> QImage:
    """Paint one scene into a 1920x1080 image."""
    _app()
    rng = random.Random(scene.seed)
    s, dark = scene.scale, scene.dark
    img = QImage(1920, 1080, QImage.Format.Format_RGB32)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # Wallpaper: a banded gradient with some icons and their labels.
    for y in range(0, 1080, 8):
        shade = 40 + y * 60 // 1080 + rng.randint(0, 6)
        p.fillRect(0, y, 1920, 8, QColor(shade // 2, shade, shade + 60))
    p.setFont(_font(12 * s))
    for i, label in enumerate(["回收站", "Projects", "客户资料", "Reports 2024", "工具箱"]):
        y = 30 + i * int(100 * s)
        p.fillRect(40, y, int(48 * s), int(48 * s), QColor(rng.randint(80, 230), 170, 90))
        p.setPen(QColor("white"))
        p.drawText(30, y + int(66 * s), label)
    # Background windows: an editor and a file list.
    text = "#d4d4d4" if dark else "#1f1f1f"
    editor = _window(
        p, QRect(int(180 + rng.randint(0, 60)), 40, 1000, 760), "scheduler.py — 编辑器", dark, s
    )
    _text_lines(p, editor, EDITOR_TEXT * 3, 14 * s, text, mono=True)
    files = _window(p, QRect(1120, int(120 + rng.randint(0, 60)), 760, 620), "文件 Files", dark, s)
    _text_lines(p, files, FILES_TEXT * 3, 14 * s, text, mono=False)
    # Taskbar.
    p.fillRect(0, 1080 - int(40 * s), 1920, int(40 * s), QColor("#1b1b1f"))
    p.setPen(QColor("#e8e8e8"))
    p.setFont(_font(13 * s))
    p.drawText(
        QRect(20, 1080 - int(40 * s), 900, int(40 * s)),
        Qt.AlignmentFlag.AlignVCenter,
        "开始   浏览器   邮件 Mail   项目管理 PM",
    )
    p.drawText(
        QRect(1700, 1080 - int(40 * s), 200, int(40 * s)),
        Qt.AlignmentFlag.AlignVCenter,
        "14:32  2024/3/15",
    )
    if scene.terminal:
        _terminal(p, scene, rng)
    else:
        _dialog(p, scene, rng)
    p.end()
    return img


def _dialog(p: QPainter, scene: Scene, rng: random.Random) -> None:
    s, dark = scene.scale, scene.dark
    px = (13 if scene.small_jpeg else 15) * s
    p.setFont(_font(px))
    width = max(p.fontMetrics().horizontalAdvance(line) for line in scene.case.lines)
    w = int(width + 140 * s)
    h = int(30 * s + 40 * s + len(scene.case.lines) * px * 1.7 + 80 * s)
    x = (1920 - w) // 2 + rng.randint(-200, 200)
    y = (1080 - h) // 2 + rng.randint(-150, 100)
    area = _window(p, QRect(x, y, w, h), scene.case.title, dark, s)
    icon = int(36 * s)
    p.setBrush(QColor("#d93025"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(area.x() + int(20 * s), area.y() + int(20 * s), icon, icon)
    p.setPen(QColor("white"))
    p.setFont(_font(24 * s, bold=True))
    p.drawText(
        QRect(area.x() + int(20 * s), area.y() + int(20 * s), icon, icon),
        Qt.AlignmentFlag.AlignCenter,
        "×",
    )
    p.setFont(_font(px))
    p.setPen(QColor("#e8eaed") if dark else QColor("#202124"))
    ty = area.y() + int(24 * s)
    for line in scene.case.lines:
        p.drawText(area.x() + int(76 * s), ty + int(px), line)
        ty += int(px * 1.7)
    # Buttons.
    bw, bh = int(88 * s), int(30 * s)
    for i, label in enumerate(["确定 OK", "详细信息"]):
        bx = area.right() - (i + 1) * (bw + int(12 * s))
        by = area.bottom() - bh - int(14 * s)
        p.setPen(QPen(QColor("#5f6368"), 1))
        p.setBrush(QColor("#3c4043") if dark else QColor("#f1f3f4"))
        p.drawRect(bx, by, bw, bh)
        p.setPen(QColor("#e8eaed") if dark else QColor("#202124"))
        p.setFont(_font(13 * s))
        p.drawText(QRect(bx, by, bw, bh), Qt.AlignmentFlag.AlignCenter, label)


def _terminal(p: QPainter, scene: Scene, rng: random.Random) -> None:
    s = scene.scale
    rect = QRect(300 + rng.randint(0, 100), 260, int(900 * s) if s < 1.4 else 1350, int(420 * s))
    p.fillRect(rect.adjusted(6, 6, 6, 6), QColor(0, 0, 0, 90))
    p.fillRect(rect, QColor("#101214"))
    p.fillRect(QRect(rect.x(), rect.y(), rect.width(), int(28 * s)), QColor("#2d2f33"))
    p.setPen(QColor("#cfd2d6"))
    p.setFont(_font(13 * s))
    p.drawText(
        QRect(rect.x() + 10, rect.y(), 600, int(28 * s)),
        Qt.AlignmentFlag.AlignVCenter,
        "终端 — pm@build-01: ~/sync",
    )
    px = 15 * s
    p.setFont(_font(px, mono=True))
    y = rect.y() + int(28 * s + px * 1.8)
    p.setPen(QColor("#8ae234"))
    p.drawText(rect.x() + 14, y, "$ python -m pm.sync --project 42")
    for line in scene.case.lines:
        y += int(px * 1.5)
        p.setPen(QColor("#ff6b6b") if line is scene.case.lines[-1] else QColor("#e6e6e6"))
        p.drawText(rect.x() + 14, y, line)


def save(scene: Scene, directory: Path) -> Path:
    """Render and save a scene: PNG, or JPEG (quality 70) for the small-font set."""
    img = render(scene)
    if scene.small_jpeg:
        path = directory / f"{scene.name}.jpg"
        img.save(str(path), "JPEG", 70)
    else:
        path = directory / f"{scene.name}.png"
        img.save(str(path), "PNG")
    return path

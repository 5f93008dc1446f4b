"""`kefu ocr` and `kefu capture` run as the user runs them: a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LINES = [
    "导入失败，错误代码：E1043",
    "Contact li.lei@example.com or 13812345678",
    "请检查模板后重新导入。",
]


def kefu(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # The installed entry point, as users run it (`python -m desktop.cli` would
    # load desktop.cli twice, as __main__ and as itself).
    return subprocess.run(
        [str(Path(sys.executable).parent / "kefu"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "OMP_THREAD_LIMIT": "1", **(env or {})},
    )


@pytest.fixture(scope="module")
def dialog_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    font = ImageFont.truetype(FONT, 16)
    image = Image.new("RGB", (520, 130), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(LINES):
        draw.text((20, 16 + i * 34), line, font=font, fill=(30, 30, 30))
    path = tmp_path_factory.mktemp("ocr") / "dialog.png"
    image.save(path)
    return path


def test_ocr_json_has_exactly_the_documented_keys(dialog_png: Path) -> None:
    proc = kefu("ocr", str(dialog_png), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {
        "text", "lines", "error_lines", "error_codes", "fingerprint", "private", "seconds",
    }  # fmt: skip
    assert data["text"].splitlines() == LINES
    assert [line["text"] for line in data["lines"]] == LINES
    for line in data["lines"]:
        x, y, w, h = line["box"]
        assert x >= 0 and y >= 0 and x + w <= 520 and y + h <= 130
        assert 0 <= line["conf"] <= 100
    assert data["error_lines"][0] == LINES[0]
    assert data["error_codes"] == ["E1043"]
    assert data["fingerprint"].startswith("v1:") and len(data["fingerprint"]) == 19
    assert sorted(p["kind"] for p in data["private"]) == ["email", "phone"]
    for found in data["private"]:
        x, y, w, h = found["box"]
        assert 40 <= y <= 90  # on the second line
    assert data["seconds"] > 0


def test_ocr_plain_output(dialog_png: Path) -> None:
    proc = kefu("ocr", str(dialog_png), "--lang", "eng+chi_sim")
    assert proc.returncode == 0, proc.stderr
    assert LINES[0] in proc.stdout
    assert "Codes: E1043" in proc.stdout and "Fingerprint: v1:" in proc.stdout
    assert "Private data: 2 (email, phone)" in proc.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["ocr", "/nonexistent/shot.png"], 1, "no such file"),
        (["ocr", __file__], 1, "not an image"),
        (["ocr", "{png}", "--lang", "eng+klingon"], 1, "language data missing: klingon"),
        (["ocr", "{png}", "--lang", "eng+"], 2, "--lang needs"),
        (["ocr"], 2, "IMAGE"),
    ],
)
def test_ocr_errors(dialog_png: Path, args: list[str], code: int, message: str) -> None:
    proc = kefu(*[a.replace("{png}", str(dialog_png)) for a in args])
    assert proc.returncode == code
    assert message in proc.stderr
    assert proc.stdout == ""


def test_ocr_never_loads_qt(dialog_png: Path) -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"rc = main(['ocr', {str(dialog_png)!r}, '--json']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture
def display() -> Iterator[str]:
    assert shutil.which("Xvfb")
    number = next(
        n
        for n in range(420, 700)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


def x11(display: str) -> dict[str, str]:
    return {"DISPLAY": display, "XDG_SESSION_TYPE": "x11", "WAYLAND_DISPLAY": ""}


def test_capture_monitor_region_and_list(display: str, tmp_path: Path) -> None:
    out = tmp_path / "all.png"
    proc = kefu("capture", "-o", str(out), env=x11(display))
    assert proc.returncode == 0, proc.stderr
    assert Image.open(out).size == (1024, 768)

    out = tmp_path / "one.webp"
    assert kefu("capture", "--monitor", "1", "-o", str(out), env=x11(display)).returncode == 0
    assert Image.open(out).size == (1024, 768)

    out = tmp_path / "region.png"
    proc = kefu("capture", "--region", "100,50,320,200", "-o", str(out), env=x11(display))
    assert proc.returncode == 0, proc.stderr
    assert Image.open(out).size == (320, 200)

    proc = kefu("capture", "--list", env=x11(display))
    assert proc.returncode == 0
    (monitor,) = json.loads(proc.stdout)
    assert monitor["index"] == 1 and monitor["box"] == [0, 0, 1024, 768]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["capture"], 2, "-o FILE"),
        (["capture", "--region", "1,2,3", "-o", "{out}"], 2, "X,Y,W,H"),
        (["capture", "--region", "0,0,10,10", "--monitor", "1", "-o", "{out}"], 2, "not allowed"),
        (["capture", "-o", "{dir}/shot.txt"], 2, ".png"),
        (["capture", "--monitor", "5", "-o", "{out}"], 1, "no monitor 5"),
        (["capture", "--region", "5000,5000,10,10", "-o", "{out}"], 1, "outside the screens"),
        (["capture", "-o", "/nonexistent/dir/x.png"], 1, "no such directory"),
    ],
)
def test_capture_errors(
    display: str, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    filled = [
        a.replace("{out}", str(tmp_path / "x.png")).replace("{dir}", str(tmp_path)) for a in args
    ]
    proc = kefu(*filled, env=x11(display))
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr


def test_capture_on_wayland_says_so(tmp_path: Path) -> None:
    proc = kefu(
        "capture", "-o", str(tmp_path / "x.png"),
        env={"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ""},
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Wayland session" in proc.stderr

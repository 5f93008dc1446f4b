"""`kefu bench share` run as the user runs it: a subprocess on frames on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
JSON_KEYS = {
    "frames", "bytes_total", "encode_ms_p50", "encode_ms_p95", "decode_ms_p50", "psnr_min_db",
}  # fmt: skip


def run(*args: str, module: bool = True) -> subprocess.CompletedProcess[str]:
    # `python -m desktop.cli` as the brief asks; the console-script form (what
    # the installed `kefu` runs) for usage errors, because under -m desktop.cli
    # is loaded twice and its UsageError is another class (see the report).
    entry = ["-m", "desktop.cli"] if module else ["-c", _CONSOLE_SCRIPT]
    return subprocess.run(
        [sys.executable, *entry, *args], capture_output=True, text=True, timeout=120
    )


_CONSOLE_SCRIPT = "import sys; from desktop.cli import main; sys.exit(main())"


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Typing in a small editor, then the window is resized (a key frame)."""
    folder = tmp_path_factory.mktemp("frames")
    font = ImageFont.truetype(FONT, 15)
    text = "导入失败 E1043, retry"
    for index in range(len(text) + 1):
        image = Image.new("RGB", (480, 270), (245, 245, 245))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, 480, 24), fill=(40, 44, 52))
        draw.text((12, 60), "工单 KF-1042: the import fails", font=font, fill=(20, 20, 20))
        draw.text((12, 100), text[:index], font=font, fill=(0, 80, 160))
        image.save(folder / f"frame-{index:03d}.png")
    Image.new("RGB", (320, 200), "white").save(folder / "frame-999.png")
    (folder / "notes.txt").write_text("not a frame")
    return folder


def test_json_has_exactly_the_documented_keys_and_is_bit_exact(
    frames: Path, tmp_path: Path
) -> None:
    dump = tmp_path / "out"
    proc = run("bench", "share", "--frames", str(frames), "--json", "--dump", str(dump))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == JSON_KEYS
    pngs = sorted(frames.glob("*.png"))
    assert data["frames"] == len(pngs) == 19
    assert data["psnr_min_db"] == 99.0
    assert 0 < data["bytes_total"] < 480 * 270 * 3  # less than one raw frame for all of them
    assert 0 < data["encode_ms_p50"] <= data["encode_ms_p95"]
    assert data["decode_ms_p50"] > 0
    dumped = sorted(dump.glob("*.png"))
    assert [p.name for p in dumped] == [p.name for p in pngs]
    for original, decoded in zip(pngs, dumped, strict=True):
        assert np.array_equal(
            np.asarray(Image.open(original).convert("RGB")), np.asarray(Image.open(decoded))
        )


def test_summary_for_people(frames: Path) -> None:
    proc = run("bench", "share", "--frames", str(frames))
    assert proc.returncode == 0, proc.stderr
    assert "19 frames (480x270, 320x200), 2 key frames" in proc.stdout
    assert "bit-exact after every frame" in proc.stdout
    assert "encode p50" in proc.stdout and "KiB per frame" in proc.stdout


def test_an_unreadable_png_fails_with_exit_1(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    proc = run("bench", "share", "--frames", str(tmp_path), module=False)
    assert proc.returncode == 1
    assert "a.png: not a PNG Kefu can read" in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bench", "share"], "--frames"),
        (["bench"], "say what to measure: kefu bench share --frames DIR"),
        (["bench", "share", "--frames", "/nonexistent/frames"], "no such folder"),
        (["bench", "share", "--frames", __file__], "not a folder"),
        (["bench", "share", "--frames", "{empty}"], "no .png files in it"),
        (["bench", "share", "--frames", "{frames}", "--dump", __file__], "not a folder"),
    ],
)
def test_usage_errors_exit_2(frames: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{empty}", str(tmp_path)).replace("{frames}", str(frames)) for a in args]
    proc = run(*args, module=False)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and proc.stdout == ""

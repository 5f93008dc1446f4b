"""The tray with a real tray host: a private Xvfb, trayer as the system tray, and
the app's TrayIcon and window in a child process on the xcb platform
(tray_x11_child.py) against the test hub. Offscreen there is no tray at all,
so only this proves the icon is really embedded and its menu really works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.quick_help import HELP_NOW
from tests.ui.support import Hub

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture
def tray_display() -> Iterator[str]:
    """`Xvfb -displayfd` (it picks a free display and tells us) with trayer on it."""
    assert shutil.which("Xvfb"), "Xvfb is needed (Debian: apt install xvfb)"
    assert shutil.which("trayer"), "trayer is needed (Debian: apt install trayer)"
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    started: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        assert number.isdigit(), "Xvfb did not start"
        display = f":{number}"
        env = {**os.environ, "DISPLAY": display}
        env.pop("WAYLAND_DISPLAY", None)
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width",
             "160", "--heighttype", "pixel", "--height", "28", "--transparent", "false",
             "--tint", "0x334155", "--SetDockType", "true"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        started.append(trayer)  # the child waits until the tray is there
        yield display
    finally:
        for proc in reversed(started):
            _stop(proc)


def test_tray_menu_works_with_a_real_tray_host(hub: Hub, tray_display: str, tmp_path: Path) -> None:
    email, agent_email = hub.customer("Chen Customer"), hub.agent()
    me, agent = hub.client(email), hub.client(agent_email)
    filed = [me.create_ticket({"title": f"Report {i}", "body": ""}, f"x11-{i}") for i in range(5)]
    agent.add_comment(filed[1].id, {"body": "Which printer is it?"}, "x11-reply")
    shot = tmp_path / "tray_menu_x11.png"
    env = {
        **os.environ,
        "DISPLAY": tray_display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
        "XDG_SESSION_TYPE": "x11",
    }
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "ui" / "tray_x11_child.py"), hub.url,
         str(tmp_path / "profile"), email, str(shot)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert seen["platform"] == "xcb" and seen["tray_available"] is True
    assert seen["icon_visible"] and seen["icon_geometry"][2] > 0  # embedded in trayer

    # Queued while signed out: said in the tray, opens the Outbox, goes after sign-in.
    assert seen["queued_line"] == "1 report waiting to be sent"
    assert seen["queued_line_in_menu"] and seen["outbox_dialog"]
    assert seen["queued_after_sign_in"] is False
    titles = sorted(t.title for t in me.all_tickets())
    assert titles.count("Queued on the train") == 1  # exactly once

    # The recent tickets: the newest five (the queued one now among them), one unread.
    recent = seen["recent"]
    assert recent[0] == "Recent tickets (1 unread)" and len(recent) == 6
    assert seen["unread"] == [f"{filed[1].number} Report 1"]
    assert seen["state_before"] == "unread" and seen["state_after"] == "idle"
    assert seen["opened"] == filed[1].id
    assert seen["report_visible"] and seen["help_visible"]

    assert seen["report_overlay"] and seen["report_window"]  # capture first, then the form

    # Ask for help now: a help_now ticket on the hub, opened in the window.
    number = seen["help_ticket"]["number"]
    assert seen["help_dialog"] and seen["help_ticket"]["channel"] == HELP_NOW
    (asked,) = [t for t in me.all_tickets() if t.number == number]
    assert asked.channel == HELP_NOW and asked.title == "Cannot open the budget sheet"
    assert seen["help_opened"] and seen["screenshot"] is True
    assert shot.stat().st_size > 10_000
    keep = os.environ.get("KEFU_TRAY_SCREENSHOT")  # to look at it: KEFU_TRAY_SCREENSHOT=path
    if keep:
        shutil.copy(shot, keep)

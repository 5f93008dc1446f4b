"""System details attached to a report, shown (and editable) before sending."""

from __future__ import annotations

import locale
import os
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata

from desktop.core.screenshot_geometry import MonitorInfo

# Labels the UI replaces with translated ones.
DEFAULT_LABELS: Mapping[str, str] = {
    "os": "Operating system",
    "screens": "Screens",
    "locale": "Language and region",
    "kefu": "Kefu version",
    "primary": "primary",
}


@dataclass(frozen=True)
class SystemDetails:
    os_name: str
    screens: tuple[str, ...]
    locale: str
    kefu_version: str

    def as_text(self, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
        lines = [
            f"{labels['os']}: {self.os_name}",
            f"{labels['screens']}: " + ("; ".join(self.screens) or "-"),
            f"{labels['locale']}: {self.locale}",
            f"{labels['kefu']}: {self.kefu_version}",
        ]
        return "\n".join(lines)


def os_description() -> str:
    system = platform.system() or "unknown"
    if system == "Linux":
        try:
            release = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            release = ""
        session = os.environ.get("XDG_SESSION_TYPE", "")
        extra = ", ".join(p for p in (release, session) if p)
        return f"Linux {platform.release()}" + (f" ({extra})" if extra else "")
    if system == "Windows":  # pragma: no cover - Windows only
        return f"Windows {platform.release()} ({platform.version()})"
    if system == "Darwin":  # pragma: no cover - macOS only
        return f"macOS {platform.mac_ver()[0]}"
    return f"{system} {platform.release()}"


def describe_screens(
    monitors: Sequence[MonitorInfo], labels: Mapping[str, str] = DEFAULT_LABELS
) -> tuple[str, ...]:
    """'1: 1920x1080 at (0, 0), 125%, primary' for each monitor."""
    out = []
    for m in monitors:
        p = m.physical
        text = f"{m.index}: {p.w}x{p.h} at ({p.x}, {p.y}), {round(m.scale * 100)}%"
        out.append(text + (f", {labels['primary']}" if m.primary else ""))
    return tuple(out)


def kefu_version() -> str:
    try:
        return metadata.version("kefu")
    except metadata.PackageNotFoundError:
        return "development"


def collect(
    monitors: Sequence[MonitorInfo], labels: Mapping[str, str] = DEFAULT_LABELS
) -> SystemDetails:
    lang = locale.getlocale()[0] or os.environ.get("LANG", "") or "unknown"
    return SystemDetails(os_description(), describe_screens(monitors, labels), lang, kefu_version())

"""Finding the Tesseract program, asking it what it is, and saying how to install it.

Order: the path the user set in Preferences, then PATH, then the places the
usual installers put it (a GUI started from a desktop menu often has a short
PATH: Homebrew's /opt/homebrew/bin, or Windows, where the installer does not
touch PATH at all). A Windows build may ship Tesseract beside kefu.exe.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

WINDOWS_DOWNLOAD = "https://github.com/UB-Mannheim/tesseract/wiki"
PROBE_TIMEOUT = 10.0  # seconds; `tesseract --version` answers in well under one


class TesseractNotFound(Exception):
    """No usable Tesseract program; the message says what to install or change.

    `reason` lets a UI say it in its own language: "configured" (the chosen
    path does not work), "missing" (none found), "not_tesseract", "failed".
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class TesseractInfo:
    """What one Tesseract program says about itself."""

    path: Path
    version: str  # "5.3.0"
    languages: frozenset[str] = field(default_factory=frozenset)

    @property
    def has_chinese(self) -> bool:
        return "chi_sim" in self.languages


def _program_name(platform: str) -> str:
    return "tesseract.exe" if platform == "win32" else "tesseract"


def usual_locations(platform: str | None = None, env: dict[str, str] | None = None) -> list[Path]:
    """Where installers put Tesseract on this platform, most likely first."""
    platform = platform or sys.platform
    env = dict(os.environ) if env is None else env
    if platform == "win32":
        bases = [
            env.get("ProgramFiles", r"C:\Program Files"),
            env.get("ProgramFiles(x86)", r"C:\Program Files (x86)"),
            str(Path(env.get("LOCALAPPDATA", "")) / "Programs") if env.get("LOCALAPPDATA") else "",
        ]
        found = [Path(b) / "Tesseract-OCR" / "tesseract.exe" for b in bases if b]
        return [*_bundled(platform), *found]
    if platform == "darwin":
        dirs = ["/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"]
    else:
        dirs = ["/usr/bin", "/usr/local/bin", "/snap/bin"]
    return [*_bundled(platform), *(Path(d) / "tesseract" for d in dirs)]


def _bundled(platform: str) -> list[Path]:
    """A Tesseract shipped with a frozen Kefu (the Windows installer's optional part)."""
    if not getattr(sys, "frozen", False):
        return []
    return [Path(sys.executable).resolve().parent / "tesseract" / _program_name(platform)]


def _runnable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find(
    configured: str | None = None,
    *,
    search_path: str | None = None,
    places: list[Path] | None = None,
) -> Path:
    """The Tesseract program to use; raises TesseractNotFound with an install hint.

    A configured path that does not work is an error of its own (we do not
    silently use another Tesseract than the one the user chose). `search_path`
    and `places` default to PATH and usual_locations().
    """
    if configured:
        path = Path(configured).expanduser()
        if path.is_dir():
            path = path / _program_name(sys.platform)
        if _runnable(path):
            return path
        raise TesseractNotFound(
            f"The Tesseract program set in Preferences ({configured}) does not exist or "
            "cannot be run. Choose another one, or clear the field to let Kefu look for it.",
            "configured",
        )
    on_path = shutil.which("tesseract", path=search_path)
    if on_path:
        return Path(on_path)
    for candidate in usual_locations() if places is None else places:
        if _runnable(candidate):
            return candidate
    raise TesseractNotFound(f"Tesseract is not installed. {install_hint()}", "missing")


def install_command(platform: str | None = None, os_release: Path | None = None) -> str:
    """The command that installs Tesseract with Chinese here; on Windows, the download page."""
    platform = platform or sys.platform
    if platform == "win32":
        return WINDOWS_DOWNLOAD
    if platform == "darwin":
        return "brew install tesseract tesseract-lang"
    family = _linux_family(os_release or Path("/etc/os-release"))
    if family == "fedora":
        return "sudo dnf install tesseract tesseract-langpack-chi_sim"
    if family == "arch":
        return "sudo pacman -S tesseract tesseract-data-eng tesseract-data-chi_sim"
    return "sudo apt install tesseract-ocr tesseract-ocr-chi-sim"


def install_hint(platform: str | None = None, os_release: Path | None = None) -> str:
    """One English sentence on installing Tesseract (the CLI and OcrError use it)."""
    platform = platform or sys.platform
    command = install_command(platform, os_release)
    if platform == "win32":
        return (
            f"Install it from {command} (tick Chinese Simplified under additional "
            "languages), or reinstall Kefu with its Tesseract component."
        )
    return f"Install it with: {command}"


def language_command(missing: list[str], platform: str | None = None) -> str:
    """The command that adds missing language data (`chi_sim`, ...); on Windows, the page."""
    platform = platform or sys.platform
    if platform == "win32":
        return WINDOWS_DOWNLOAD
    if platform == "darwin":
        return "brew install tesseract-lang"
    packages = " ".join(f"tesseract-ocr-{m.replace('_', '-').lower()}" for m in missing)
    return f"sudo apt install {packages}"


def language_hint(missing: list[str], platform: str | None = None) -> str:
    """One English sentence on adding missing language data."""
    platform = platform or sys.platform
    command = language_command(missing, platform)
    if platform == "win32":
        return f"Run the Tesseract installer from {command} again and add the language."
    return f"Install it with: {command}"


def _linux_family(os_release: Path) -> str:
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return "debian"
    ids = " ".join(re.findall(r"^id(?:_like)?=\"?([^\"\n]*)", text, re.MULTILINE))
    for family in ("fedora", "arch"):
        if family in ids or (family == "fedora" and ("rhel" in ids or "centos" in ids)):
            return family
    return "debian"


_VERSION = re.compile(r"tesseract\s+v?(\d+(?:\.\d+)+\S*)", re.IGNORECASE)


def probe(path: Path) -> TesseractInfo:
    """Run the program for its version and languages; TesseractNotFound if it is not Tesseract."""
    try:
        version_run = _run([str(path), "--version"])
        langs_run = _run([str(path), "--list-langs"])
    except (OSError, subprocess.SubprocessError) as exc:
        raise TesseractNotFound(f"{path} could not be run: {exc}", "failed") from exc
    match = _VERSION.search(version_run.stdout + version_run.stderr)
    if version_run.returncode != 0 or match is None:
        raise TesseractNotFound(
            f"{path} is not a Tesseract program (it did not say its version)", "not_tesseract"
        )
    # --list-langs prints a header line ("List of available languages in ...:").
    lines = (langs_run.stdout or langs_run.stderr).splitlines()
    languages = frozenset(ln.strip() for ln in lines[1:] if re.fullmatch(r"[\w.-]+", ln.strip()))
    return TesseractInfo(path, match.group(1), languages)


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=PROBE_TIMEOUT,
        check=False,
        creationflags=flags,
    )

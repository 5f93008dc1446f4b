"""What can be checked about the installers without building them (that takes minutes:
installer/build-linux.sh). Every file the Linux spec, the Linux script, the Inno Setup
script and the macOS notes name exists; the versions agree; the .desktop entry is valid."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "kefu.spec"
ISS = INSTALLER / "windows" / "kefu.iss"
MAC_NOTES = INSTALLER / "macos" / "README.md"
BUILD_SCRIPT = INSTALLER / "build-linux.sh"
DESKTOP = INSTALLER / "linux" / "kefu.desktop"


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _spec_paths() -> list[Path]:
    """Every `ROOT / "a" / "b"` in the spec, and the entry scripts it analyses."""
    text = SPEC.read_text(encoding="utf-8")
    paths = [
        ROOT.joinpath(*re.findall(r'"([^"]+)"', chain))
        for chain in re.findall(r'ROOT((?:\s*/\s*"[^"]+")+)', text)
    ]
    paths += [INSTALLER / name for name in re.findall(r'analysis\("([^"]+)"\)', text)]
    return paths


def test_the_spec_is_python_and_names_only_files_that_exist() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))
    paths = _spec_paths()
    names = {p.relative_to(ROOT).as_posix() for p in paths}
    # What the app opens from disk must be among them.
    assert {
        "resources/icons",
        "resources/style",
        "resources/translations/kefu_zh_CN.qm",
        "resources/translations/kefu_en.qm",
        "hub/migrations",
        "installer/entry_kefu.py",
        "installer/entry_kefu_hub.py",
    } <= names
    missing = [str(p) for p in paths if not p.exists()]
    assert not missing, missing


def test_versions_agree() -> None:
    version = _version()
    spec = re.search(r'^VERSION = "([^"]+)"$', SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    iss = re.search(r'^#define AppVersion "([^"]+)"$', ISS.read_text(encoding="utf-8"), re.M)
    assert spec is not None and spec.group(1) == version
    assert iss is not None and iss.group(1) == version
    assert f"Kefu-{version}.dmg" in MAC_NOTES.read_text(encoding="utf-8")


def test_the_inno_setup_script_names_existing_files_and_registers_kefu_links() -> None:
    text = ISS.read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    assert icon is not None and (ISS.parent / icon.group(1).strip()).is_file()
    dist = re.search(r'^#define DistDir "([^"]+)"$', text, re.MULTILINE)
    assert dist is not None
    # The PyInstaller output folder the spec makes, seen from installer/windows.
    assert (ISS.parent / dist.group(1).replace("\\", "/")).resolve() == (
        ROOT / "build" / "windows" / "dist" / "kefu"
    )
    assert r'Subkey: "Software\Classes\kefu"; ValueType: string; ValueName: "URL Protocol"' in text
    assert r'Subkey: "Software\Classes\kefu\shell\open\command"' in text
    assert '""%1""' in text  # the link reaches kefu.exe as one argument
    assert "{uninstallexe}" in text and "{group}\\Kefu" in text
    assert re.search(r'^Name: "tesseract";', text, re.MULTILINE)  # the optional component
    for section in ("[Setup]", "[Files]", "[Icons]", "[Registry]", "[Components]"):
        assert section in text


def test_the_macos_notes_and_the_linux_script_name_existing_files() -> None:
    named: set[str] = set()
    for path in (MAC_NOTES, BUILD_SCRIPT):
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r"\b((?:installer|resources|docs)/[\w./-]+\.\w+)", text))
    assert "installer/macos/kefu.icns" in named and "installer/smoke/sample.png" in named
    missing = sorted(n for n in named if not (ROOT / n).exists())
    assert not missing, missing
    assert "CFBundleURLTypes" in MAC_NOTES.read_text(encoding="utf-8")
    assert "hdiutil create" in MAC_NOTES.read_text(encoding="utf-8")


def test_the_desktop_entry_is_valid_and_handles_kefu_links() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        run = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Kefu"
    assert section["Exec"] == "kefu %u"
    assert "x-scheme-handler/kefu" in section["MimeType"].split(";")
    assert section["Icon"] == "kefu" and section["Terminal"] == "false"
    assert section["Name[zh_CN]"] == "客服"


def test_the_deb_declares_what_kefu_needs_at_run_time() -> None:
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    depends = re.search(r"^Depends: (.+)$", control, re.MULTILINE)
    assert depends is not None
    needed = {d.strip() for d in depends.group(1).split(",")}
    assert {"tesseract-ocr", "tesseract-ocr-chi-sim", "libxcb-cursor0"} <= needed
    script = BUILD_SCRIPT.read_text(encoding="utf-8")
    assert "usr/share/icons/hicolor/scalable/apps" in script
    for name in ("postinst", "postrm"):
        assert (INSTALLER / "linux" / name).stat().st_mode & 0o111, f"{name} must be executable"


@pytest.mark.parametrize("path", [BUILD_SCRIPT, INSTALLER / "linux" / "postinst"])
def test_shell_scripts_parse(path: Path) -> None:
    shell = "bash" if path.suffix == ".sh" else "sh"
    run = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr

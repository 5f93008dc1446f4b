"""Finding Tesseract: PATH, the usual places, the user's choice; and what is said when it fails.

Runs the real Tesseract installed on this machine (Debian's, with chi_sim).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import ocr_engine, tesseract_locator
from desktop.core.ocr_engine import OcrError
from desktop.core.tesseract_locator import TesseractNotFound

SYSTEM_TESSERACT = shutil.which("tesseract")
KEFU = str(Path(sys.executable).with_name("kefu"))


@pytest.fixture(autouse=True)
def _no_configured_tesseract() -> Iterator[None]:
    yield
    ocr_engine.use_tesseract(None)


def test_the_installed_tesseract_is_found_and_probed() -> None:
    assert SYSTEM_TESSERACT is not None, "these tests need Tesseract (apt install tesseract-ocr)"
    path = tesseract_locator.find()
    assert path == Path(SYSTEM_TESSERACT)
    info = tesseract_locator.probe(path)
    assert info.version.split(".")[0].isdigit() and int(info.version.split(".")[0]) >= 4
    assert {"eng", "chi_sim"} <= info.languages and info.has_chinese


def test_without_path_the_usual_install_location_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # a GUI started from a menu can have a bare PATH
    found = tesseract_locator.find()
    assert found in tesseract_locator.usual_locations()
    assert tesseract_locator.probe(found).has_chinese


def test_nowhere_to_be_found_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(TesseractNotFound, match=r"not installed\. Install it") as caught:
        tesseract_locator.find(search_path=str(tmp_path), places=[tmp_path / "tesseract"])
    assert caught.value.reason == "missing"
    assert tesseract_locator.install_command() in str(caught.value)


def test_a_configured_program_or_its_folder_is_used() -> None:
    assert SYSTEM_TESSERACT is not None
    assert tesseract_locator.find(SYSTEM_TESSERACT) == Path(SYSTEM_TESSERACT)
    folder = str(Path(SYSTEM_TESSERACT).parent)
    assert tesseract_locator.find(folder) == Path(SYSTEM_TESSERACT)


def test_a_configured_path_that_does_not_work_is_an_error_not_a_fallback(tmp_path: Path) -> None:
    with pytest.raises(TesseractNotFound, match="set in Preferences") as caught:
        tesseract_locator.find(str(tmp_path / "nowhere" / "tesseract"))
    assert caught.value.reason == "configured"
    not_runnable = tmp_path / "tesseract"
    not_runnable.write_text("plain text")
    with pytest.raises(TesseractNotFound) as caught:
        tesseract_locator.find(str(not_runnable))
    assert caught.value.reason == "configured"


def test_a_program_that_is_not_tesseract_is_named_so() -> None:
    echo = shutil.which("echo")
    assert echo is not None
    with pytest.raises(TesseractNotFound, match="not a Tesseract program") as caught:
        tesseract_locator.probe(Path(echo))
    assert caught.value.reason == "not_tesseract"


def test_usual_locations_per_platform() -> None:
    windows = tesseract_locator.usual_locations(
        "win32",
        {
            "ProgramFiles": r"C:\Program Files",
            "ProgramFiles(x86)": r"C:\Program Files (x86)",
            "LOCALAPPDATA": r"C:\Users\li\AppData\Local",
        },
    )
    assert [str(p).replace("\\", "/") for p in windows] == [
        "C:/Program Files/Tesseract-OCR/tesseract.exe",
        "C:/Program Files (x86)/Tesseract-OCR/tesseract.exe",
        "C:/Users/li/AppData/Local/Programs/Tesseract-OCR/tesseract.exe",
    ]
    mac = [str(p) for p in tesseract_locator.usual_locations("darwin", {})]
    assert mac[:2] == ["/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract"]
    assert "/usr/bin/tesseract" in [str(p) for p in tesseract_locator.usual_locations("linux", {})]


@pytest.mark.parametrize(
    ("os_release", "command"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "sudo apt install tesseract-ocr tesseract-ocr-chi-sim"),
        ("ID=ubuntu\nID_LIKE=debian\n", "sudo apt install tesseract-ocr tesseract-ocr-chi-sim"),
        ('ID=fedora\nVERSION_ID="40"\n', "sudo dnf install tesseract tesseract-langpack-chi_sim"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "sudo dnf install tesseract"),
        ("ID=arch\n", "sudo pacman -S tesseract"),
    ],
)
def test_the_install_command_suits_the_distribution(
    tmp_path: Path, os_release: str, command: str
) -> None:
    release = tmp_path / "os-release"
    release.write_text(os_release)
    assert tesseract_locator.install_command("linux", release).startswith(command)
    assert command in tesseract_locator.install_hint("linux", release)


def test_install_hints_for_windows_and_macos() -> None:
    assert tesseract_locator.WINDOWS_DOWNLOAD in tesseract_locator.install_hint("win32")
    assert "brew install tesseract" in tesseract_locator.install_hint("darwin")
    assert tesseract_locator.language_command(["chi_sim"], "linux") == (
        "sudo apt install tesseract-ocr-chi-sim"
    )


def test_ocr_runs_the_configured_program_and_says_when_it_is_gone(tmp_path: Path) -> None:
    ocr_engine.use_tesseract(str(tmp_path / "missing-tesseract"))
    with pytest.raises(OcrError, match="set in Preferences"):
        ocr_engine.check_languages("eng")
    assert SYSTEM_TESSERACT is not None
    ocr_engine.use_tesseract(SYSTEM_TESSERACT)
    ocr_engine.check_languages("eng+chi_sim")  # no error: found, with both languages
    with pytest.raises(
        OcrError, match=r"language data missing: xyz.*apt install tesseract-ocr-xyz"
    ):
        ocr_engine.check_languages("eng+xyz")


def test_kefu_ocr_uses_the_profile_setting_and_explains_a_bad_one(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    home.mkdir()
    bad = tmp_path / "no-such-tesseract"
    (home / "settings.json").write_text(json.dumps({"tesseract_path": str(bad)}))
    sample = Path(__file__).resolve().parents[2] / "installer" / "smoke" / "sample.png"
    env = dict(os.environ, KEFU_HOME=str(home))
    run = subprocess.run(
        [KEFU, "ocr", str(sample), "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 1
    assert str(bad) in run.stderr and "Preferences" in run.stderr
    assert "Traceback" not in run.stderr
    (home / "settings.json").write_text(json.dumps({"tesseract_path": SYSTEM_TESSERACT}))
    run = subprocess.run(
        [KEFU, "ocr", str(sample), "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert "E1043" in json.loads(run.stdout)["text"]

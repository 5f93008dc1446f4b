#!/usr/bin/env python3
"""Keep the UI translations in step with the code.

    .venv/bin/python scripts/translations.py update   # lupdate: new strings into the .ts files
    .venv/bin/python scripts/translations.py compile  # lrelease: .ts -> .qm (loaded at start)
    .venv/bin/python scripts/translations.py fill zh.json  # translate from a JSON file, compile

`fill` takes {"source text": "译文"} (or {"Context": {"source text": "译文"}} where
one English text needs two translations), sets every unfinished zh_CN message
with that source, keeps lupdate's guesses for texts already translated the same
elsewhere, and compiles. It holds a lock, so several people may fill at once.

Translate new strings in resources/translations/kefu_<lang>.ts with Qt Linguist
(`pyside6-linguist`) or any editor, then compile. tests/ui/test_i18n.py fails
while a string is untranslated or a .qm is stale.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kefu_{language}.ts"


def update(target_dir: Path = TRANSLATIONS) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources(),
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(target_dir / f"kefu_{language}.ts"),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_all() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        compile_ts(ts, ts.with_suffix(".qm"))


def _known_translations(root: ET.Element) -> dict[str, str]:
    """Finished translations by source text: a guess matching one of these is kept."""
    known: dict[str, str] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def fill(mapping_path: Path, language: str = "zh_CN") -> list[str]:
    """Apply translations; returns the sources still untranslated."""
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    with open(TRANSLATIONS / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        ts = ts_path(language)
        known = _known_translations(ET.parse(ts).getroot())  # before moved strings drop out
        update()
        tree = ET.parse(ts)
        known.update(_known_translations(tree.getroot()))
        missing: list[str] = []
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            scoped = mapping.get(name) if isinstance(mapping.get(name), dict) else {}
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                source = message.findtext("source") or ""
                text = scoped.get(source) or (
                    mapping.get(source) if isinstance(mapping.get(source), str) else None
                )
                if text is None and translation.text and known.get(source) == translation.text:
                    text = translation.text  # lupdate's guess from the same text elsewhere
                if text is None:
                    missing.append(f"{name}: {source}")
                    continue
                translation.text = text
                del translation.attrib["type"]
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        update()  # back into lupdate's own layout
        compile_all()
    return missing


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
    elif argv == ["compile"]:
        compile_all()
    elif len(argv) == 2 and argv[0] == "fill":
        missing = fill(Path(argv[1]))
        for line in missing:
            print("untranslated:", line, file=sys.stderr)
        return 1 if missing else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

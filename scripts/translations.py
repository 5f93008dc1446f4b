#!/usr/bin/env python3
"""Keep the UI translations in step with the code.

    .venv/bin/python scripts/translations.py update   # lupdate: new strings into the .ts files
    .venv/bin/python scripts/translations.py compile  # lrelease: .ts -> .qm (loaded at start)

Translate new strings in resources/translations/kefu_<lang>.ts with Qt Linguist
(`pyside6-linguist`) or any editor, then compile. tests/ui/test_i18n.py fails
while a string is untranslated or a .qm is stale.
"""

from __future__ import annotations

import subprocess
import sys
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


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
    elif argv == ["compile"]:
        compile_all()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

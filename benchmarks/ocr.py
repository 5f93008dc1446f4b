"""Benchmark `kefu ocr` against plain pytesseract on synthetic desktops; prints JSON.

    .venv/bin/python benchmarks/ocr.py [--keep DIR] [--scenes N]

Renders 21 1920x1080 desktops with Qt offscreen (benchmarks/ocr_scenes.py):
error dialogs on a busy desktop, light and dark themes, 100% and 150%
scale, English, Chinese and mixed text, a dark terminal with a traceback,
and small-font dialogs saved through JPEG. Each is read by

- `kefu`: the whole `kefu ocr IMAGE --json` command as a subprocess (start-up,
  image loading and analysis included), and
- `plain`: `pytesseract.image_to_string(whole image, lang="eng+chi_sim")`,

both with Tesseract's default threading (OMP_THREAD_LIMIT unset: kefu then
sets 1 itself, plain Tesseract uses every core) and with OMP_THREAD_LIMIT=1.
The two tools alternate scene by scene, so load from elsewhere on the
machine falls on both. The plain run's text goes through the same error
analysis (desktop.core.errortext).

Metrics per run: mean character error rate (CER) of the dialog lines (each
truth line against its best-matching stretch of any output line, after NFKC
and whitespace folding; the spaces Tesseract puts between Chinese characters
count as errors, `cer_mean_cjk_despaced` shows the rate with them taken
out), error-code recall, the share of scenes whose main error line is among
`error_lines` (CER <= 0.1), median and max seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ocr_scenes  # noqa: E402

from desktop.core import errortext  # noqa: E402
from desktop.core.textboxes import despace_cjk  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _substring_distance(needle: str, hay: str) -> int:
    """Edit distance from `needle` to the best-matching substring of `hay`."""
    prev = [0] * (len(hay) + 1)
    for i, a in enumerate(needle, 1):
        cur = [i] + [0] * len(hay)
        for j, b in enumerate(hay, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b))
        prev = cur
    return min(prev)


def line_cer(truth: str, lines: list[str]) -> float:
    """CER of one truth line against the output line that matches it best."""
    t = _norm(truth)
    candidates = sorted(
        (_norm(line) for line in lines if line.strip()),
        key=lambda line: -SequenceMatcher(None, t, line, autojunk=False).ratio(),
    )[:4]
    if not candidates:
        return 1.0
    return min(_substring_distance(t, c) for c in candidates) / max(len(t), 1)


def score(
    case: ocr_scenes.ErrorCase, text: str, error_lines: list[str], codes: list[str]
) -> dict[str, Any]:
    lines = text.splitlines()
    cers = [line_cer(truth, lines) for truth in case.lines]
    # The same with the spaces between Chinese characters taken out of the
    # output first, to show how much of the difference is only those spaces.
    despaced = [despace_cjk(line) for line in lines]
    cers_despaced = [line_cer(truth, despaced) for truth in case.lines]
    found = {_norm(c).upper() for c in codes}
    recall = sum(_norm(c).upper() in found for c in case.codes) / len(case.codes)
    main_found = bool(error_lines) and line_cer(case.main, error_lines) <= 0.1
    return {
        "cer": statistics.mean(cers),
        "cer_cjk_despaced": statistics.mean(cers_despaced),
        "code_recall": recall,
        "main_found": main_found,
    }


def run_kefu(path: Path, env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(ROOT / ".venv/bin/kefu"), "ocr", str(path), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(proc.stdout)


def run_plain(path: Path, env: dict[str, str]) -> tuple[float, str]:
    import pytesseract
    from PIL import Image

    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # pytesseract's tesseract process inherits this
    try:
        image = Image.open(path)
        image.load()
        started = time.perf_counter()
        text = pytesseract.image_to_string(image, lang="eng+chi_sim")
        return time.perf_counter() - started, text
    finally:
        os.environ.clear()
        os.environ.update(saved)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in rows]
    return {
        "cer_mean": round(statistics.mean(r["cer"] for r in rows), 4),
        "cer_mean_cjk_despaced": round(statistics.mean(r["cer_cjk_despaced"] for r in rows), 4),
        "code_recall": round(statistics.mean(r["code_recall"] for r in rows), 4),
        "main_line_found": round(sum(r["main_found"] for r in rows) / len(rows), 4),
        "seconds_median": round(statistics.median(seconds), 3),
        "seconds_max": round(max(seconds), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the rendered scenes in this folder")
    parser.add_argument("--scenes", type=int, default=0, help="only the first N scenes")
    parser.add_argument("--per-scene", action="store_true", help="add per-scene rows")
    args = parser.parse_args()

    scenes = ocr_scenes.scenes()[: args.scenes or None]
    directory = args.keep or Path(tempfile.mkdtemp(prefix="kefu-ocr-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    paths = [ocr_scenes.save(scene, directory) for scene in scenes]

    base_env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    modes = {
        "default_threads": base_env,
        "omp_thread_limit_1": {**base_env, "OMP_THREAD_LIMIT": "1"},
    }
    results: dict[str, dict[str, list[dict[str, Any]]]] = {"kefu": {}, "plain": {}}
    for mode, env in modes.items():
        kefu_rows, plain_rows = [], []
        for scene, path in zip(scenes, paths, strict=True):
            seconds, payload = run_kefu(path, env)
            row = score(scene.case, payload["text"], payload["error_lines"], payload["error_codes"])
            kefu_rows.append({"scene": scene.name, "seconds": round(seconds, 3), **row})
            seconds, text = run_plain(path, env)
            report = errortext.analyse(text.splitlines())
            row = score(scene.case, text, report.error_lines, report.error_codes)
            plain_rows.append({"scene": scene.name, "seconds": round(seconds, 3), **row})
        results["kefu"][mode] = kefu_rows
        results["plain"][mode] = plain_rows

    out: dict[str, Any] = {
        "scenes": len(scenes),
        "machine": {
            "cpus": os.cpu_count(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "kefu": {mode: summarise(rows) for mode, rows in results["kefu"].items()},
        "plain": {mode: summarise(rows) for mode, rows in results["plain"].items()},
    }
    kefu1, plain1 = out["kefu"]["omp_thread_limit_1"], out["plain"]["omp_thread_limit_1"]
    plain_default = out["plain"]["default_threads"]
    out["targets"] = {
        "cer_at_most_half_of_plain": kefu1["cer_mean"] <= 0.5 * plain_default["cer_mean"],
        "code_recall_1": kefu1["code_recall"] == 1.0,
        "main_line_found_95": kefu1["main_line_found"] >= 0.95,
        "median_not_slower_than_plain_omp1": kefu1["seconds_median"] <= plain1["seconds_median"],
    }
    if args.per_scene:
        out["per_scene"] = results
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

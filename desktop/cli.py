"""The `kefu` command: the desktop app and its command-line tools.

Subcommands never go through the GUI's single-instance lock. Exit codes:
0 done, 1 failed (a message on stderr), 2 usage error. Heavy modules (Qt,
Tesseract, mss) are imported lazily inside each command so that `kefu ocr`
starts fast and never loads Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

# Each command module exposes `add_parser(subparsers)` which registers its
# subcommand(s) and sets `func` (returning an exit code) on the parser.
_COMMAND_MODULES: tuple[str, ...] = (
    "desktop.commands.screen",  # kefu ocr, kefu capture
    "desktop.commands.account",  # kefu login, kefu logout
    "desktop.commands.submit",  # kefu submit
    "desktop.commands.bench",  # kefu bench share
)


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


class CommandError(Exception):
    """A command that could not do its job (exit code 1)."""


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="kefu",
        description="Kefu (客服): report a problem from your screen, or help someone who did.",
        epilog='A kefu:// link as the argument opens it in the app: kefu "kefu://join?code=…"',
    )
    parser.add_argument("--profile", help="profile name (a separate set of settings and data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise
            continue
        module.add_parser(sub)
    return parser


def split_link(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """Take a `kefu://` link (how the desktop, a browser or Windows starts us) out of argv.

    argparse would read it as an unknown command; it is checked later, in the app
    that handles it (desktop.core.links), because the running app may be another process.
    """
    rest = list(argv)
    for i, arg in enumerate(rest):
        if arg.lower().startswith("kefu:"):
            return rest[:i] + rest[i + 1 :], arg
    return rest, None


def _use_configured_tesseract() -> None:
    # Commands that OCR use the Tesseract chosen in Preferences, like the app does.
    from desktop.core import ocr_engine, settings

    ocr_engine.use_tesseract(settings.load().tesseract_path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    rest, link = split_link(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(rest)
    args.link = link
    if args.profile:
        from desktop.core import profile

        profile.select(args.profile)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        from desktop.app_main import run_app

        return run_app(args)
    if link is not None:
        print(f"kefu {args.command}: a kefu:// link opens the app; run it alone", file=sys.stderr)
        return 2
    _use_configured_tesseract()
    try:
        return func(args)
    except UsageError as exc:
        print(f"kefu {args.command}: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"kefu {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    # Run through the importable module so that command modules and this file
    # share one UsageError/CommandError (python -m would load this file twice).
    from desktop.cli import main as _main

    sys.exit(_main())

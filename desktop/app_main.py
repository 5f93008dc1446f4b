"""`kefu` with no subcommand: open the desktop app (Qt is imported only here)."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace) -> int:
    from desktop.ui.app import run

    return run(args)

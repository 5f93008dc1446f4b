"""`kefu-hub`: run the hub, and manage it from the machine it runs on.

Exit codes: 0 done, 1 failed (a message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from hub import cli_privacy
from hub.config import HubSettings
from hub.observability import configure_logging


def _settings(args: argparse.Namespace) -> HubSettings:
    overrides = {
        k: v for k, v in {"db": args.db, "data_dir": args.data_dir}.items() if v is not None
    }
    if getattr(args, "host", None) is not None:
        overrides["host"] = args.host
    if getattr(args, "port", None) is not None:
        overrides["port"] = args.port
    return HubSettings(**overrides)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(args: argparse.Namespace) -> int:
    import asyncio

    import uvicorn

    from hub.app import create_app

    settings = _settings(args)
    configure_logging(args.log_level, args.log_format)
    try:
        sock = _bind(settings.host, settings.port)
    except OSError as exc:
        print(
            f"kefu-hub: cannot listen on {settings.host}:{settings.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 1
    app = create_app(settings)
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level=args.log_level, ws="websockets-sansio", lifespan="on", log_config=None
    )
    server = uvicorn.Server(config)

    parent = args.parent_pid

    async def watch_parent() -> None:
        # Re-parenting means whoever started us (e.g. the Kefu app) is gone.
        while not server.should_exit:
            await asyncio.sleep(1.0)
            if os.getppid() != parent:
                server.should_exit = True

    async def run() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        if args.exit_with_parent:
            asyncio.create_task(watch_parent())  # noqa: RUF006 (ends with the loop)
        while not server.started and not task.done():
            await asyncio.sleep(0.02)
        if server.started and args.port_file:
            # Written only once the hub answers, so whoever waits on it can connect.
            tmp = Path(args.port_file).with_suffix(".tmp")
            tmp.write_text(str(port))
            os.replace(tmp, args.port_file)
        await task

    print(
        f"Kefu hub listening on http://{settings.host}:{port} (data in {settings.data_dir})",
        file=sys.stderr,
        flush=True,
    )
    asyncio.run(run())
    return 0


def _read_password(confirm: bool) -> str:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Again: ") != password:
            raise SystemExit("kefu-hub: the two passwords differ")
        return password
    return sys.stdin.readline().rstrip("\r\n")


def create_user(args: argparse.Namespace) -> int:
    from hub import accounts
    from hub.db import Database
    from hub.errors import ApiError

    password = _read_password(confirm=True)
    if len(password) < 8:
        print("kefu-hub: the password needs at least 8 characters", file=sys.stderr)
        return 1
    settings = _settings(args)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    db.migrate()
    try:
        with db.session(write=True) as session:
            user = accounts.create_user(
                session,
                email=args.email,
                password=password,
                display_name=args.name,
                role=args.role,
                organization=args.organization,
                vip=args.vip,
            )
            session.commit()
            print(f"created {user.role} {user.email} (id {user.id})")
    except ApiError as exc:
        print(f"kefu-hub: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    from hub.backup import BackupError, backup

    try:
        count = backup(_settings(args), Path(args.output))
    except BackupError as exc:
        print(f"kefu-hub: {exc}", file=sys.stderr)
        return 1
    print(f"backed up the database and {count} files to {args.output}")
    return 0


def restore_cmd(args: argparse.Namespace) -> int:
    from hub.backup import BackupError, restore

    try:
        count = restore(_settings(args), Path(args.archive), force=args.force)
    except BackupError as exc:
        print(f"kefu-hub: {exc}", file=sys.stderr)
        return 1
    print(f"restored the database and {count} files from {args.archive}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kefu-hub", description="Kefu's hub (tickets server).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", help="database URL (default: SQLite in the data dir)")
        p.add_argument("--data-dir", type=Path, help="where the database and files live")

    p = sub.add_parser("serve", help="run the hub")
    common(p)
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--port-file", help="write the port here once the hub answers")
    p.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started the hub ends (used by the app's built-in hub)",
    )
    p.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    p.add_argument(
        "--log-format",
        choices=["text", "json"],
        default="text",
        help="json: one JSON object per line, for log collectors",
    )
    p.set_defaults(func=serve)

    p = sub.add_parser("create-user", help="create an account (password from a prompt or stdin)")
    common(p)
    p.add_argument("--role", choices=["customer", "agent", "admin"], default="agent")
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--organization")
    p.add_argument("--vip", action="store_true", help="a VIP customer")
    p.set_defaults(func=create_user)

    p = sub.add_parser("backup", help="write the database and files to one archive")
    common(p)
    p.add_argument("-o", "--output", required=True, help="the .tar.gz to write")
    p.set_defaults(func=backup_cmd)

    p = sub.add_parser("restore", help="restore an archive made by backup (hub stopped)")
    common(p)
    p.add_argument("archive")
    p.add_argument("--force", action="store_true", help="replace an existing database")
    p.set_defaults(func=restore_cmd)
    cli_privacy.add_parsers(sub, common, _settings)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parent_pid = os.getppid()  # read first: the hub takes a while to start
    args = build_parser().parse_args(argv)
    args.parent_pid = parent_pid
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())

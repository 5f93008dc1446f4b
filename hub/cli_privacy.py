"""`kefu-hub export-customer`, `delete-customer` and `purge`: the data duties
(hub/privacy.py) from the machine the hub runs on, e.g. for a written request."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.config import HubSettings


def _customer_id(session: Session, email: str) -> int | None:
    from hub.accounts import normalize_email
    from hub.models import User

    return session.scalar(select(User.id).where(User.email == normalize_email(email)))


def export_cmd(args: argparse.Namespace, settings: HubSettings) -> int:
    from hub import privacy
    from hub.db import Database
    from hub.errors import ApiError

    db = Database(settings.database_url)
    try:
        with db.session() as session:
            user_id = _customer_id(session, args.email)
            if user_id is None:
                print(f"kefu-hub: no account has the e-mail {args.email}", file=sys.stderr)
                return 1
            data = privacy.export_customer(session, user_id, settings.blob_dir)
    except ApiError as exc:
        print(f"kefu-hub: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    Path(args.output).write_bytes(data)
    print(f"wrote everything about {args.email} to {args.output} ({len(data)} bytes)")
    return 0


def delete_cmd(args: argparse.Namespace, settings: HubSettings) -> int:
    from hub import privacy
    from hub.db import Database
    from hub.errors import ApiError

    if not args.yes:
        print(
            "kefu-hub: this deletes the customer and all their tickets for good; "
            "add --yes to go ahead (export-customer first if they asked for a copy)",
            file=sys.stderr,
        )
        return 2
    db = Database(settings.database_url)
    try:
        with db.session(write=True) as session:
            user_id = _customer_id(session, args.email)
            if user_id is None:
                print(f"kefu-hub: no account has the e-mail {args.email}", file=sys.stderr)
                return 1
            removed = privacy.delete_customer(session, user_id, admin_id=None)
            session.commit()
        privacy.unlink_blobs(settings.blob_dir, removed.blobs)
    except ApiError as exc:
        print(f"kefu-hub: {exc.message}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"deleted {args.email}: {removed.tickets} tickets, {removed.attachments} attachments")
    return 0


def purge_cmd(args: argparse.Namespace, settings: HubSettings) -> int:
    from hub import privacy
    from hub.db import Database

    days = args.days if args.days is not None else settings.retention_days
    if days <= 0:
        print("kefu-hub: no retention period is set (KEFU_HUB_RETENTION_DAYS or --days)")
        return 0
    db = Database(settings.database_url)
    try:
        with db.session(write=True) as session:
            removed = privacy.purge_closed(session, days=days)
            session.commit()
        privacy.unlink_blobs(settings.blob_dir, removed.blobs)
    finally:
        db.dispose()
    print(f"deleted {removed.tickets} tickets closed more than {days} days ago")
    return 0


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: Callable[[argparse.ArgumentParser], None],
    settings: Callable[[argparse.Namespace], HubSettings],
) -> None:
    def run(command: Callable[[argparse.Namespace, HubSettings], int]) -> Callable[..., int]:
        return lambda args: command(args, settings(args))

    p = sub.add_parser("export-customer", help="everything about one customer, as a zip")
    common(p)
    p.add_argument("email")
    p.add_argument("-o", "--output", required=True, help="the .zip to write")
    p.set_defaults(func=run(export_cmd))

    p = sub.add_parser("delete-customer", help="delete a customer and all their data")
    common(p)
    p.add_argument("email")
    p.add_argument("--yes", action="store_true", help="really delete")
    p.set_defaults(func=run(delete_cmd))

    p = sub.add_parser("purge", help="delete tickets closed longer ago than the retention")
    common(p)
    p.add_argument("--days", type=int, help="override KEFU_HUB_RETENTION_DAYS")
    p.set_defaults(func=run(purge_cmd))

"""`kefu submit`: file a ticket from a script, through the same durable outbox as the app.

The report is stored in the profile's outbox first, then sent. When the hub
cannot be reached (or nobody is signed in) it stays queued, the command says
so and exits 0: the app, or the next `kefu submit`, sends it. `--wait` waits
for the delivery instead. `kefu outbox` lists what is queued and can send it.
Exit codes: 0 sent or queued, 1 failed (the hub refused it, or --wait timed
out), 2 bad input (missing file, unknown category, empty title).
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core import profile
from desktop.core import settings as settings_mod
from desktop.core.credentials import TokenStore
from desktop.core.embedded import EmbeddedHub, EmbeddedHubError, _healthy
from desktop.core.hubclient import HubClient, HubError
from desktop.core.models import PRIORITIES
from desktop.core.outbox import FAILED, SENT, Item, Outbox, for_profile
from desktop.core.outbox_sender import Sender
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import FileDraft, TicketDraft, new_key, queue_ticket

MAX_FILE_BYTES = 25 * 1024 * 1024  # the hub's default limit; a smaller hub says so itself
MAX_FILES = 50


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("submit", help="file a ticket (queued when the hub cannot be reached)")
    p.add_argument("--title", required=True, help="a short summary")
    p.add_argument("--body", default="", help="the description ('-' reads it from stdin)")
    p.add_argument("--attach", nargs="+", default=[], metavar="FILE", help="files to attach")
    p.add_argument("--category", help="category slug (e.g. error_bug) or id")
    p.add_argument("--priority", choices=PRIORITIES, help="a proposal; the hub decides")
    p.add_argument("--wait", action="store_true", help="wait until the hub has it")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds --wait waits (300)")
    p.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="the same key files the report once, however often the script runs",
    )
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(func=run_submit)
    o = sub.add_parser("outbox", help="list queued reports, or send them (--send)")
    o.add_argument("--send", action="store_true", help="send what is queued now")
    o.add_argument("--timeout", type=float, default=60.0, help="seconds --send tries (60)")
    o.add_argument("--json", action="store_true", help="print the items as JSON")
    o.set_defaults(func=run_outbox)


# -- the hub ------------------------------------------------------------------------------


@contextmanager
def hub_url(settings: Settings) -> Iterator[str]:
    """The hub's URL: the organization's, the app's running embedded hub, or one
    started for the duration of the command."""
    from desktop.cli import CommandError

    if settings.hub_mode is HubMode.REMOTE and settings.hub_url:
        yield settings.hub_url
        return
    port_file = profile.hub_port_file()
    try:
        text = port_file.read_text().strip()
    except OSError:
        text = ""
    if text.isdigit() and _healthy(f"http://127.0.0.1:{int(text)}"):
        yield f"http://127.0.0.1:{int(text)}"  # the app's hub: never start a second one
        return
    hub = EmbeddedHub(profile.hub_data_dir(), port_file, profile.logs_dir() / "hub.log")
    try:
        url = hub.start()
    except EmbeddedHubError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield url
    finally:
        hub.stop()


def _label(settings: Settings) -> str:
    from desktop.cli import CommandError

    label = settings_mod.token_key(settings)
    if label is None:
        raise CommandError(
            "No hub is set up for this profile: run `kefu login --hub URL` "
            "(or open Kefu once) first."
        )
    return label


# -- filing -------------------------------------------------------------------------------


def _read_files(paths: list[str]) -> tuple[FileDraft, ...]:
    from desktop.cli import CommandError, UsageError

    if len(paths) > MAX_FILES:
        raise UsageError(f"at most {MAX_FILES} files can be attached to one ticket")
    drafts = []
    for text in paths:
        path = Path(text).expanduser()
        if not path.is_file():
            raise UsageError(f"no such file: {text}")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CommandError(
                f"{text} is too large ({size / 1048576:.1f} MB); the hub accepts files up to "
                f"{MAX_FILE_BYTES // 1048576} MB. Crop the screenshot or attach a smaller file."
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {text}: {exc.strerror}") from exc
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        drafts.append(FileDraft(path.name, data, mime))
    return tuple(drafts)


def _category(client: HubClient | None, given: str | None) -> dict[str, Any]:
    """category_id when the hub can tell us now; the slug to resolve on sending otherwise."""
    from desktop.cli import CommandError, UsageError

    if not given:
        return {}
    if client is None or not client.token:
        return {"category_id": int(given)} if given.isdigit() else {"category": given}
    try:
        categories = client.categories()
    except HubError as exc:
        if exc.unreachable or exc.status == 401:  # checked when it is sent
            return {"category_id": int(given)} if given.isdigit() else {"category": given}
        raise CommandError(exc.message) from exc
    for category in categories:
        if given in (category.slug, str(category.id)):
            return {"category_id": category.id}
    known = ", ".join(c.slug for c in categories)
    raise UsageError(f"unknown category {given!r}; the hub has: {known}")


def _client(settings: Settings, url: str, label: str) -> HubClient:
    token = TokenStore().get(label)
    return HubClient(
        url,
        token,
        ca_bundle=settings.ca_bundle,
        allow_insecure_http=settings.allow_insecure_http,
    )


def _describe(item: Item) -> dict[str, Any]:
    return {
        "item": item.id,
        "state": item.state,
        "title": item.title,
        "number": item.result_number,
        "ticket_id": item.result_id if item.kind == "ticket" else item.ticket_id,
        "waiting": item.waiting,
        "message": item.message,
        "attempts": item.attempts,
    }


def _wait_for(sender: Sender, outbox: Outbox, item_id: int, timeout: float) -> Item:
    """Run the sender until the item is sent or failed, or the time is up."""
    deadline = time.monotonic() + timeout

    def done() -> bool:
        item = outbox.get(item_id)
        return item is None or item.state in (SENT, FAILED) or time.monotonic() >= deadline

    sender.run(threading.Event(), until=done, idle=min(2.0, max(0.1, timeout / 10)))
    item = outbox.get(item_id)
    assert item is not None
    return item


def run_submit(args: argparse.Namespace) -> int:
    from desktop.cli import CommandError, UsageError

    title = args.title.strip()
    if not title:
        raise UsageError("the title must not be empty")
    if len(title) > 300:
        raise UsageError("the title is longer than 300 characters")
    body = sys.stdin.read() if args.body == "-" else args.body
    files = _read_files(args.attach)
    settings = settings_mod.load()
    label = _label(settings)
    outbox = for_profile()
    draft = TicketDraft(
        title=title,
        body=body,
        priority=args.priority,
        channel="cli",
        files=files,
        key=args.idempotency_key or new_key(),
    )
    signed_in = TokenStore().get(label) is not None
    if signed_in:
        with hub_url(settings) as url:
            client = _client(settings, url, label)
            extra = _category(client, args.category)
            item_id = queue_ticket(outbox, draft, label, **extra)
            sender = Sender(outbox, label, lambda: client)
            sender.send_one(item_id)
            item = outbox.get(item_id)
            assert item is not None
            if args.wait and item.pending:
                item = _wait_for(sender, outbox, item_id, args.timeout)
            if item.state == SENT:  # take the chance to send what waited before
                sender.run(threading.Event(), until=lambda: _nothing_ready(outbox, label), idle=0.1)
    else:  # nobody to send it as: keep it (the hub is not even started for this)
        item_id = queue_ticket(outbox, draft, label, **_category(None, args.category))
        Sender(outbox, label, lambda: None).send_one(item_id)  # marks it waiting for sign-in
        item = outbox.get(item_id)
        assert item is not None
    out = _describe(item)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    if item.state == SENT:
        if not args.json:
            print(item.result_number)
        return 0
    if item.state == FAILED:
        raise CommandError(f"the hub refused the report: {item.message}")
    reason = item.message or "it will be sent when the hub can be reached"
    if not signed_in:
        reason = "not signed in: run `kefu login` (or set KEFU_TOKEN) and it will be sent"
    if args.wait and not signed_in:
        raise CommandError(
            f"{reason}; it stays queued as outbox item {item.id}: do not file it again"
        )
    if args.wait:
        raise CommandError(
            f"not delivered within {args.timeout:g} s ({reason}); it stays queued as "
            f"outbox item {item.id} and will be sent later: do not file it again"
        )
    if not args.json:
        print(f"queued (outbox item {item.id}): {reason}")
    return 0


def _nothing_ready(outbox: Outbox, label: str) -> bool:
    _failures, next_at, _message = outbox.hub_state(label)
    return outbox.pending_count(label) == 0 or next_at > time.time()


def run_outbox(args: argparse.Namespace) -> int:
    settings = settings_mod.load()
    outbox = for_profile()
    if args.send:
        label = _label(settings)
        outbox.retry(hub=label)
        with hub_url(settings) as url:
            client = _client(settings, url, label)
            sender = Sender(outbox, label, lambda: client if client.token else None)
            deadline = time.monotonic() + args.timeout
            sender.run(
                threading.Event(),
                until=lambda: outbox.pending_count(label) == 0 or time.monotonic() >= deadline,
                idle=0.5,
            )
    items = outbox.items()
    if args.json:
        print(json.dumps([_describe(i) for i in items], ensure_ascii=False))
        return 0
    for item in items:
        where = item.result_number or item.waiting or item.message or ""
        print(f"{item.id:5d}  {item.state:8s}  {item.title[:50]:50s}  {where}")
    if not items:
        print("The outbox is empty.")
    return 0

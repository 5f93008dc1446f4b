"""The screenshot a ticket is recognised by: its first image attachment.

The ticket list carries no attachments, so the detail is asked for (once per
ticket; the UI keeps the result) and the bytes come through the blob cache.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import blobcache
from desktop.core.hubclient import HubClient
from desktop.core.models import Attachment, TicketDetail


def first_image(detail: TicketDetail) -> Attachment | None:
    """The first image filed with the ticket, else the first in a public reply."""
    for attachment in detail.attachments:
        if attachment.is_image:
            return attachment
    for comment in detail.comments:
        if comment.internal:
            continue  # a note's screenshot is not what the customer sent
        for attachment in comment.attachments:
            if attachment.is_image:
                return attachment
    return None


def image_bytes(client: HubClient, ticket_id: int, cache_dir: Path) -> bytes | None:
    """The bytes of the ticket's first image, or None when it has none."""
    attachment = first_image(client.ticket(ticket_id))
    if attachment is None:
        return None
    return blobcache.fetch(client, attachment, cache_dir)

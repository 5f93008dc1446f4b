"""Which tickets have news the user has not looked at (the unread marker).

A ticket is unread when its last public activity is newer than the last time
this profile opened it. Kept as a small JSON file in the profile.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path

from desktop.core.models import Ticket

log = logging.getLogger(__name__)


class ReadState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: dict[int, datetime] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            self._seen = {int(k): datetime.fromisoformat(v) for k, v in raw.items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("read-state file %s unreadable (%s); starting fresh", path, exc)

    def mark_seen(self, ticket: Ticket) -> None:
        when = ticket.last_public_activity_at or ticket.updated_at
        if self._seen.get(ticket.id) == when:
            return
        self._seen[ticket.id] = when
        self._save()

    def is_unread(self, ticket: Ticket) -> bool:
        activity = ticket.last_public_activity_at
        if activity is None:
            return False
        seen = self._seen.get(ticket.id)
        if seen is None:
            # Never opened here: news only if someone wrote after it was filed.
            return ticket.comment_count > 0 and activity > ticket.created_at
        return activity > seen

    def _save(self) -> None:
        data = {str(k): v.isoformat() for k, v in self._seen.items()}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self.path)

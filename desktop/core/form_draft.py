"""An unsent form, kept on disk while it is typed: reopening the app brings it back.

One folder per form in the profile (`drafts/new_ticket/`): `draft.json` with
the fields, and the attached files by SHA-256 beside it, so the draft does not
depend on the original files. Every save is atomic (temporary file, then
rename); a crash mid-save leaves the previous draft.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from desktop.core.submission import FileDraft

log = logging.getLogger(__name__)


class FormDraftStore:
    """`save(fields, files)`, `load()`, `clear()` for one form."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files_dir = folder / "files"
        self.path = folder / "draft.json"

    def save(self, fields: dict[str, Any], files: tuple[FileDraft, ...]) -> None:
        """Keep the fields and files; an empty form removes the draft."""
        if not any(fields.values()) and not files:
            self.clear()
            return
        self.files_dir.mkdir(parents=True, exist_ok=True)
        listed = []
        for file in files:
            sha = hashlib.sha256(file.data).hexdigest()
            target = self.files_dir / sha
            if not target.exists():
                tmp = target.with_suffix(".tmp")
                tmp.write_bytes(file.data)
                os.replace(tmp, target)
            listed.append({"name": file.name, "mime": file.mime, "sha256": sha})
        text = json.dumps({"fields": fields, "files": listed}, ensure_ascii=False)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.path)
        keep = {entry["sha256"] for entry in listed}
        for path in self.files_dir.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)

    def load(self) -> tuple[dict[str, Any], tuple[FileDraft, ...]] | None:
        """The saved fields and files, or None (no draft, or one we cannot read)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            files = []
            for entry in data.get("files", []):
                blob = (self.files_dir / entry["sha256"]).read_bytes()
                if hashlib.sha256(blob).hexdigest() != entry["sha256"]:
                    continue  # a damaged copy is dropped, the text is still restored
                files.append(FileDraft(entry["name"], blob, entry["mime"]))
            fields = data.get("fields", {})
            if not isinstance(fields, dict):
                return None
            return fields, tuple(files)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("draft %s unreadable: %s", self.path, exc)
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        if self.files_dir.exists():
            for path in self.files_dir.iterdir():
                path.unlink(missing_ok=True)

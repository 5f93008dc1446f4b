"""desktop.core.form_draft: an unsent form kept on disk, with its own copy of the files."""

from __future__ import annotations

from pathlib import Path

from desktop.core.form_draft import FormDraftStore
from desktop.core.submission import FileDraft


def test_save_load_and_clear(tmp_path: Path) -> None:
    store = FormDraftStore(tmp_path / "drafts" / "new_ticket")
    assert store.load() is None
    files = (
        FileDraft("a.png", b"\x89PNG fake", "image/png"),
        FileDraft("b.log", b"log", "text/plain"),
    )
    store.save({"title": "Half", "body": "", "category_id": 3}, files)
    fields, loaded = store.load() or ({}, ())
    assert fields == {"title": "Half", "body": "", "category_id": 3}
    assert loaded == files
    store.save({"title": "Half", "body": "more", "category_id": 3}, files[1:])
    assert len(list(store.files_dir.iterdir())) == 1  # the dropped file's copy goes
    store.save({"title": "", "body": "", "category_id": None}, ())
    assert store.load() is None and list(store.files_dir.iterdir()) == []


def test_a_damaged_copy_is_dropped_and_the_text_kept(tmp_path: Path) -> None:
    store = FormDraftStore(tmp_path / "d")
    store.save({"title": "T"}, (FileDraft("a.bin", b"12345", "application/octet-stream"),))
    (copy,) = store.files_dir.iterdir()
    copy.write_bytes(b"xxxxx")
    assert store.load() == ({"title": "T"}, ())
    store.path.write_text("{not json")
    assert store.load() is None

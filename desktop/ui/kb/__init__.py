"""The knowledge base in the app: "Knowledge base" and the "Answers" tab beside
each ticket for agents, "Help" for customers. `install(view)` adds them."""

from __future__ import annotations

from desktop.ui.kb.hooks import has_unsaved_work, install

__all__ = ["has_unsaved_work", "install"]

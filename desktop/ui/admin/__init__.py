"""Administration in support mode: one module per tab over desktop.core.admin_api."""

from __future__ import annotations

from desktop.ui.admin.section import AdminSection, install_admin

__all__ = ["AdminSection", "install_admin"]

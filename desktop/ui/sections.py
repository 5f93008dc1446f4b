"""Which sections (besides Tickets) a signed-in user's rail shows, in order.

Each section is a self-contained widget from its own module, built with the
session and the mode's shared ticket model; add one line here per section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.ui.mode_view import ModeView


def install_sections(view: ModeView) -> None:
    """Called once by `ModeView` after its Tickets section exists."""
    from desktop.ui.kb import install as install_kb  # Knowledge base / Help (issue #10)

    install_kb(view)
    if view.agent:  # the desk's metrics (issue #9)
        from desktop.ui.metrics import MetricsSection

        title = QCoreApplication.translate("MetricsSection", "Metrics")
        view.add_section("metrics", title, MetricsSection(view.session))
    from desktop.ui.admin import install_admin  # Administration, availability (issue #9)

    install_admin(view)

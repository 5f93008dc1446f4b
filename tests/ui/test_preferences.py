"""Preferences edit the one settings model and take effect."""

from __future__ import annotations

from typing import Any

from desktop.core import settings as settings_mod
from tests.ui.support import Hub, MakeClient, sign_in


def test_preferences_are_saved_and_applied(
    qtbot: Any, hub: Hub, make_client: MakeClient, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    client = make_client("prefs")
    sign_in(qtbot, client, hub.customer())
    window = client.window
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert dialog.isVisible() and dialog.ca_bundle.isEnabled()  # a remote hub
    dialog.notifications.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not checked until used")
    dialog.ca_bundle.setText(str(bundle))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    saved = settings_mod.load(client.profile.settings_path())
    assert saved.notifications is False and saved.language == "zh_CN"
    assert saved.ca_bundle == str(bundle)
    assert client.session.client is not None
    assert client.session.client.session.verify == str(bundle)
    assert "next time" in window.message_banner.label.text()

    window.preferences_action.trigger()
    again = window.preferences_dialog
    assert not again.notifications.isChecked()
    with qtbot.waitSignal(again.finished):
        again.reject()
    assert settings_mod.load(client.profile.settings_path()) == saved

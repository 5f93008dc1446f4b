"""What the user reads for an error: our translation of the hub's `error` code,
or the hub's own `message` when we have none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.embedded import EmbeddedHubError
from desktop.core.hubclient import HubError, UploadCancelled


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: BaseException) -> str:
    if isinstance(exc, HubError):
        known = {
            "hub_unreachable": _t(
                "Cannot reach the hub. Check your network connection; what you typed is kept."
            ),
            "tls_error": _t(
                "The hub's certificate could not be verified. Check the address, "
                "or set your organization's CA bundle."
            ),
            "insecure_hub": _t(
                "This hub uses plain http, which would expose your password. Use an https address."
            ),
            "not_a_hub": _t("That address answers, but it is not a Kefu hub."),
            "invalid_credentials": _t("The e-mail address or the password is wrong."),
            "not_authenticated": _t("Your sign-in has expired. Please sign in again."),
            "too_many_attempts": _t("Too many failed attempts. Wait a few minutes and try again."),
            "email_taken": _t(
                "An account with this e-mail address already exists. Sign in instead."
            ),
            "forbidden": _t("You are not allowed to do that."),
            "not_found": _t("That ticket no longer exists or is not yours to see."),
            "invalid_transition": _t(
                "The ticket's status changed meanwhile; reload and try again."
            ),
            "blob_too_large": _t("A file is too large for the hub."),
            "not_an_image": _t("A file claims to be an image but is not one."),
        }
        if exc.error in known:
            return known[exc.error]
        if exc.error == "validation_failed" and isinstance(exc.details, list) and exc.details:
            parts = [
                f"{d.get('field', '')}: {d.get('message', '')}"
                for d in exc.details
                if isinstance(d, dict)
            ]
            return _t("Please check the form: %1").replace("%1", "; ".join(parts))
        return exc.message
    if isinstance(exc, UploadCancelled):
        return _t("Upload cancelled.")
    if isinstance(exc, EmbeddedHubError):
        return _t("The built-in hub could not start: %1").replace("%1", str(exc))
    if isinstance(exc, OSError):
        return _t("A file could not be read or written: %1").replace("%1", str(exc))
    return _t("Something went wrong: %1").replace("%1", str(exc) or type(exc).__name__)

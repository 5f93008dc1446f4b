"""What the user reads for an error: our translation of the hub's `error` code,
or the hub's own `message` when we have none."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core import tesseract_locator
from desktop.core.embedded import EmbeddedHubError
from desktop.core.hubclient import HubError, UploadCancelled
from desktop.core.tesseract_locator import TesseractNotFound

# Marked for lupdate here, translated when shown (the language may change).
_KNOWN: dict[str, object] = {
    "hub_unreachable": QT_TRANSLATE_NOOP(
        "errors", "Cannot reach the hub. Check your network connection; what you typed is kept."
    ),
    "tls_error": QT_TRANSLATE_NOOP(
        "errors",
        "The hub's certificate could not be verified. Check the address, "
        "or set your organization's CA bundle.",
    ),
    "insecure_hub": QT_TRANSLATE_NOOP(
        "errors",
        "This hub uses plain http, which would expose your password. Use an https address.",
    ),
    "not_a_hub": QT_TRANSLATE_NOOP("errors", "That address answers, but it is not a Kefu hub."),
    "invalid_credentials": QT_TRANSLATE_NOOP(
        "errors", "The e-mail address or the password is wrong."
    ),
    "not_authenticated": QT_TRANSLATE_NOOP(
        "errors", "Your sign-in has expired. Please sign in again."
    ),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Wait a few minutes and try again."
    ),
    "email_taken": QT_TRANSLATE_NOOP(
        "errors", "An account with this e-mail address already exists. Sign in instead."
    ),
    "forbidden": QT_TRANSLATE_NOOP("errors", "You are not allowed to do that."),
    "not_found": QT_TRANSLATE_NOOP(
        "errors", "That ticket no longer exists or is not yours to see."
    ),
    "invalid_transition": QT_TRANSLATE_NOOP(
        "errors", "The ticket's status changed meanwhile; reload and try again."
    ),
    "blob_too_large": QT_TRANSLATE_NOOP("errors", "A file is too large for the hub."),
    "not_an_image": QT_TRANSLATE_NOOP("errors", "A file claims to be an image but is not one."),
    "already_merged": QT_TRANSLATE_NOOP(
        "errors", "That ticket was already merged into another one; open that one instead."
    ),
    "blob_hash_mismatch": QT_TRANSLATE_NOOP(
        "errors", "A file changed or was damaged while it was sent; send it again."
    ),
    "blob_not_found": QT_TRANSLATE_NOOP(
        "errors", "A file did not reach the hub; attach it again and send once more."
    ),
    "busy": QT_TRANSLATE_NOOP("errors", "The hub is busy right now; try again in a moment."),
    "cannot_demote_self": QT_TRANSLATE_NOOP(
        "errors", "You cannot deactivate yourself or give up your own admin role."
    ),
    "different_customers": QT_TRANSLATE_NOOP(
        "errors", "Only tickets of the same customer can be merged."
    ),
    "idempotency_conflict": QT_TRANSLATE_NOOP(
        "errors", "This was already sent with different content; send it as a new one."
    ),
    "invalid_code": QT_TRANSLATE_NOOP(
        "errors", "This code is not valid. Check the nine digits with the agent."
    ),
    "name_taken": QT_TRANSLATE_NOOP("errors", "That name is already used; choose another."),
    "slug_taken": QT_TRANSLATE_NOOP("errors", "That short name is already used; choose another."),
    "not_a_customer": QT_TRANSLATE_NOOP(
        "errors", "This can only be done for customer accounts; deactivate agents instead."
    ),
    "not_resolved": QT_TRANSLATE_NOOP(
        "errors", "Support has not marked this ticket as resolved yet."
    ),
    "session_in_progress": QT_TRANSLATE_NOOP(
        "errors", "A remote session is already open for this ticket."
    ),
    "session_not_waiting": QT_TRANSLATE_NOOP(
        "errors", "This remote-session request was already answered or has ended."
    ),
    "too_many_registrations": QT_TRANSLATE_NOOP(
        "errors",
        "Too many new accounts from this network just now. Try again later, or ask your "
        "support desk to create the account.",
    ),
    "method_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "This version of Kefu and the hub do not agree; update Kefu."
    ),
    "too_large": QT_TRANSLATE_NOOP("errors", "What was sent is too large for the hub."),
    "unsupported_media_type": QT_TRANSLATE_NOOP(
        "errors", "The hub does not accept this kind of file."
    ),
    "invalid_json": QT_TRANSLATE_NOOP(
        "errors", "This version of Kefu and the hub do not agree; update Kefu."
    ),
    "internal_error": QT_TRANSLATE_NOOP(
        "errors", "The hub hit an unexpected problem; try again later."
    ),
}


def _tesseract_problem(exc: BaseException) -> TesseractNotFound | None:
    """A missing or broken Tesseract anywhere in the chain (OCR wraps it)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, TesseractNotFound):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def tesseract_text(problem: TesseractNotFound) -> str:
    """What to do about Tesseract, in the UI's language, with the install command."""
    translate = QCoreApplication.translate
    if problem.reason == "configured":
        return translate(
            "errors",
            "The Tesseract program chosen in Preferences cannot be run; choose it again, "
            "or clear the field to let Kefu look for it.",
        )
    if problem.reason == "not_tesseract":
        return translate(
            "errors", "The program chosen in Preferences is not Tesseract; choose another."
        )
    command = tesseract_locator.install_command()
    how = (
        translate("errors", "Download it from %1 and tick Chinese Simplified.")
        if sys.platform == "win32"
        else translate("errors", "Install it with: %1")
    ).replace("%1", command)
    return (
        translate(
            "errors", "Tesseract is not installed, so the text in screenshots cannot be read."
        )
        + " "
        + how
    )


def describe(exc: BaseException) -> str:
    """One sentence for the user about `exc`, in the UI's language where we can."""
    translate = QCoreApplication.translate
    tesseract = _tesseract_problem(exc)
    if tesseract is not None:
        return tesseract_text(tesseract)
    if isinstance(exc, HubError):
        if exc.error in _KNOWN:
            return translate("errors", str(_KNOWN[exc.error]))
        if exc.error == "validation_failed" and isinstance(exc.details, list) and exc.details:
            parts = [
                f"{d.get('field', '')}: {d.get('message', '')}"
                for d in exc.details
                if isinstance(d, dict)
            ]
            text = QCoreApplication.translate("errors", "Please check the form: %1")
            return text.replace("%1", "; ".join(parts))
        return exc.message
    if isinstance(exc, UploadCancelled):
        return QCoreApplication.translate("errors", "Upload cancelled.")
    if isinstance(exc, EmbeddedHubError):
        text = QCoreApplication.translate("errors", "The built-in hub could not start: %1")
        return text.replace("%1", str(exc))
    if isinstance(exc, OSError):
        text = QCoreApplication.translate("errors", "A file could not be read or written: %1")
        return text.replace("%1", str(exc))
    text = QCoreApplication.translate("errors", "Something went wrong: %1")
    return text.replace("%1", str(exc) or type(exc).__name__)

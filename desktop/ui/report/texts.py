"""Translated names shown in the report flow (kinds of private data, categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    names = {
        "email": QCoreApplication.translate("report", "E-mail address"),
        "phone": QCoreApplication.translate("report", "Phone number"),
        "cn_id": QCoreApplication.translate("report", "ID number"),
        "bank_card": QCoreApplication.translate("report", "Bank card"),
        "ip": QCoreApplication.translate("report", "IP address"),
        "token": QCoreApplication.translate("report", "Password or token"),
        "user_path": QCoreApplication.translate("report", "User name"),
    }
    return names.get(kind, kind)


def details_labels() -> dict[str, str]:
    return {
        "os": QCoreApplication.translate("report", "Operating system"),
        "screens": QCoreApplication.translate("report", "Screens"),
        "locale": QCoreApplication.translate("report", "Language and region"),
        "kefu": QCoreApplication.translate("report", "Kefu version"),
        "primary": QCoreApplication.translate("report", "primary"),
    }


def body_labels() -> dict[str, str]:
    return {
        "error_text": QCoreApplication.translate("report", "Error text read from the screenshot:"),
        "codes": QCoreApplication.translate("report", "Error codes:"),
        "details": QCoreApplication.translate("report", "System details"),
    }

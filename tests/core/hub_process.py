"""A real hub process for core tests (each test module starts its own)."""

from __future__ import annotations

import itertools
from pathlib import Path

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient

PASSWORD = "correct horse battery"
_ids = itertools.count(1)


class TestHub:
    """A started hub plus helpers to make users on it."""

    __test__ = False  # not a test class, despite the name

    def __init__(self, root: Path) -> None:
        self.root = root
        self.process = EmbeddedHub(root / "data", root / "port", root / "hub.log")
        self.url = self.process.start()

    def email(self, who: str) -> str:
        return f"{who}-{next(_ids)}@example.com"

    def agent(self, name: str = "Ada Agent") -> HubClient:
        email = self.email("agent")
        self.process.create_user(role="agent", email=email, name=name, password=PASSWORD)
        client = HubClient(self.url)
        client.login(email, PASSWORD)
        return client

    def customer(self, name: str = "Chen Customer") -> HubClient:
        client = HubClient(self.url)
        client.register(self.email("customer"), PASSWORD, name, "Acme")
        return client

    def stop(self) -> None:
        self.process.stop()

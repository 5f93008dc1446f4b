"""Hub settings, declared once. Read from the environment (KEFU_HUB_*) and the CLI."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("kefu-hub", appauthor=False))


class HubSettings(BaseSettings):
    """Everything the hub can be told; CLI flags override the environment."""

    model_config = SettingsConfigDict(env_prefix="KEFU_HUB_")

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where the SQLite database (by default) and the blobs live.",
    )
    db: str | None = Field(
        default=None,
        description="SQLAlchemy database URL; default sqlite in data_dir/hub.db.",
    )
    host: str = Field(default="127.0.0.1", description="Address to listen on.")
    port: int = Field(default=8765, description="Port to listen on (0: any free port).")
    max_blob_bytes: int = Field(
        default=25 * 1024 * 1024, description="Largest attachment accepted, in bytes."
    )
    token_days: int = Field(default=30, description="Days a device token stays valid unused.")
    blob_orphan_hours: int = Field(
        default=24, description="Unreferenced blobs are removed after this many hours."
    )
    idempotency_days: int = Field(
        # Long enough for a laptop that queued a report offline for weeks.
        default=60,
        description="Days an Idempotency-Key is remembered.",
    )
    login_max_failures: int = Field(
        default=5, description="Failed logins per e-mail allowed in login_window_seconds."
    )
    login_window_seconds: int = Field(default=300, description="Window for login_max_failures.")
    register_max_per_window: int = Field(
        default=50,
        description="New self-registered accounts per client address in register_window_seconds "
        "(an office behind one NAT address onboarding at once stays under it).",
    )
    register_window_seconds: int = Field(
        default=3600, description="Window for register_max_per_window."
    )
    join_max_failures: int = Field(
        default=10, description="Wrong session codes per user allowed in join_window_seconds."
    )
    join_window_seconds: int = Field(default=600, description="Window for join_max_failures.")
    retention_days: int = Field(
        default=0,
        description="Closed tickets (with their attachments) are deleted this many days after "
        "they closed; 0 keeps them forever.",
    )
    metrics_allow: list[str] = Field(
        default=["127.0.0.0/8", "::1/128"],
        description="Networks that may scrape /metrics (Prometheus).",
    )
    auto_close_days: int = Field(
        default=7, description="Resolved tickets the customer does not answer close after this."
    )
    session_code_minutes: int = Field(
        default=10, description="How long a remote-session code (and request) stays valid."
    )
    session_code_max_failures: int = Field(
        default=5, description="Wrong tries after which a session's code is locked."
    )
    session_max_minutes: int = Field(default=120, description="Longest a remote session may run.")
    session_idle_minutes: int = Field(
        default=10, description="A remote session with no traffic this long ends by itself."
    )

    @property
    def database_url(self) -> str:
        return self.db or f"sqlite:///{self.data_dir / 'hub.db'}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

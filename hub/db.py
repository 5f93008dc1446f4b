"""Engine, sessions and migrations. SQLite runs in WAL mode; write transactions
take the write lock up front (BEGIN IMMEDIATE) so concurrent writers wait for
each other instead of failing with "database is locked" on lock upgrade."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def normalize_url(url: str) -> str:
    """`postgresql://…` (as people write it) means the psycopg 3 driver we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own is deferred and late).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("kefu_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One engine and its session factory."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Queueing writers on a lock here is fair
        # and cheap; left to SQLite's busy handler they poll and some starve.
        self._writer = threading.Lock() if url.startswith("sqlite") else None

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        if write and self._writer is not None:
            with self._writer, self._open(write=True) as session:
                yield session
        else:
            with self._open(write=write) as session:
                yield session

    @contextmanager
    def try_write_session(self) -> Iterator[Session | None]:
        """A write session if no other writer is busy right now, else None."""
        if self._writer is not None and not self._writer.acquire(blocking=False):
            yield None
            return
        try:
            with self._open(write=True) as session:
                yield session
        finally:
            if self._writer is not None:
                self._writer.release()

    @contextmanager
    def _open(self, *, write: bool) -> Iterator[Session]:
        with self.sessions() as session:
            if write:
                session.connection(execution_options={"kefu_write": True})
            yield session

    def migrate(self) -> None:
        """Bring the schema to the newest revision (creates a fresh database)."""
        with self.engine.begin() as conn:
            cfg = alembic_config(self.url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg

"""A throwaway PostgreSQL server on 127.0.0.1 for the hub's tests.

Debian's `postgresql` package (installed by scripts/setup.sh) provides the
binaries; the cluster lives in a temporary directory, runs without fsync
(tests need speed, not durability) and is stopped at the end. As root (CI
containers) the server runs as the `postgres` system user, since PostgreSQL
refuses to run as root. Each test gets its own database, copied from a
template that already has the hub's migrations, so tests are isolated and fast.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

from hub.db import Database

_names = itertools.count(1)


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        raise RuntimeError(
            f"PostgreSQL's {name} was not found: run scripts/setup.sh (it installs the "
            "Debian package postgresql), or `sudo apt-get install postgresql`."
        )
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """initdb + pg_ctl start in `root`; `database()` makes a fresh migrated one."""

    def __init__(self) -> None:
        # Not under pytest's tmp_path: pytest keeps that 0700 (and resets it on every
        # run), so the postgres user could not reach it.
        root = Path(tempfile.mkdtemp(prefix="kefu-pg-"))
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(root, "postgres")

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as, *args], capture_output=True, text=True, timeout=120, cwd=self.root
        )
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr or done.stdout}")

    def start(self) -> PostgresServer:
        self._run(
            _bin("initdb"), "-D", str(self.data), "-U", "kefu", "--auth=trust",
            "-E", "UTF8", "--no-locale",
        )  # fmt: skip
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F -c max_connections=200"
        self._run(
            _bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l",
            str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip
        self._template = self._create("kefu_template")
        Database(self.url("kefu_template")).migrate()  # once; tests copy it
        with self._admin() as conn:  # a template may not have connections open
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = 'kefu_template' AND pid <> pg_backend_pid()")  # fmt: skip
        return self

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):  # already gone
            self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://kefu@127.0.0.1:{self.port}/{name}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="kefu", dbname="postgres", autocommit=True
        )

    def _create(self, name: str, template: str = "template0") -> str:
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def database(self) -> str:
        """A new database with the hub's schema and seed data; returns its URL."""
        name = self._create(f"kefu_test_{os.getpid()}_{next(_names)}", "kefu_template")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

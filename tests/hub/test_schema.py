"""Migrations match the models; the OpenAPI schema tells the truth about errors."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from hub.db import Database, make_engine
from hub.models import Base, Category
from tests.hub.conftest import SQLITE_ONLY, Hub


def test_fresh_database_through_alembic_matches_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    db.migrate()
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert set(inspect(db.engine).get_table_names()) >= set(Base.metadata.tables)
    with db.session() as s:
        assert len(list(s.scalars(select(Category)))) == 8
    db.migrate()  # running it again changes nothing
    db.dispose()


@SQLITE_ONLY
def test_sqlite_runs_in_wal_mode(hub: Hub) -> None:
    with hub.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_openapi_describes_errors_as_error_bodies(hub: Hub) -> None:
    schema = hub.client.get("/openapi.json").json()
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    assert set(schema["components"]["schemas"]["ErrorBody"]["required"]) == {"error", "message"}
    ref = {"$ref": "#/components/schemas/ErrorBody"}
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            for status, resp in op["responses"].items():
                if status.startswith(("4", "5")):
                    assert resp["content"]["application/json"]["schema"] == ref, (
                        path,
                        method,
                        status,
                    )
    assert "/api/v1/tickets/{ticket_id}/comments" in schema["paths"]


def test_unknown_paths_and_methods_use_the_error_shape(hub: Hub) -> None:
    r = hub.client.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = hub.client.delete("/api/v1/health")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"


def test_a_plain_postgresql_url_uses_the_shipped_driver() -> None:
    for url in ("postgresql://kefu@127.0.0.1/kefu", "postgres://kefu@127.0.0.1/kefu"):
        engine = make_engine(url)  # no connection is made yet
        assert engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"

# The two commands of the README. Both set everything up first.
.PHONY: run test setup lint

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/kefu

test: setup lint
	.venv/bin/python -m pytest

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy
	.venv/bin/lint-imports

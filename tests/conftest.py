"""Settings for every test, and for the hub processes tests start (they inherit the env)."""

from __future__ import annotations

import os

# Tests sign up hundreds of users from 127.0.0.1 against long-lived hubs; the
# registration limit itself is tested with its own small setting (tests/hub/test_auth.py).
os.environ.setdefault("KEFU_HUB_REGISTER_MAX_PER_WINDOW", "1000000")

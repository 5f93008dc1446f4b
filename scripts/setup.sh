#!/usr/bin/env bash
# One set-up for both README commands: system packages (apt-get, when missing
# and possible), the virtualenv in .venv, and the package with its dev extra.
# Re-running it is cheap: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian/Ubuntu packages the project needs at run time and in tests.
APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim   # OCR
  xvfb xauth x11-utils xdotool libx11-6 libxrandr2          # virtual display for GUI tests
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3                 # Qt's xcb runtime
  fonts-noto-cjk                                            # Chinese text on screen and in tests
  gnome-keyring dbus-daemon dbus-x11 libsecret-1-0          # a real keyring backend
  trayer                                                    # a system tray host for tray tests
  postgresql                                                # the hub tests run on PostgreSQL too
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
      echo "Could not install system packages. Install them yourself, then run this again:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  else
    echo "Kefu needs these system packages (Debian names): ${missing[*]}" >&2
    echo "Install them with your system's package manager, then run this again." >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Kefu needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv || { echo "Could not create .venv: install python3-venv (apt-get install python3-venv)." >&2; exit 1; }
fi
# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.kefu-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q -U pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi

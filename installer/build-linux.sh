#!/usr/bin/env bash
# Build Kefu for Linux: the PyInstaller folder (build/linux/dist/kefu) and a .deb
# made from it, then smoke-test both. Needs the `package` extra
# (.venv/bin/pip install -e '.[package]'), dpkg-deb and Tesseract with chi_sim.
#
#   installer/build-linux.sh            build, package, smoke-test
#   installer/build-linux.sh --no-build package and smoke-test the last build
#
# Exit code 0 only when every smoke test passed. Figures go to docs/packaging.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/build/linux"
DIST="$OUT/dist"
BUNDLE="$DIST/kefu"
cd "$ROOT"

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
SPEC_VERSION="$(sed -n 's/^VERSION = "\(.*\)"$/\1/p' installer/kefu.spec)"
if [ "$VERSION" != "$SPEC_VERSION" ]; then
    echo "installer/kefu.spec says $SPEC_VERSION, pyproject.toml $VERSION: make them agree" >&2
    exit 1
fi
ARCH="$(dpkg --print-architecture)"
DEB="$OUT/kefu_${VERSION}_${ARCH}.deb"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# -- 1. the one-folder app ------------------------------------------------------------
if [ "${1:-}" != "--no-build" ]; then
    step "PyInstaller (a few minutes)"
    "$PY" -m PyInstaller --version >/dev/null 2>&1 ||
        fail "PyInstaller is missing: .venv/bin/pip install -e '.[package]'"
    started=$(date +%s)
    "$PY" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$OUT/work" installer/kefu.spec
    echo "build seconds: $(( $(date +%s) - started ))"
fi
[ -x "$BUNDLE/kefu" ] && [ -x "$BUNDLE/kefu-hub" ] || fail "no bundle in $BUNDLE"

# -- 2. the .deb ----------------------------------------------------------------------
step "Debian package"
STAGE="$OUT/deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/kefu"
cp -a "$BUNDLE" "$STAGE/usr/lib/kefu"
ln -s ../lib/kefu/kefu "$STAGE/usr/bin/kefu"
ln -s ../lib/kefu/kefu-hub "$STAGE/usr/bin/kefu-hub"
install -m 644 installer/linux/kefu.desktop "$STAGE/usr/share/applications/kefu.desktop"
install -m 644 resources/icons/kefu.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/kefu.svg"
printf 'Kefu %s\nLicense: MIT (see pyproject.toml)\n' "$VERSION" >"$STAGE/usr/share/doc/kefu/copyright"
install -m 755 installer/linux/postinst installer/linux/postrm "$STAGE/DEBIAN/"
SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE_KB@/$SIZE_KB/" \
    installer/linux/control.in >"$STAGE/DEBIAN/control"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$STAGE/usr/share/applications/kefu.desktop"
fi
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Depends:/p'

# -- 3. smoke tests -------------------------------------------------------------------
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT

step "smoke: kefu ocr from the bundle"
"$BUNDLE/kefu" ocr installer/smoke/sample.png --json >"$SMOKE/ocr.json"
"$PY" - "$SMOKE/ocr.json" <<'EOF'
import json, sys
text = json.load(open(sys.argv[1], encoding="utf-8"))["text"]
assert "E1043" in text and "connect" in text, text
assert "登录失败" in text, text
print("read:", text.replace("\n", " | "))
EOF

step "smoke: the GUI offscreen with a throwaway profile and the bundled hub"
run_gui() {  # $1 = profile directory; the GUI runs offscreen, stops on SIGTERM
    local home="$1"
    KEFU_HOME="$home" QT_QPA_PLATFORM=offscreen \
        PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
        "$BUNDLE/kefu" >"$home/stdout" 2>"$home/stderr" &
    local pid=$!
    local waited=0
    # Up for 8 s, and with the embedded hub answering when it was asked for.
    while [ $waited -lt 40 ]; do
        kill -0 $pid 2>/dev/null || { cat "$home/stderr" >&2; fail "the GUI exited early"; }
        if [ -f "$home/want-hub" ] && [ -s "$home/hub.port" ] &&
            curl --noproxy "*" -fsS "http://127.0.0.1:$(cat "$home/hub.port")/api/v1/health" >/dev/null 2>&1; then
            [ $waited -ge 8 ] && break
        elif [ ! -f "$home/want-hub" ] && [ $waited -ge 8 ]; then
            break
        fi
        sleep 1
        waited=$((waited + 1))
    done
    [ $waited -lt 40 ] || fail "the embedded hub did not answer within 40 s"
    kill -TERM $pid
    local rc=0
    wait $pid || rc=$?
    [ $rc -eq 0 ] || { cat "$home/stderr" >&2; fail "the GUI exited with $rc after SIGTERM"; }
    if grep -q Traceback "$home/stderr" "$home/logs/kefu.log" 2>/dev/null; then
        cat "$home/stderr" >&2
        fail "a traceback in the GUI's output"
    fi
}
mkdir -p "$SMOKE/first" "$SMOKE/embedded"
run_gui "$SMOKE/first"  # a first start: the welcome page
echo "first start: up, then exited cleanly"
echo '{"hub_mode": "embedded"}' >"$SMOKE/embedded/settings.json"
touch "$SMOKE/embedded/want-hub"
run_gui "$SMOKE/embedded"  # the app starts the bundled kefu-hub as its child
if [ -s "$SMOKE/embedded/hub.port" ] &&
    curl --noproxy "*" -fsS "http://127.0.0.1:$(cat "$SMOKE/embedded/hub.port")/api/v1/health" >/dev/null 2>&1; then
    fail "the embedded hub outlived the app"
fi
echo "embedded hub: started by the app, stopped with it"

step "smoke: the .deb's files"
dpkg-deb -x "$DEB" "$SMOKE/unpacked"
"$SMOKE/unpacked/usr/bin/kefu" --help | grep -q "kefu" || fail "kefu --help through /usr/bin/kefu"
"$SMOKE/unpacked/usr/bin/kefu-hub" --help >/dev/null || fail "kefu-hub --help"
"$SMOKE/unpacked/usr/bin/kefu" ocr installer/smoke/sample.png | grep -q E1043 ||
    fail "kefu ocr from the unpacked .deb"
grep -q '^MimeType=x-scheme-handler/kefu;' "$SMOKE/unpacked/usr/share/applications/kefu.desktop"
echo "unpacked .deb: commands run, kefu:// handler declared"

step "figures"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"
echo "deb:    $(du -h "$DEB" | cut -f1)  ($DEB)"
echo "all smoke tests passed"

"""One app per profile: a second `kefu` in the same profile brings the first to the front.

The first instance holds the profile's lock (desktop.ui.app) and listens on a
local socket named after the profile; a second start that cannot take the
lock connects, says "show" (and "link kefu://…" when it was started by a
link, which the first then checks and acts on) and exits. CLI subcommands
never come here.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from desktop.core.profile import Profile

log = logging.getLogger(__name__)
_SHOW = b"show"
_LINK = b"link "
_MAX_MESSAGE = 4096  # a link is at most 2048 characters (desktop.core.links)


def server_name(prof: Profile) -> str:
    """A socket in the profile where the path is short enough, else a name Qt places."""
    if sys.platform != "win32":
        path = str(prof.path.resolve() / "kefu.sock")
        if len(path.encode()) < 100:  # AF_UNIX paths are limited to about 107 bytes
            return path
    return f"kefu-{prof.key()}"


class InstanceServer(QObject):
    """Listens for later starts in the same profile.

    Signals: show_requested(); link_received(str) — a later start was given a
    kefu:// link (unchecked text: check it with desktop.core.links).
    """

    show_requested = Signal()
    link_received = Signal(str)

    def __init__(self, prof: Profile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = server_name(prof)
        # We hold the profile's lock, so a socket left behind is a crashed run's.
        QLocalServer.removeServer(name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            log.warning("cannot listen for second starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._closed(s))

    def _read(self, socket: QLocalSocket) -> None:
        # Lines may arrive in pieces; act on each complete one.
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        *lines, rest = data.split(b"\n")
        if len(rest) > _MAX_MESSAGE:
            log.warning("ignoring an overlong message from a second start")
            rest = b""
            socket.disconnectFromServer()
        self._buffers[socket] = rest
        for line in lines:
            self._message(line)

    def _message(self, line: bytes) -> None:
        if line == _SHOW:
            log.info("brought to the front by a second start")
            self.show_requested.emit()
        elif line.startswith(_LINK):
            text = line[len(_LINK) :].decode("utf-8", errors="replace")
            log.info("a second start passed a link")
            self.link_received.emit(text)

    def _closed(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def ask_first_to_show(prof: Profile, link: str | None = None, timeout_ms: int = 3000) -> bool:
    """From a second start: ask the running app to come forward (and to open `link`);
    False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(prof))
    if not socket.waitForConnected(timeout_ms):
        return False
    message = _SHOW + b"\n"
    if link is not None:
        # One line per message: a link never holds a newline (links.parse refuses them).
        message += _LINK + link.replace("\n", "").replace("\r", "").encode()[:_MAX_MESSAGE] + b"\n"
    socket.write(message)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(ok)


def bring_to_front(window: QWidget) -> None:
    """Show the window as it was, on top, with the focus."""
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.raise_()
    window.activateWindow()

"""One app per profile: a second `kefu` in the same profile brings the first to the front.

The first instance holds the profile's lock (desktop.ui.app) and listens on a
local socket named after the profile; a second start that cannot take the
lock connects, says "show" and exits. CLI subcommands never come here.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from desktop.core.profile import Profile

log = logging.getLogger(__name__)
_SHOW = b"show\n"


def server_name(prof: Profile) -> str:
    """A socket in the profile where the path is short enough, else a name Qt places."""
    if sys.platform != "win32":
        path = str(prof.path.resolve() / "kefu.sock")
        if len(path.encode()) < 100:  # AF_UNIX paths are limited to about 107 bytes
            return path
    return f"kefu-{prof.key()}"


class InstanceServer(QObject):
    """Listens for later starts in the same profile. Signals: show_requested()."""

    show_requested = Signal()

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

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_SHOW):
            log.info("brought to the front by a second start")
            self.show_requested.emit()
        socket.disconnectFromServer()


def ask_first_to_show(prof: Profile, timeout_ms: int = 3000) -> bool:
    """From a second start: ask the running app to come forward; False if none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(prof))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_SHOW)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(ok)


def bring_to_front(window: QWidget) -> None:
    """Show the window as it was, on top, with the focus."""
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    window.raise_()
    window.activateWindow()

"""One running window per diary file.

The first start takes a QLockFile next to the diary and listens on a QLocalServer whose name
is derived from the user and the diary's path. A second start finds the lock taken, connects,
sends "activate" and leaves; the first emits `activation_requested` and comes forward.
A lock left behind by a crash is recognised by its dead process id and taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from paindiary import paths, portable
from paindiary.store.integrity import lock_path

ACTIVATE = b"activate\n"
# Waiting for a lock held by a live process is pointless; a short wait covers two starts racing.
LOCK_WAIT_MS = 200
CONNECT_WAIT_MS = 2000


def server_name_for(db_path: Path) -> str:
    """A local socket name private to this user and this diary file."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{db_path.resolve()}".encode()).hexdigest()[:24]
    return f"paindiary-{digest}"


def bring_to_front(window: QWidget) -> None:
    """Show a window that another start asked for: restore it if minimised, raise and focus it."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """Claims a diary for this process; a second start asks the first one to come forward."""

    # another start of the app asked this window to come forward
    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._lock = QLockFile(str(lock_path(db_path)))
        # A long-lived lock: only a dead owner makes it stale, never its age (Qt's advice for
        # documents kept open; the default 30 s would let a second start steal a running diary).
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def server_name(self) -> str:
        return server_name_for(self.db_path)

    def acquire(self) -> bool:
        """True: this process owns the diary. False: another one does and was asked forward."""
        paths.ensure_private_dir(self.db_path.parent)
        if self._lock.tryLock(LOCK_WAIT_MS):
            with contextlib.suppress(OSError):
                portable.tighten(Path(self._lock.fileName()))
            self._listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # The lock file cannot be written at all (a read-only folder): there is no owner to
            # defer to, and opening the diary will explain what is wrong with the folder.
            return True
        self._ask_owner_forward()
        return False

    def release(self) -> None:
        """Give the diary up (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # ------------------------------------------------------------ first instance

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket left under this name is a crashed instance's.
        QLocalServer.removeServer(self.server_name)
        if server.listen(self.server_name):
            server.newConnection.connect(self._accept)
            self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # Bound methods and C++ slots only: Qt drops these connections with their objects.
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read_from(socket)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        if ACTIVATE in bytes(socket.readAll().data()):
            self.activation_requested.emit()

    # ------------------------------------------------------------ second instance

    def _ask_owner_forward(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(CONNECT_WAIT_MS):
            socket.write(ACTIVATE)
            socket.flush()
            socket.waitForBytesWritten(CONNECT_WAIT_MS)
            socket.disconnectFromServer()
        socket.abort()

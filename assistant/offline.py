"""No byte leaves the machine: hub switches and a process-wide socket guard.

``enable()`` runs before any model library is imported (``assistant.cli``
calls it first thing). It sets the variables that keep Hugging Face,
transformers, sentence-transformers and friends from reaching for a hub, and
wraps ``socket.socket.connect`` (and ``connect_ex``, ``sendto``,
``getaddrinfo`` on names) so that any attempt to reach a non-loopback address
raises :class:`NetworkBlocked` instead of leaving the machine. Loopback and
Unix sockets stay allowed: Textual, multiprocessing and tests need them.
"""
from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable

from .errors import NetworkBlocked

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "DO_NOT_TRACK": "1",
    "DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "SPACY_WARNING_IGNORE": "W095",
}

# Called with the refused address before raising: tests hook in here.
_listeners: list[Callable[[object], None]] = []
_originals: dict[str, object] = {}


def set_env() -> None:
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False  # a host name: resolving it would itself be a lookup


def _refuse(address: object) -> None:
    for listener in list(_listeners):
        listener(address)
    raise NetworkBlocked(f"network access refused by the offline guard: {address!r}")


def _guarded(name: str):
    original = _originals[name]

    def method(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
            _refuse(address)
        return original(self, address, *args)

    method.__name__ = name
    return method


def _guarded_sendto(self, data, *args):
    address = args[-1]
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
        _refuse(address)
    return _originals["sendto"](self, data, *args)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_local((host,)):
        _refuse((host, *args[:1]))
    return _originals["getaddrinfo"](host, *args, **kwargs)


def install_guard() -> None:
    """Refuse every non-loopback connection from now on, for the whole process."""
    if _originals:
        return
    for name in ("connect", "connect_ex", "sendto"):
        _originals[name] = getattr(socket.socket, name)
    _originals["getaddrinfo"] = socket.getaddrinfo
    socket.socket.connect = _guarded("connect")
    socket.socket.connect_ex = _guarded("connect_ex")
    socket.socket.sendto = _guarded_sendto
    socket.getaddrinfo = _guarded_getaddrinfo


def guard_active() -> bool:
    return bool(_originals) and socket.socket.connect is not _originals.get("connect")


def add_listener(callback: Callable[[object], None]) -> None:
    _listeners.append(callback)


def remove_listener(callback: Callable[[object], None]) -> None:
    if callback in _listeners:
        _listeners.remove(callback)


def enable() -> None:
    set_env()
    install_guard()

import socket

import pytest

from assistant import offline
from assistant.errors import NetworkBlocked


def test_env_is_offline():
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"


@pytest.mark.parametrize("address", [("1.1.1.1", 443), ("10.0.0.1", 80), ("example.com", 80)])
def test_guard_refuses_outside_addresses(address):
    seen = []
    offline.add_listener(seen.append)
    try:
        with socket.socket() as s, pytest.raises(NetworkBlocked):
            s.connect(address)
    finally:
        offline.remove_listener(seen.append)
    assert seen == [address]


def test_guard_refuses_name_lookups():
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("pypi.org", 443)


def test_loopback_still_works():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname(), timeout=2):
            pass
    assert offline.guard_active()

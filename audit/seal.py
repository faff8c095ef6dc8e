"""Sealing a payload to the reviewer: AES-256-GCM under a fresh data key, the data
key wrapped with a key agreed by ephemeral-static X25519 and HKDF-SHA256.

The record header is the associated data of both GCM operations, so a sealed
payload cannot be moved under another header (another seq, time or kind).
"""
from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import AuditError
from .format import EPH_LEN, KEY_ID_LEN, NONCE_LEN, WRAPPED_LEN

HKDF_INFO = b"audit-log v1 data-key wrap"
KEY_ID_CONTEXT = b"audit-log v1 key id"
WRAP_NONCE = bytes(12)  # safe: every wrapping key is used exactly once


class UnsealError(AuditError):
    """A payload does not open with this key: wrong key or altered bytes."""


def raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public: X25519PublicKey) -> bytes:
    return hashlib.sha256(KEY_ID_CONTEXT + raw(public)).digest()[:KEY_ID_LEN]


def _kek(shared: bytes, eph: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=eph + recipient, info=HKDF_INFO)
    return hkdf.derive(shared)


def seal(header: bytes, plaintext: bytes, reviewer: X25519PublicKey) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_raw = raw(eph.public_key())
    kek = _kek(eph.exchange(reviewer), eph_raw, raw(reviewer))
    data_key = AESGCM.generate_key(bit_length=256)
    wrapped = AESGCM(kek).encrypt(WRAP_NONCE, data_key, header)
    nonce = os.urandom(NONCE_LEN)
    return eph_raw + wrapped + nonce + AESGCM(data_key).encrypt(nonce, plaintext, header)


def unseal(header: bytes, sealed: bytes, reviewer: X25519PrivateKey) -> bytes:
    eph_raw = sealed[:EPH_LEN]
    wrapped = sealed[EPH_LEN:EPH_LEN + WRAPPED_LEN]
    nonce = sealed[EPH_LEN + WRAPPED_LEN:EPH_LEN + WRAPPED_LEN + NONCE_LEN]
    body = sealed[EPH_LEN + WRAPPED_LEN + NONCE_LEN:]
    try:
        eph = X25519PublicKey.from_public_bytes(eph_raw)
        kek = _kek(reviewer.exchange(eph), eph_raw, raw(reviewer.public_key()))
        data_key = AESGCM(kek).decrypt(WRAP_NONCE, wrapped, header)
        return AESGCM(data_key).decrypt(nonce, body, header)
    except (InvalidTag, ValueError) as exc:
        raise UnsealError(f"payload does not open: {type(exc).__name__}") from None

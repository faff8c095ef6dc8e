"""Key files: the reviewer's X25519 pair, the writer's Ed25519 pair, installation and rotation.

keys_dir on a workstation holds only public reviewer keys:
  reviewer.pub            the current reviewer key (PEM SubjectPublicKeyInfo)
The reviewer's reviewer.key never rests there: it is JSON holding the raw
X25519 private key sealed with AES-256-GCM under a key derived from the
passphrase by scrypt (cryptography's BestAvailableEncryption for PKCS#8
uses far fewer PBKDF2 rounds than a long-lived key deserves).
  reviewer-retired/*.pub  keys it replaced, named by key id
  writer_ed25519.key      the writer's signing key (PEM PKCS#8, mode 0600)
  writer_ed25519.pub      its public half
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from .errors import KeyFileError
from .seal import key_id, raw

REVIEWER_PUB = "reviewer.pub"
REVIEWER_KEY = "reviewer.key"
RETIRED = "reviewer-retired"
WRITER_KEY = "writer_ed25519.key"
WRITER_PUB = "writer_ed25519.pub"
MIN_PASSPHRASE = 8
PRIV_FORMAT = "audit-reviewer-key/1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # about 0.3 s and 128 MiB per unlock


def _kek(pw: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(pw)


def _seal_private(key: X25519PrivateKey, pw: bytes) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    pub = raw(key.public_key())
    secret = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    ct = AESGCM(_kek(pw, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, secret, PRIV_FORMAT.encode() + pub)
    doc = {"format": PRIV_FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
           "salt": salt.hex(), "cipher": "AES-256-GCM", "nonce": nonce.hex(),
           "ciphertext": ct.hex(), "public": pub.hex()}
    return (json.dumps(doc, indent=1) + "\n").encode()


def _pem_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo)


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def generate_reviewer_keys(out_dir: Path, passphrase: bytes | str) -> tuple[Path, Path]:
    """Write reviewer.key (encrypted PKCS#8) and reviewer.pub into out_dir; return both paths."""
    pw = passphrase.encode() if isinstance(passphrase, str) else passphrase
    if len(pw) < MIN_PASSPHRASE:
        raise KeyFileError(f"passphrase too short: at least {MIN_PASSPHRASE} characters")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    priv, pub = out_dir / REVIEWER_KEY, out_dir / REVIEWER_PUB
    for p in (priv, pub):
        if p.exists():
            raise KeyFileError(f"{p}: already exists; refusing to overwrite a key")
    key = X25519PrivateKey.generate()
    _write_new(priv, _seal_private(key, pw), 0o600)
    _write_new(pub, _pem_public(key.public_key()), 0o644)
    return priv, pub


def load_public(path: Path) -> X25519PublicKey:
    try:
        key = ser.load_pem_public_key(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"{path}: cannot read a public key ({type(exc).__name__})") from None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError(f"{path}: not an X25519 reviewer public key")
    return key


def load_private(path: Path, passphrase: bytes | str) -> X25519PrivateKey:
    pw = passphrase.encode() if isinstance(passphrase, str) else passphrase
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        d = json.loads(data)
        if d["format"] != PRIV_FORMAT or d["kdf"] != "scrypt":
            raise ValueError
        salt, nonce, ct, pub = (bytes.fromhex(d[k]) for k in ("salt", "nonce", "ciphertext", "public"))
        kek = _kek(pw, salt, int(d["n"]), int(d["r"]), int(d["p"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise KeyFileError(f"{path}: not an {PRIV_FORMAT} reviewer private key") from None
    try:
        secret = AESGCM(kek).decrypt(nonce, ct, PRIV_FORMAT.encode() + pub)
    except InvalidTag:
        raise KeyFileError(f"{path}: wrong passphrase (or the key file was altered)") from None
    return X25519PrivateKey.from_private_bytes(secret)


def install_reviewer_key(pubkey_path: Path, keys_dir: Path) -> Path:
    """Make pubkey_path the current reviewer key; the one it replaces is kept under reviewer-retired/.

    The writer notices the change before its next append, so the new key
    applies from the next record; earlier records stay sealed to the old key.
    """
    new = load_public(pubkey_path)
    keys_dir = Path(keys_dir)
    keys_dir.mkdir(parents=True, exist_ok=True)
    current = keys_dir / REVIEWER_PUB
    if current.exists():
        old = load_public(current)
        if key_id(old) == key_id(new):
            return current
        retired = keys_dir / RETIRED
        retired.mkdir(exist_ok=True)
        shutil.copyfile(current, retired / f"{key_id(old).hex()}.pub")
    tmp = keys_dir / (REVIEWER_PUB + ".tmp")
    tmp.write_bytes(_pem_public(new))
    os.replace(tmp, current)  # atomic: a writer never reads half a key
    return current


def load_or_create_writer(keys_dir: Path) -> Ed25519PrivateKey:
    path = Path(keys_dir) / WRITER_KEY
    if path.exists():
        try:
            key = ser.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError):
            raise KeyFileError(f"{path}: not a readable writer key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError(f"{path}: not an Ed25519 writer key")
        return key
    Path(keys_dir).mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, ser.NoEncryption())
    _write_new(path, pem, 0o600)
    pub = Path(keys_dir) / WRITER_PUB
    pub.unlink(missing_ok=True)
    _write_new(pub, _pem_public(key.public_key()), 0o644)
    return key


def load_writer_public(keys_dir: Path) -> Ed25519PublicKey | None:
    path = Path(keys_dir) / WRITER_PUB
    if not path.exists():
        return None
    try:
        key = ser.load_pem_public_key(path.read_bytes())
    except ValueError:
        raise KeyFileError(f"{path}: not a readable writer public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(f"{path}: not an Ed25519 writer public key")
    return key

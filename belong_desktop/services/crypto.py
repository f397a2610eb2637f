"""age encryption for session bundles: keys in and out, encrypt, decrypt, and a look
inside an age file without any key.

Everything here works on bytes in memory through pyrage (the counsellor's export never
writes plaintext to disk; the ministry's merge decrypts into memory). Keys come from files
written by ``ministry keygen`` or the standard ``age-keygen``; a key that is not what was
asked for (an identity where the recipient belongs, an SSH or PGP key, an empty file) is
refused with a ``KeyFormatError`` that names the format expected and never quotes any
part of the key, so the message is safe to paste into a support request. A file that
cannot be decrypted raises ``BundleUnreadable`` with a plain reason and a stable code.
No Qt; runs on whichever thread calls it (the export's task thread, the CLI's main thread).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import logging
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from pyrage import x25519

from belong_desktop.core.errors import BelongError
from belong_desktop.core.kit import recipient_problem

log = logging.getLogger(__name__)

RECIPIENT_FORMAT = "an age X25519 recipient starting with age1…"
IDENTITY_FORMAT = "an age identity file whose key line starts with AGE-SECRET-KEY-1…"
#: A key file is a few hundred bytes; anything much larger is not one.
MAX_KEY_FILE_BYTES = 64 * 1024

_VERSION_LINE = b"age-encryption.org/v1\n"
_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
_ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_NONCE_BYTES = 16
_TAG_BYTES = 16
#: age's STREAM: the payload is 64 KiB chunks of plaintext, each with a 16-byte tag.
CHUNK_BYTES = 64 * 1024 + _TAG_BYTES
_MAX_HEADER_BYTES = 64 * 1024
_B64_LINE = 64
_B64_CHARS = re.compile(rb"^[A-Za-z0-9+/]*$")
_SECRET_PREFIX = "AGE-SECRET-KEY-1"
_SSH_PRIVATE = re.compile(r"-----BEGIN (OPENSSH|RSA|DSA|EC) PRIVATE KEY-----")
_SSH_PUBLIC = re.compile(r"^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-\S+|sk-\S+)\s", re.MULTILINE)
#: Long runs of key-like characters: text with one of these is never quoted in a message.
_KEYISH = re.compile(r"[A-Za-z0-9+=]{40,}")


class KeyFormatError(BelongError):
    """A key file or value that is not the key asked for; never quotes the key. The code
    is always ``bad_key``; ``params`` say which key was ``expected`` (recipient or
    identity) and, where known, what was ``found`` or the ``problem`` (no_file,
    unreadable)."""

    default_code = "bad_key"


class BundleUnreadable(BelongError):
    """An age file that cannot be read; ``str()`` is a plain reason, ``code`` says which:
    ``not_age`` (not an age file, or a plain zip), ``age_truncated``, ``age_not_x25519``
    (made for a passphrase or another kind of key), ``age_wrong_key`` (no identity given
    opens it), ``age_damaged`` (changed or damaged after it was made)."""

    default_code = "age_damaged"


@dataclass(frozen=True)
class AgeHeader:
    """What can be known about an age file without its key."""

    stanza_types: tuple[str, ...]
    header_bytes: int
    payload_bytes: int
    chunks: int
    plaintext_bytes: int
    armored: bool = False

    @property
    def x25519_stanzas(self) -> int:
        return self.stanza_types.count("X25519")


# -- keys ------------------------------------------------------------------------------


def generate_identity(now: datetime | None = None) -> tuple[str, str]:
    """A new X25519 identity as the text of an identity file (the comments age-keygen
    writes, plus a warning never to share it) and its recipient."""
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    created = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = (
        f"# created: {created}\n"
        f"# public key: {recipient}\n"
        "# SECRET: this file opens every session bundle of the trial.\n"
        "# Never share it, never send it by e-mail or chat, never paste it anywhere.\n"
        "# Keep it and one backup on encrypted storage: without it no bundle can be opened.\n"
        f"{identity}\n"
    )
    return text, recipient


def identity_recipient(identity: x25519.Identity) -> str:
    """The recipient (public key) that belongs to an identity."""
    return str(identity.to_public())


def parse_recipient(text: str) -> str:
    """The one age X25519 recipient in ``text`` (a value or a recipients file's text;
    ``#`` comments, blank lines, a BOM and Windows line ends are fine)."""
    text = _normal_text(text)
    _refuse_foreign_key(text, wanted="recipient")
    if _SECRET_PREFIX in text.upper():
        raise KeyFormatError(
            "this is an age identity (the secret key), not a recipient: give the public key, "
            f"{RECIPIENT_FORMAT} (`age-keygen -y IDENTITY` prints it; it is also the "
            "identity file's '# public key:' line), and keep the identity to yourself",
            expected="recipient",
            found="identity",
        )
    lines = _key_lines(text)
    if not lines:
        raise KeyFormatError(
            f"the recipient is empty: expected {RECIPIENT_FORMAT}", expected="recipient"
        )
    if len(lines) > 1:
        raise KeyFormatError(
            f"it holds {len(lines)} lines that could be keys: expected one, {RECIPIENT_FORMAT}",
            expected="recipient",
        )
    value = lines[0]
    problem = recipient_problem(value)
    if problem is None:
        try:
            x25519.Recipient.from_str(value)
        except pyrage.RecipientError:
            problem = "pyrage cannot read it"
    if problem is not None:
        raise KeyFormatError(
            f"not a usable recipient ({problem}): expected {RECIPIENT_FORMAT}",
            expected="recipient",
        )
    return value


def load_recipient(value: str) -> str:
    """A recipient given as ``age1…`` itself or as the path of a file holding one."""
    stripped = value.strip()
    if (
        stripped.startswith("age1")
        or _SECRET_PREFIX in stripped.upper()
        or _SSH_PUBLIC.match(stripped + " ")
    ):
        return parse_recipient(stripped)
    path = Path(stripped).expanduser()
    if path.is_file():
        return parse_recipient(_read_key_file(path, wanted="recipient"))
    shown = "it" if _KEYISH.search(stripped) or len(stripped) > 200 else repr(stripped)
    raise KeyFormatError(
        f"{shown} is not a recipient file, nor {RECIPIENT_FORMAT}",
        expected="recipient",
    )


def load_identities(path: Path) -> list[x25519.Identity]:
    """The X25519 identities in an identity file (one or more ``AGE-SECRET-KEY-1…`` lines,
    ``#`` comments; a BOM and Windows line ends are fine), as age-keygen writes them."""
    if not path.is_file():
        raise KeyFormatError(
            f"there is no identity file {path}: expected {IDENTITY_FORMAT}",
            problem="no_file",
            expected="identity",
        )
    text = _normal_text(_read_key_file(path, wanted="identity"))
    _refuse_foreign_key(text, wanted="identity")
    lines = _key_lines(text)
    if not lines:
        raise KeyFormatError(
            f"the identity file {path.name} holds no key: expected {IDENTITY_FORMAT}",
            expected="identity",
        )
    identities: list[x25519.Identity] = []
    for number, line in _numbered_key_lines(text):
        if line.startswith("age1"):
            raise KeyFormatError(
                f"{path.name} holds a recipient (the public key), not the identity: give the "
                f"identity file, {IDENTITY_FORMAT}",
                expected="identity",
                found="recipient",
            )
        if line.upper().startswith("AGE-PLUGIN-"):
            raise KeyFormatError(
                f"line {number} of {path.name} is a plugin identity (a hardware key), which "
                f"belong-desktop cannot use: expected {IDENTITY_FORMAT}",
                expected="identity",
            )
        if not line.startswith(_SECRET_PREFIX):
            raise KeyFormatError(
                f"line {number} of {path.name} is not an age identity: expected {IDENTITY_FORMAT}",
                expected="identity",
            )
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError:
            raise KeyFormatError(
                f"the key on line {number} of {path.name} is damaged (a character was "
                f"changed or is missing): expected {IDENTITY_FORMAT}",
                expected="identity",
            ) from None
    _warn_if_readable_by_others(path)
    return identities


def _normal_text(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _key_lines(text: str) -> list[str]:
    return [line for _, line in _numbered_key_lines(text)]


def _numbered_key_lines(text: str) -> list[tuple[int, str]]:
    lines = enumerate(text.split("\n"), start=1)
    return [(n, s.strip()) for n, s in lines if s.strip() and not s.strip().startswith("#")]


def _read_key_file(path: Path, *, wanted: str) -> str:
    expected = RECIPIENT_FORMAT if wanted == "recipient" else IDENTITY_FORMAT
    try:
        with path.open("rb") as file:
            data = file.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFormatError(
            f"cannot read {path} ({exc.strerror or type(exc).__name__})",
            problem="unreadable",
            expected=wanted,
        ) from None
    if data.startswith(_VERSION_LINE[:19]) or data.lstrip().startswith(_ARMOR_BEGIN):
        raise KeyFormatError(
            f"{path.name} is an age-encrypted file (a bundle, or a key protected with a "
            f"passphrase), not a key: expected {expected}",
            expected=wanted,
            found="age_file",
        )
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFormatError(
            f"{path.name} is far too large to be a key file: expected {expected}",
            expected=wanted,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KeyFormatError(
            f"{path.name} is not a text file: expected {expected}", expected=wanted
        ) from None


def _refuse_foreign_key(text: str, *, wanted: str) -> None:
    """SSH and PGP keys, the classic wrong files, named as what they are."""
    expected = RECIPIENT_FORMAT if wanted == "recipient" else IDENTITY_FORMAT
    kind = None
    if "-----BEGIN PGP" in text:
        kind = "a PGP key"
    elif _SSH_PRIVATE.search(text) or _SSH_PUBLIC.search(text):
        kind = "an SSH key"
    elif "PuTTY-User-Key-File" in text:
        kind = "a PuTTY key"
    if kind is not None:
        raise KeyFormatError(
            f"this is {kind}; belong-desktop needs {expected}", expected=wanted, found=kind
        )


def _warn_if_readable_by_others(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        log.warning("the identity file %s can be read by other users of this computer", path)


# -- encrypt and decrypt ---------------------------------------------------------------


def encrypt(plaintext: bytes, recipient: str) -> bytes:
    """``plaintext`` as a binary age file for one X25519 recipient."""
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(parse_recipient(recipient))])


def decrypt(data: bytes, identities: Sequence[x25519.Identity]) -> bytes:
    """The plaintext of an age file; ``BundleUnreadable`` with a plain reason when it is
    not an age file, is cut short, is for another key, or was changed after it was made."""
    if not identities:
        raise KeyFormatError(f"no identity given: expected {IDENTITY_FORMAT}")
    header = inspect(data)  # the reasons that need no key, named precisely
    try:
        return pyrage.decrypt(data, list(identities))
    except pyrage.DecryptError as exc:
        detail = str(exc).lower()
    if "decryption error" in detail:
        raise _payload_failure(data, identities, header)
    raise _decrypt_failure(detail)


def _decrypt_failure(detail: str) -> BundleUnreadable:
    """pyrage's reason in plain words (its messages are age's, stable within pyrage 1.x)."""
    if "no matching keys" in detail:
        return BundleUnreadable(
            "none of the given identities opens it: it was encrypted for another key (or "
            "its header was changed)",
            code="age_wrong_key",
        )
    if "truncated" in detail or "fill whole buffer" in detail:
        return BundleUnreadable(
            "it is cut short (truncated): copy the file again from its source",
            code="age_truncated",
        )
    if "header mac" in detail:
        return BundleUnreadable(
            "its header was changed or damaged after it was made (the header's check failed)",
            code="age_damaged",
        )
    return BundleUnreadable("it cannot be decrypted: it is damaged", code="age_damaged")


def _payload_failure(
    data: bytes, identities: Sequence[x25519.Identity], header: AgeHeader
) -> BundleUnreadable:
    """Which 64 KiB part failed its check, found by decrypting again as a stream (only
    after a failure): the last part failing is what a cut-off copy looks like; an earlier
    one means the file was changed or damaged."""
    out = io.BytesIO()
    with contextlib.suppress(OSError, pyrage.DecryptError):
        pyrage.decrypt_io(io.BytesIO(data), out, list(identities))
    part = out.tell() // (CHUNK_BYTES - _TAG_BYTES)
    out.close()
    if part + 1 >= header.chunks:
        return BundleUnreadable(
            "it is cut short, or it was damaged or changed after it was made (the check of "
            "its last part failed): copy the file again from its source",
            code="age_damaged",
            part=part + 1,
            parts=header.chunks,
        )
    return BundleUnreadable(
        f"it was damaged or changed after it was made (the check of part {part + 1} of "
        f"{header.chunks} failed)",
        code="age_damaged",
        part=part + 1,
        parts=header.chunks,
    )


# -- looking inside without a key ------------------------------------------------------


def inspect(data: bytes) -> AgeHeader:
    """Check an age file as far as possible without its key: the age v1 header, complete
    and well formed, with an X25519 stanza, and a payload long enough for age's STREAM
    (a nonce, then 64 KiB chunks that each end in a 16-byte tag). ``BundleUnreadable``
    with a plain reason otherwise.

    What this cannot see: age stores no length, so a file cut inside its content looks
    like a shorter complete file unless fewer than 16 bytes of a chunk are left. A cut in
    the header is always caught here; a cut in the content only by ``decrypt``."""
    armored = data.lstrip().startswith(_ARMOR_BEGIN)
    if armored:
        data = _dearmor(data)
    if not data.startswith(_VERSION_LINE):
        raise _not_age(data)
    types: list[str] = []
    pos = len(_VERSION_LINE)
    while True:
        line, pos = _header_line(data, pos)
        if line.startswith(b"--- "):
            if len(line) != 47 or not _B64_CHARS.match(line[4:]):
                raise BundleUnreadable("its age header is damaged (the MAC line)")
            break
        if not line.startswith(b"-> ") or len(line) < 4:
            raise BundleUnreadable("its age header is damaged (an unexpected line)")
        args = line[3:].split(b" ")
        if any(not a for a in args):
            raise BundleUnreadable("its age header is damaged (a stanza's arguments)")
        types.append(args[0].decode("ascii", "replace"))
        while True:  # the stanza's body: full 64-column lines, then one shorter line
            body, pos = _header_line(data, pos)
            if len(body) > _B64_LINE or not _B64_CHARS.match(body):
                raise BundleUnreadable("its age header is damaged (a stanza's body)")
            if len(body) < _B64_LINE:
                break
    header_bytes = pos
    header = _payload_shape(len(data) - header_bytes, header_bytes, tuple(types), armored)
    if "scrypt" in types:
        raise BundleUnreadable(
            "it was encrypted with a passphrase, not for an age X25519 recipient: it is not "
            "a session bundle",
            code="age_not_x25519",
        )
    if not header.x25519_stanzas:
        known = [t for t in types if t in {"ssh-ed25519", "ssh-rsa", "piv-p256"}]
        kind = known[0] if known else "another kind of key"
        raise BundleUnreadable(
            f"it was encrypted for {kind}, not for an age X25519 recipient",
            code="age_not_x25519",
        )
    return header


def _not_age(data: bytes) -> BundleUnreadable:
    if not data:
        return BundleUnreadable("the file is empty", code="not_age")
    if data.startswith(b"age-encryption.org/"):
        return BundleUnreadable(
            "it is an age file of a version this program does not read", code="not_age"
        )
    if data.startswith(b"PK\x03\x04"):
        return BundleUnreadable(
            "it is a plain zip file, not an encrypted bundle: it was not encrypted, and "
            "nobody should be sending it",
            code="not_age",
        )
    return BundleUnreadable("it is not an age-encrypted file", code="not_age")


def _header_line(data: bytes, pos: int) -> tuple[bytes, int]:
    end = data.find(b"\n", pos, pos + _MAX_HEADER_BYTES)
    if end < 0:
        if len(data) - pos < _MAX_HEADER_BYTES:
            raise BundleUnreadable(
                "it is cut short inside its age header (truncated)", code="age_truncated"
            )
        raise BundleUnreadable("its age header is damaged (a line too long)")
    return data[pos:end], end + 1


def _payload_shape(
    payload: int, header_bytes: int, types: tuple[str, ...], armored: bool
) -> AgeHeader:
    """The STREAM's shape from the payload's length: a 16-byte nonce, then chunks of at
    most 64 KiB + 16; every chunk but the last is full, and only an empty file has an
    empty last chunk."""
    if payload < _NONCE_BYTES + _TAG_BYTES:
        where = "after its header" if payload == 0 else "at the start of its content"
        raise BundleUnreadable(f"it is cut short {where} (truncated)", code="age_truncated")
    stream = payload - _NONCE_BYTES
    chunks = -(-stream // CHUNK_BYTES)
    last = stream - (chunks - 1) * CHUNK_BYTES
    if last < _TAG_BYTES or (last == _TAG_BYTES and chunks > 1):
        raise BundleUnreadable(
            "it is cut short (truncated): its length does not fit age's chunks",
            code="age_truncated",
        )
    return AgeHeader(
        stanza_types=types,
        header_bytes=header_bytes,
        payload_bytes=payload,
        chunks=chunks,
        plaintext_bytes=stream - chunks * _TAG_BYTES,
        armored=armored,
    )


def _dearmor(data: bytes) -> bytes:
    text = data.strip().replace(b"\r\n", b"\n")
    if not text.endswith(_ARMOR_END):
        raise BundleUnreadable(
            "it is cut short (truncated): its armor has no END line", code="age_truncated"
        )
    body = b"".join(text[len(_ARMOR_BEGIN) : -len(_ARMOR_END)].split())
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise BundleUnreadable("its armored text is damaged") from None

"""age keys, encryption and the keyless look inside, against the real ``age`` CLI.

Every round trip goes through real files in both directions: identities from
``age-keygen`` open our files, ours open with ``age -d``, and ``age -r`` output opens
with our decrypt. Broken files are made by cutting and flipping bytes of real ones.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pyrage
import pytest

from belong_desktop.core.kit import recipient_fingerprint
from belong_desktop.services import crypto
from belong_desktop.services.crypto import (
    CHUNK_BYTES,
    IDENTITY_FORMAT,
    RECIPIENT_FORMAT,
    BundleUnreadable,
    KeyFormatError,
)

pytestmark = pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is missing")


def run(*args: str, data: bytes = b"") -> bytes:
    done = subprocess.run(args, input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def age_keygen(path: Path) -> str:
    """A real age-keygen identity file; its recipient."""
    run("age-keygen", "-o", str(path))
    return run("age-keygen", "-y", str(path)).decode().strip()


def secret_of(path: Path) -> str:
    return next(
        line for line in path.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-1")
    )


def assert_no_key_material(text: str, secret: str) -> None:
    """No 8 characters in a row of the secret's key part appear in ``text``."""
    body = secret.removeprefix("AGE-SECRET-KEY-1")
    for start in range(len(body) - 7):
        assert body[start : start + 8] not in text, "a piece of the secret key leaked"
        assert body[start : start + 8].lower() not in text.lower()


@pytest.fixture
def keygen_identity(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "ministry.key"
    return path, age_keygen(path)


# -- keys: ours and age-keygen's -------------------------------------------------------


def test_our_identity_file_reads_like_age_keygen_and_warns_never_to_share(tmp_path: Path) -> None:
    text, recipient = crypto.generate_identity()
    lines = text.splitlines()
    assert lines[0].startswith("# created: ")
    assert lines[1] == f"# public key: {recipient}"
    assert any("never send it by e-mail" in line for line in lines)
    assert lines[-1].startswith("AGE-SECRET-KEY-1")
    path = tmp_path / "ours.key"
    path.write_text(text)
    assert run("age-keygen", "-y", str(path)).decode().strip() == recipient
    assert crypto.identity_recipient(crypto.load_identities(path)[0]) == recipient


def test_two_identities_differ() -> None:
    assert crypto.generate_identity()[1] != crypto.generate_identity()[1]


def test_an_age_keygen_identity_loads_and_knows_its_recipient(
    keygen_identity: tuple[Path, str],
) -> None:
    path, recipient = keygen_identity
    identities = crypto.load_identities(path)
    assert [crypto.identity_recipient(i) for i in identities] == [recipient]


def test_an_identity_file_with_a_bom_and_windows_line_ends_just_works(
    keygen_identity: tuple[Path, str], tmp_path: Path
) -> None:
    path, recipient = keygen_identity
    windows = tmp_path / "windows.key"
    windows.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    data = crypto.encrypt(b"hej", recipient)
    assert crypto.decrypt(data, crypto.load_identities(windows)) == b"hej"


def test_an_identity_file_with_several_keys_opens_files_for_any_of_them(tmp_path: Path) -> None:
    first, second = tmp_path / "a.key", tmp_path / "b.key"
    recipient_a, recipient_b = age_keygen(first), age_keygen(second)
    both = tmp_path / "both.key"
    both.write_text(first.read_text() + "\n" + second.read_text())
    identities = crypto.load_identities(both)
    assert len(identities) == 2
    for recipient in (recipient_a, recipient_b):
        assert crypto.decrypt(crypto.encrypt(b"x", recipient), identities) == b"x"


def test_a_recipient_is_read_from_a_value_or_a_file_with_comments(tmp_path: Path) -> None:
    _, recipient = crypto.generate_identity()
    assert crypto.load_recipient(f"  {recipient}\n") == recipient
    file = tmp_path / "recipient.txt"
    file.write_bytes(f"\ufeff# UFM trial 2027\r\n\r\n{recipient}\r\n".encode())
    assert crypto.load_recipient(str(file)) == recipient
    assert crypto.parse_recipient(file.read_text(encoding="utf-8")) == recipient


# -- round trips with the real age CLI --------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 1000, 64 * 1024, 64 * 1024 + 1, 300_000])
def test_our_file_opens_with_age_and_ages_file_opens_with_ours(
    keygen_identity: tuple[Path, str], tmp_path: Path, size: int
) -> None:
    path, recipient = keygen_identity
    plaintext = os.urandom(size)
    ours = tmp_path / "ours.age"
    ours.write_bytes(crypto.encrypt(plaintext, recipient))
    assert run("age", "-d", "-i", str(path), str(ours)) == plaintext

    theirs = tmp_path / "theirs.age"
    run("age", "-r", recipient, "-o", str(theirs), data=plaintext)
    data = theirs.read_bytes()
    header = crypto.inspect(data)
    assert header.plaintext_bytes == size
    assert header.x25519_stanzas == 1
    assert header.chunks == max(1, -(-size // (64 * 1024)))
    assert crypto.decrypt(data, crypto.load_identities(path)) == plaintext


def test_our_identity_opens_with_age_d(tmp_path: Path) -> None:
    text, recipient = crypto.generate_identity()
    key = tmp_path / "ours.key"
    key.write_text(text)
    sealed = tmp_path / "x.age"
    run("age", "-r", recipient, "-o", str(sealed), data=b"Hej fra UFM")
    assert run("age", "-d", "-i", str(key), str(sealed)) == b"Hej fra UFM"
    sealed.write_bytes(crypto.encrypt(b"and back", recipient))
    assert run("age", "-d", "-i", str(key), str(sealed)) == b"and back"


def test_an_armored_age_file_is_inspected_and_decrypted(
    keygen_identity: tuple[Path, str],
) -> None:
    path, recipient = keygen_identity
    armored = run("age", "-a", "-r", recipient, data=b"armored")
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert crypto.inspect(armored).armored
    assert crypto.decrypt(armored, crypto.load_identities(path)) == b"armored"
    with pytest.raises(BundleUnreadable) as caught:
        crypto.inspect(armored[: len(armored) // 2])
    assert caught.value.code == "age_truncated"


def test_a_file_for_two_recipients_opens_with_either(tmp_path: Path) -> None:
    a, b = tmp_path / "a.key", tmp_path / "b.key"
    ra, rb = age_keygen(a), age_keygen(b)
    data = run("age", "-r", ra, "-r", rb, data=b"two")
    assert crypto.inspect(data).x25519_stanzas == 2
    assert crypto.decrypt(data, crypto.load_identities(b)) == b"two"


# -- what cannot be read, and why ----------------------------------------------------------


@pytest.fixture
def sealed(keygen_identity: tuple[Path, str]) -> tuple[bytes, list[pyrage.x25519.Identity]]:
    """A 200 kB age file (four chunks) made by the age CLI, and the identities for it."""
    path, recipient = keygen_identity
    data = run("age", "-r", recipient, data=os.urandom(200_000))
    return data, crypto.load_identities(path)


def reason(data: bytes, identities: list[pyrage.x25519.Identity] | None = None) -> str:
    with pytest.raises(BundleUnreadable) as caught:
        if identities is None:
            crypto.inspect(data)
        else:
            crypto.decrypt(data, identities)
    return caught.value.code


def test_a_file_cut_in_its_header_is_truncated_even_without_a_key(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]],
) -> None:
    data, identities = sealed
    header = crypto.inspect(data)
    for cut in range(22, header.header_bytes + 32):  # into the nonce and the first tag
        assert reason(data[:cut]) == "age_truncated", cut
        assert reason(data[:cut], identities) == "age_truncated", cut


def test_a_file_cut_in_its_content_is_caught_when_decrypting(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]],
) -> None:
    """age stores no length: without the key a cut inside a chunk looks like a shorter
    file (unless under 16 bytes of the chunk are left); with it, every cut is caught."""
    data, identities = sealed
    header = crypto.inspect(data)
    start = header.header_bytes + 32
    for cut in [*range(start, len(data), 997), len(data) - 1]:
        cut_data = data[:cut]
        last = (cut - header.header_bytes - 16) % CHUNK_BYTES
        if 0 < last < 16:
            assert reason(cut_data) == "age_truncated", cut
        with pytest.raises(BundleUnreadable) as caught:
            crypto.decrypt(cut_data, identities)
        assert "cut short" in str(caught.value), cut


def test_a_cut_at_a_chunk_boundary_passes_inspect_but_not_decrypt(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]],
) -> None:
    data, identities = sealed
    header = crypto.inspect(data)
    cut = data[: header.header_bytes + 16 + CHUNK_BYTES * 2]
    assert crypto.inspect(cut).chunks == 2
    assert reason(cut, identities) == "age_truncated"


def test_a_file_for_another_key_says_so(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]], tmp_path: Path
) -> None:
    data, _ = sealed
    other = tmp_path / "other.key"
    age_keygen(other)
    with pytest.raises(BundleUnreadable) as caught:
        crypto.decrypt(data, crypto.load_identities(other))
    assert caught.value.code == "age_wrong_key"
    assert "another key" in str(caught.value)


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_tampering_anywhere_is_caught(sealed: tuple[bytes, list[pyrage.x25519.Identity]]) -> None:
    data, identities = sealed
    header = crypto.inspect(data)
    mac_at = data.index(b"\n--- ") + 6
    assert reason(flip(data, mac_at), identities) == "age_damaged"  # the header MAC
    for at in (header.header_bytes + 3, header.header_bytes + 100, len(data) - 1):
        assert reason(flip(data, at), identities) == "age_damaged"  # nonce, chunks, last tag
    stanza_body = data.index(b"\n", 30) + 5  # inside the X25519 stanza's body
    # another base64 letter (a flipped bit may make a character that is not base64 at all,
    # which is damage, not a key that does not fit: that depends on the random key)
    other = b"B" if data[stanza_body : stanza_body + 1] == b"A" else b"A"
    changed = data[:stanza_body] + other + data[stanza_body + 1 :]
    assert reason(changed, identities) == "age_wrong_key"
    assert reason(data + b"\0", identities) == "age_damaged"  # bytes added at the end


def test_a_change_in_the_middle_names_the_part_that_failed(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]],
) -> None:
    data, identities = sealed
    header = crypto.inspect(data)
    at = header.header_bytes + 16 + CHUNK_BYTES + 500  # inside the second of four parts
    with pytest.raises(BundleUnreadable) as caught:
        crypto.decrypt(flip(data, at), identities)
    assert str(caught.value) == (
        "it was damaged or changed after it was made (the check of part 2 of 4 failed)"
    )
    assert caught.value.code == "age_damaged"


def test_a_damaged_header_is_named_without_a_key(
    sealed: tuple[bytes, list[pyrage.x25519.Identity]],
) -> None:
    data, _ = sealed
    assert reason(data.replace(b"--- ", b"-- -", 1)) == "age_damaged"
    assert reason(data.replace(b"-> X25519 ", b"->X25519 ", 1)) == "age_damaged"
    assert reason(data.replace(b"-> X25519 ", b"-> X25519  ", 1)) == "age_damaged"
    body = data.index(b"\n", 30) + 1
    assert reason(data[:body] + b"!" + data[body + 1 :]) == "age_damaged"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"PK\x03\x04rest of a zip", "plain zip file"),
        (b"hello, this is a text file\n", "not an age-encrypted file"),
        (b"age-encryption.org/v2\n-> X 1\n", "version"),
        (os.urandom(500), "not an age-encrypted file"),
    ],
)
def test_what_is_not_an_age_file_is_named(data: bytes, words: str) -> None:
    with pytest.raises(BundleUnreadable) as caught:
        crypto.inspect(data)
    assert caught.value.code == "not_age"
    assert words in str(caught.value)


def test_a_passphrase_file_is_not_a_bundle() -> None:
    data = pyrage.passphrase.encrypt(b"x", "correct horse")
    with pytest.raises(BundleUnreadable) as caught:
        crypto.inspect(data)
    assert caught.value.code == "age_not_x25519"
    assert "passphrase" in str(caught.value)


def test_a_file_for_an_ssh_key_is_not_a_bundle(tmp_path: Path) -> None:
    key = tmp_path / "id_ed25519"
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key))
    data = run("age", "-R", f"{key}.pub", data=b"x")
    with pytest.raises(BundleUnreadable) as caught:
        crypto.inspect(data)
    assert caught.value.code == "age_not_x25519"
    assert "ssh-ed25519" in str(caught.value)


# -- wrong key formats: named, never echoed ------------------------------------------------


@pytest.fixture
def ssh_key(tmp_path: Path) -> Path:
    key = tmp_path / "id_ed25519"
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key))
    return key


PGP_KEY = (
    "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ0000BYJKwYBBAHaRw8BAQdAq1f3QkS0Vb9N\n"
    "=AbCd\n-----END PGP PUBLIC KEY BLOCK-----\n"
)


def test_an_identity_given_as_recipient_is_refused_without_echoing_it(
    keygen_identity: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    path, _ = keygen_identity
    secret = secret_of(path)
    caplog.set_level(logging.DEBUG)
    messages = []
    for attempt in (
        lambda: crypto.load_recipient(str(path)),
        lambda: crypto.load_recipient(secret),
        lambda: crypto.parse_recipient(path.read_text()),
        lambda: crypto.encrypt(b"x", secret),
        lambda: crypto.load_recipient(secret.lower()),
        lambda: crypto.load_recipient(secret[:-3]),
    ):
        with pytest.raises(KeyFormatError) as caught:
            attempt()
        assert caught.value.code == "bad_key"
        assert "identity" in str(caught.value) and "age1" in str(caught.value)
        messages.append(str(caught.value))
    assert_no_key_material("\n".join(messages) + caplog.text, secret)


def test_a_recipient_given_as_identity_is_refused(
    keygen_identity: tuple[Path, str], tmp_path: Path
) -> None:
    _, recipient = keygen_identity
    file = tmp_path / "recipient.txt"
    file.write_text(recipient + "\n")
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_identities(file)
    assert "recipient (the public key), not the identity" in str(caught.value)
    assert IDENTITY_FORMAT in str(caught.value)


def test_ssh_keys_are_named_as_ssh_keys_at_every_key_input(ssh_key: Path) -> None:
    public = ssh_key.with_suffix(".pub")
    for attempt in (
        lambda: crypto.load_recipient(str(public)),
        lambda: crypto.load_recipient(public.read_text()),
        lambda: crypto.load_recipient(str(ssh_key)),
        lambda: crypto.load_identities(ssh_key),
        lambda: crypto.load_identities(public),
    ):
        with pytest.raises(KeyFormatError) as caught:
            attempt()
        assert "an SSH key" in str(caught.value)
        private_body = ssh_key.read_text().splitlines()[1]
        assert private_body[10:30] not in str(caught.value)


def test_pgp_keys_are_named(tmp_path: Path) -> None:
    file = tmp_path / "ministry.asc"
    file.write_text(PGP_KEY)
    for attempt in (lambda: crypto.load_recipient(str(file)), lambda: crypto.load_identities(file)):
        with pytest.raises(KeyFormatError) as caught:
            attempt()
        assert "a PGP key" in str(caught.value)
        assert "q1f3QkS0" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "holds no key"),
        (b"\xef\xbb\xbf\r\n  \r\n# only a comment\r\n", "holds no key"),
        (b"\x00\xff\xfe binary", "not a text file"),
        (b"hello\n", "line 1 of ministry.key is not an age identity"),
        (b"AGE-PLUGIN-YUBIKEY-1QQQ\n", "plugin identity"),
        (b"x" * (70 * 1024), "far too large"),
    ],
)
def test_a_file_that_is_not_an_identity_names_the_format(
    tmp_path: Path, content: bytes, words: str
) -> None:
    file = tmp_path / "ministry.key"
    file.write_bytes(content)
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_identities(file)
    assert words in str(caught.value)
    assert IDENTITY_FORMAT in str(caught.value)
    assert caught.value.code == "bad_key" and caught.value.params["expected"] == "identity"


def test_a_damaged_identity_line_is_refused_without_echoing_it(
    keygen_identity: tuple[Path, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path, _ = keygen_identity
    secret = secret_of(path)
    caplog.set_level(logging.DEBUG)
    changed = secret[:30] + ("Q" if secret[30] != "Q" else "P") + secret[31:]
    messages = []
    for bad in (changed, secret[:-1], secret.lower(), secret + "Q"):
        file = tmp_path / "damaged.key"
        file.write_text(f"# created: now\n{bad}\n")
        with pytest.raises(KeyFormatError) as caught:
            crypto.load_identities(file)
        messages.append(str(caught.value))
        assert "line 2" in str(caught.value)
    assert_no_key_material("\n".join(messages) + caplog.text, secret)


def test_a_bundle_given_as_a_key_is_named(
    keygen_identity: tuple[Path, str], tmp_path: Path
) -> None:
    _, recipient = keygen_identity
    bundle = tmp_path / "belong_x.age"
    bundle.write_bytes(crypto.encrypt(b"x", recipient))
    for attempt in (
        lambda: crypto.load_identities(bundle),
        lambda: crypto.load_recipient(str(bundle)),
    ):
        with pytest.raises(KeyFormatError) as caught:
            attempt()
        assert "age-encrypted file" in str(caught.value)


def test_missing_files_and_folders_are_named(tmp_path: Path) -> None:
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_identities(tmp_path / "nope.key")
    assert caught.value.code == "bad_key" and "nope.key" in str(caught.value)
    assert caught.value.params["problem"] == "no_file"
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_identities(tmp_path)
    assert caught.value.code == "bad_key"
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_recipient(str(tmp_path / "recipient.txt"))
    assert "recipient.txt" in str(caught.value) and RECIPIENT_FORMAT in str(caught.value)


@pytest.mark.parametrize(
    "value",
    ["", "   ", "age1", "age1qqqqqqqq", "AGE1QQQ", "# just a comment\n"],
)
def test_bad_recipient_values_name_the_format(value: str) -> None:
    with pytest.raises(KeyFormatError) as caught:
        crypto.parse_recipient(value)
    assert RECIPIENT_FORMAT in str(caught.value)


def test_a_recipient_file_with_two_keys_is_refused(tmp_path: Path) -> None:
    a, b = crypto.generate_identity()[1], crypto.generate_identity()[1]
    with pytest.raises(KeyFormatError) as caught:
        crypto.parse_recipient(f"{a}\n{b}\n")
    assert "2 lines" in str(caught.value)


def test_a_long_unknown_value_is_not_quoted() -> None:
    value = "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy"
    with pytest.raises(KeyFormatError) as caught:
        crypto.load_recipient(value)
    assert value not in str(caught.value)
    assert str(caught.value).startswith("it is not a recipient file")


def test_an_identity_file_others_can_read_is_warned_about_by_name_only(
    keygen_identity: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    path, _ = keygen_identity
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        crypto.load_identities(path)
    assert "can be read by other users" in caplog.text
    assert_no_key_material(caplog.text, secret_of(path))
    caplog.clear()
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    with caplog.at_level(logging.WARNING):
        crypto.load_identities(path)
    assert caplog.text == ""


def test_the_fingerprint_of_our_recipient_is_stable(tmp_path: Path) -> None:
    """The kit's fingerprint is computed from the recipient text the keygen prints."""
    _, recipient = crypto.generate_identity()
    file = tmp_path / "recipient.txt"
    file.write_text(f"{recipient}\n")
    assert recipient_fingerprint(crypto.load_recipient(str(file))) == recipient_fingerprint(
        recipient
    )


def test_decrypt_without_identities_is_refused() -> None:
    with pytest.raises(KeyFormatError):
        crypto.decrypt(b"age-encryption.org/v1\n", [])

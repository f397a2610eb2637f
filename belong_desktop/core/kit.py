"""The trial kit: what the ministry hands every counsellor before the sessions start.

A kit names the trial, the age recipient every bundle is encrypted for (with a short
fingerprint a counsellor reads back to the ministry on the phone), the pack each arm
runs, and the randomised study groups with their arm. This module reads the ministry's
groups spreadsheet (CSV, as Danish Excel writes it), writes the kit as JSON and checks a
kit it is given, naming every problem at once. Pure Python with no third-party imports
(the core cannot use pyrage, so a recipient is checked by its shape and its Bech32
checksum only); runs on whichever thread calls it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from belong_desktop.core.errors import BelongError, InvalidInput
from belong_desktop.core.packs import Arm
from belong_desktop.core.session import check_group_code

if TYPE_CHECKING:
    from _csv import Reader

KIT_FORMAT = "belong-trial-kit"
KIT_FORMAT_VERSION = 1
#: The longest institution or programme name kept: they go into every bundle and Stata file.
MAX_NAME_LENGTH = 120
#: The largest kit or groups file read: a trial of thousands of groups is well under this.
MAX_KIT_BYTES = 5 * 1024 * 1024
_TRIAL_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
#: The words the ministry may write in the arm column (case does not matter). The Danish
#: words are there because the groups sheet is usually made in Danish Excel.
ARM_WORDS: Mapping[str, Arm] = MappingProxyType(
    {
        "treatment": Arm.TREATMENT,
        "intervention": Arm.TREATMENT,
        "behandling": Arm.TREATMENT,
        "indsats": Arm.TREATMENT,
        "control": Arm.CONTROL,
        "kontrol": Arm.CONTROL,
    }
)
#: The groups sheet's columns, with the other headers accepted for each (Danish Excel).
GROUP_COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "group": ("group", "group_code", "gruppe", "hold"),
        "institution": ("institution",),
        "programme": ("programme", "program", "uddannelse"),
        "arm": ("arm",),
    }
)


class KitError(BelongError):
    """A kit or a groups file that cannot be used; ``problems`` lists every reason."""

    default_code = "bad_kit"

    def __init__(self, problems: Sequence[str], *, what: str = "the kit", code: str | None = None):
        self.problems: tuple[str, ...] = tuple(problems)
        if len(self.problems) == 1:
            message = f"{what}: {self.problems[0]}"
        else:
            listed = "\n".join(f"  - {p}" for p in self.problems)
            message = f"{what} has {len(self.problems)} problems:\n{listed}"
        super().__init__(message, code=code, problems=list(self.problems))


@dataclass(frozen=True)
class StudyGroup:
    code: str
    institution: str
    programme: str
    arm: Arm


@dataclass(frozen=True)
class ArmPack:
    pack_id: str
    version: str


@dataclass(frozen=True)
class TrialKit:
    trial_id: str
    recipient: str
    fingerprint: str
    packs: Mapping[Arm, ArmPack]
    groups: tuple[StudyGroup, ...]
    created_at: datetime

    def group(self, code: str) -> StudyGroup | None:
        """The kit's group with this code, compared as a counsellor types it: trimmed and
        without regard to case; None for a code that is not in the kit or not a code."""
        try:
            wanted = check_group_code(code).casefold()
        except InvalidInput:
            return None
        for group in self.groups:
            if group.code.casefold() == wanted:
                return group
        return None


# -- the recipient ---------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
#: An age X25519 recipient: "age1" and 58 Bech32 characters (32 bytes and a checksum).
_RECIPIENT_RE = re.compile(r"^age1[" + _BECH32 + r"]{58}$")


def recipient_fingerprint(recipient: str) -> str:
    """SHA-256 of the recipient, its first 80 bits as 16 Crockford base32 characters in
    four groups (``7G3K-QX2P-M4TZ-9RCA``): short enough to read aloud on the phone, and
    with no I, L, O or U to mishear."""
    digest = hashlib.sha256(recipient.strip().encode("utf-8")).digest()
    bits = int.from_bytes(digest[:10], "big")
    chars = "".join(_CROCKFORD[(bits >> shift) & 31] for shift in range(75, -1, -5))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def recipient_problem(recipient: str) -> str | None:
    """Why this is not an age X25519 recipient, or None when it is one (its shape and its
    Bech32 checksum: a changed or dropped character is caught). Never quotes the value."""
    value = recipient.strip()
    if not value:
        return "the recipient is empty"
    if value.upper().startswith("AGE-SECRET-KEY-"):
        return (
            "this is the secret identity, not the recipient: give the public key starting "
            "with age1… (and keep the identity to yourself)"
        )
    if not value.startswith("age1"):
        return "the recipient must be an age X25519 public key starting with age1…"
    if not _RECIPIENT_RE.match(value):
        return (
            "the recipient is not an age X25519 public key (age1 and 58 more letters and "
            "digits); is it complete?"
        )
    if not _bech32_valid("age", value[4:]):
        return "the recipient's checksum is wrong: a character was changed or mistyped"
    return None


def _bech32_valid(hrp: str, data_part: str) -> bool:
    """BIP 173's checksum over the human-readable part and the data characters."""
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32.index(c) for c in data_part]
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(generator):
            check ^= gen if (top >> i) & 1 else 0
    return check == 1


# -- the groups sheet ------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """A CSV or JSON file's text: UTF-8 (with or without a BOM), else Windows-1252, which
    Danish Excel writes for "CSV (semikolonsepareret)"."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_groups_csv(text: str) -> list[StudyGroup]:
    """The study groups in the ministry's sheet: columns group, institution, programme and
    arm (a header row is required; other columns are ignored; ``;`` or ``,`` between
    cells). ``KitError`` names every problem with its line number."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise KitError(["the file is empty"], what="the groups file", code="bad_groups")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[str] = []
    try:
        header = next(reader)
        where = _header_columns(header, problems)
        groups: list[StudyGroup] = []
        if where is not None:
            groups = _group_rows(reader, where, problems)
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: not a valid CSV row ({exc})")
        groups = []
    if not problems and not groups:
        problems.append("it has a header but no groups")
    if problems:
        raise KitError(problems, what="the groups file", code="bad_groups")
    return groups


def _header_columns(header: list[str], problems: list[str]) -> dict[str, int] | None:
    names = [h.strip().lower() for h in header]
    where: dict[str, int] = {}
    for column, accepted in GROUP_COLUMNS.items():
        found = [i for i, name in enumerate(names) if name in accepted]
        if not found:
            problems.append(
                f"line 1: the column {column!r} is missing (the header must name "
                f"{', '.join(GROUP_COLUMNS)}; found {', '.join(repr(n) for n in names)[:200]})"
            )
        elif len(found) > 1:
            problems.append(f"line 1: the column {column!r} appears {len(found)} times")
        else:
            where[column] = found[0]
    return where if len(where) == len(GROUP_COLUMNS) else None


def _group_rows(reader: Reader, where: Mapping[str, int], problems: list[str]) -> list[StudyGroup]:
    groups: list[StudyGroup] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num  # the row's last physical line (a cell may span lines)
        if not any(cell.strip() for cell in row):
            continue  # blank lines and rows of empty cells (Excel leaves them)
        cells = {c: row[i].strip() if i < len(row) else "" for c, i in where.items()}
        group = _group(cells, problems, f"line {line}")
        key = _code_key(cells["group"])
        if key is not None and key in seen:
            problems.append(
                f"line {line}: group {cells['group']!r} is listed twice (first on line "
                f"{seen[key]}; codes are compared without regard to case)"
            )
            continue
        if key is not None:
            seen[key] = line  # a row with other problems still claims its code
        if group is not None:
            groups.append(group)
    return groups


def _code_key(code: str) -> str | None:
    """The code as duplicates are found: normalised, without regard to case."""
    try:
        return check_group_code(code).casefold()
    except InvalidInput:
        return None


def _group(cells: Mapping[str, str], problems: list[str], where: str) -> StudyGroup | None:
    """One group from its cells, or None after adding every problem it has."""
    before = len(problems)
    code = cells["group"]
    if not code:
        problems.append(f"{where}: the group code is empty")
    else:
        try:
            code = check_group_code(code)
        except InvalidInput as exc:
            problems.append(f"{where}: {exc}")
    institution, programme = cells["institution"], cells["programme"]
    if not institution:
        problems.append(f"{where}: the institution is empty")
    for name, value in (("institution", institution), ("programme", programme)):
        if len(value) > MAX_NAME_LENGTH:
            problems.append(f"{where}: the {name} is longer than {MAX_NAME_LENGTH} characters")
    word = cells["arm"]
    arm = ARM_WORDS.get(word.casefold())
    if arm is None:
        shown = repr(word[:40]) if word else "empty"
        problems.append(f"{where}: unknown arm {shown} (treatment or control)")
    if len(problems) > before or arm is None:
        return None
    return StudyGroup(code, institution, programme, arm)


# -- the kit as JSON -------------------------------------------------------------------


def build_kit(
    trial_id: str,
    recipient: str,
    packs: Mapping[Arm, ArmPack],
    groups: Sequence[StudyGroup],
    created_at: datetime,
) -> TrialKit:
    """A new kit, checked like one read from a file (the fingerprint is computed here)."""
    recipient = recipient.strip()
    kit = TrialKit(
        trial_id=trial_id.strip(),
        recipient=recipient,
        fingerprint=recipient_fingerprint(recipient),
        packs=MappingProxyType(dict(packs)),
        groups=tuple(groups),
        created_at=created_at.astimezone(UTC).replace(microsecond=0),
    )
    return parse_kit(kit_json(kit))


def kit_json(kit: TrialKit) -> str:
    """The kit file: plain JSON a person can read, the groups in their given order."""
    document = {
        "format": KIT_FORMAT,
        "format_version": KIT_FORMAT_VERSION,
        "trial_id": kit.trial_id,
        "created_at": kit.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "recipient": kit.recipient,
        "recipient_fingerprint": kit.fingerprint,
        "packs": {
            arm.value: {"id": kit.packs[arm].pack_id, "version": kit.packs[arm].version}
            for arm in Arm
            if arm in kit.packs
        },
        "groups": [
            {
                "code": g.code,
                "institution": g.institution,
                "programme": g.programme,
                "arm": g.arm.value,
            }
            for g in kit.groups
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def parse_kit(text: str) -> TrialKit:
    """Read and check a kit file; ``KitError`` names every problem in plain words."""
    try:
        document = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        raise KitError(["it is not a trial kit (not JSON)"], code="kit_not_json") from None
    if not isinstance(document, dict) or document.get("format") != KIT_FORMAT:
        raise KitError(["it is not a belong-desktop trial kit"], code="kit_not_kit")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise KitError(["it has no format version"], code="kit_not_kit")
    if version > KIT_FORMAT_VERSION:
        raise KitError(
            [
                f"it is kit format {version}, newer than this program reads "
                f"({KIT_FORMAT_VERSION}): update belong-desktop"
            ],
            code="kit_too_new",
        )
    problems: list[str] = []
    trial_id = _text(document, "trial_id", problems)
    if trial_id and not _TRIAL_ID_RE.match(trial_id):
        problems.append("the trial id must be 1–64 letters, digits, '.', '_' or '-'")
    created_at = _created_at(document, problems)
    recipient = _text(document, "recipient", problems)
    fingerprint = _text(document, "recipient_fingerprint", problems)
    if recipient:
        problem = recipient_problem(recipient)
        if problem is not None:
            problems.append(problem)
        elif fingerprint and fingerprint != recipient_fingerprint(recipient):
            problems.append(
                "the recipient does not match its fingerprint: the kit was changed by hand "
                "(ask the ministry for the kit file again)"
            )
    packs = _packs(document.get("packs"), problems)
    groups = _kit_groups(document.get("groups"), problems)
    if problems:
        raise KitError(problems)
    return TrialKit(
        trial_id=trial_id,
        recipient=recipient,
        fingerprint=fingerprint,
        packs=MappingProxyType(packs),
        groups=tuple(groups),
        created_at=created_at or datetime.fromtimestamp(0, UTC),
    )


def _text(document: Mapping[str, Any], key: str, problems: list[str]) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{key} is missing")
        return ""
    return value.strip()


def _created_at(document: Mapping[str, Any], problems: list[str]) -> datetime | None:
    value = document.get("created_at")
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        problems.append("created_at is missing or not a UTC time")
        return None
    return when.astimezone(UTC)


def _packs(value: object, problems: list[str]) -> dict[Arm, ArmPack]:
    if not isinstance(value, dict):
        problems.append("packs is missing (the pack of each arm)")
        return {}
    packs: dict[Arm, ArmPack] = {}
    for arm in Arm:
        entry = value.get(arm.value)
        pack_id = entry.get("id") if isinstance(entry, dict) else None
        version = entry.get("version") if isinstance(entry, dict) else None
        if not isinstance(pack_id, str) or not pack_id.strip():
            problems.append(f"the {arm.value} arm's pack is missing")
        elif not isinstance(version, str) or not version.strip():
            problems.append(f"the {arm.value} arm's pack has no version")
        else:
            packs[arm] = ArmPack(pack_id.strip(), version.strip())
    unknown = sorted(set(value) - {a.value for a in Arm})
    if unknown:
        problems.append(f"packs names unknown arms: {', '.join(unknown)[:100]}")
    return packs


def _kit_groups(value: object, problems: list[str]) -> list[StudyGroup]:
    if not isinstance(value, list) or not value:
        problems.append("the kit lists no study groups")
        return []
    groups: list[StudyGroup] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(value, start=1):
        where = f"group {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a group")
            continue
        cells = {
            "group": entry.get("code"),
            "institution": entry.get("institution"),
            "programme": entry.get("programme", ""),
            "arm": entry.get("arm"),
        }
        if not all(isinstance(v, str) for v in cells.values()):
            problems.append(f"{where}: code, institution, programme and arm must be text")
            continue
        texts = {k: str(v).strip() for k, v in cells.items()}
        group = _group(texts, problems, where)
        key = _code_key(texts["group"])
        if key is not None and key in seen:
            problems.append(
                f"{where}: group {texts['group']!r} is listed twice (also group {seen[key]})"
            )
            continue
        if key is not None:
            seen[key] = number
        if group is not None:
            groups.append(group)
    return groups

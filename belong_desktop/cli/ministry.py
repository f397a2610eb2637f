"""`ministry keygen | kit | verify | merge | report`: the ministry's side of the trial's data.

The ministry makes the trial's age key once (keygen), hands every counsellor a trial kit
with the public recipient and the randomised groups (kit), checks the bundles that come
back (verify), merges them into tables for analysis (merge) and prints a summary of a
merged folder across institutions and arms (report). No display and no
database are needed. Runs on the main thread. The kit, crypto and merge modules are
imported by the commands that use them, not here: the app's start-up parses this group's
options but never runs it.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from belong_desktop import paths
from belong_desktop.catalogue import LANGUAGES
from belong_desktop.cli.common import EXIT_ERROR, EXIT_OK, CliError, Commands, Invocation
from belong_desktop.core.packs import Arm, Pack
from belong_desktop.services.packs import PackCatalog

if TYPE_CHECKING:
    from belong_desktop.core.kit import ArmPack, TrialKit

IDENTITY_FILE = "ministry.key"
RECIPIENT_FILE = "recipient.txt"
STUDENT_TEXT_WARNING = (
    "These files hold student text: keep them on encrypted storage and share them only as "
    "the trial's data agreement allows."
)


def register(commands: Commands) -> None:
    ministry = commands.group(
        "ministry",
        help="the ministry's side: trial key, trial kit, verify and merge bundles, summary",
    )
    p = ministry.add("keygen", _keygen, help="make the trial's age identity and recipient")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write to")

    p = ministry.add("kit", _kit, help="make the trial kit the counsellors import")
    p.add_argument("--trial", required=True, metavar="ID", help="the trial id, e.g. UFM-2027")
    p.add_argument(
        "--groups",
        type=Path,
        required=True,
        metavar="GROUPS.csv",
        help="the randomised groups: columns group, institution, programme, arm",
    )
    p.add_argument(
        "--recipient", required=True, metavar="RECIPIENT|FILE", help="age1… or recipient.txt"
    )
    p.add_argument("--out", type=Path, required=True, metavar="KIT", help="the kit file to write")
    for arm in Arm:
        p.add_argument(
            f"--{arm.value}-pack",
            metavar="ID",
            help=f"the {arm.value} arm's pack (default: the built-in {arm.value} pack)",
        )
    p.add_argument("--force", action="store_true", help="replace an existing kit file")

    p = ministry.add("verify", _verify, help="check bundles (fully with --identity)")
    p.add_argument("--identity", type=Path, metavar="KEY", help="the identity file")
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE|DIR")

    p = ministry.add("merge", _merge, help="decrypt bundles and merge them into tables")
    p.add_argument("--identity", type=Path, required=True, metavar="KEY", help="identity file")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="new folder to write")
    p.add_argument("--force", action="store_true", help="replace an earlier merge in --out")
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE|DIR")

    p = ministry.add("report", _report, help="print a summary PDF of a merged folder")
    p.add_argument(
        "--in",
        dest="merged",
        type=Path,
        required=True,
        metavar="MERGED_DIR",
        help="the folder `ministry merge --out` wrote",
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF to write")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default="da",
        help="the summary's language: da, en, nb or nl (default: da)",
    )


# -- keygen --------------------------------------------------------------------------------


def _keygen(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.core.kit import recipient_fingerprint
    from belong_desktop.services import crypto

    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CliError(f"{out} is a file, not a folder")
    identity_path, recipient_path = out / IDENTITY_FILE, out / RECIPIENT_FILE
    for path in (identity_path, recipient_path):
        if path.exists():
            raise CliError(
                f"{path} already exists: a trial key is never overwritten (bundles made for "
                "it could not be opened any more). Choose another folder."
            )
    text, recipient = crypto.generate_identity()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    _write_new(identity_path, text, 0o600)
    _write_new(recipient_path, f"# belong-desktop trial recipient (public)\n{recipient}\n", 0o644)
    print(
        f"Wrote the identity to {identity_path} (only you can read it).\n"
        "  It is SECRET: never send it by e-mail or chat; keep it and one backup on\n"
        "  encrypted storage. Without it no bundle of the trial can be opened.\n"
        f"Wrote the recipient to {recipient_path}: it goes into the trial kit "
        "(`belong-desktop ministry kit`).\n"
        f"recipient:   {recipient}\n"
        f"fingerprint: {recipient_fingerprint(recipient)}  (counsellors read this back to you)",
        file=run.out,
    )
    return EXIT_OK


def _write_new(path: Path, text: str, mode: int) -> None:
    """Create ``path`` with ``mode``; refuse if it appeared meanwhile."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    path.chmod(mode)


# -- kit -----------------------------------------------------------------------------------


def _kit(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.core.kit import build_kit, decode_text, kit_json, parse_groups_csv
    from belong_desktop.services import crypto

    out: Path = args.out
    if out.exists() and not args.force:
        raise CliError(f"{out} already exists: give --force to replace it")
    if out.is_dir():
        raise CliError(f"{out} is a folder: give the kit file's name")
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    groups = parse_groups_csv(decode_text(_read_small(args.groups, "groups file")))
    recipient = crypto.load_recipient(args.recipient)
    catalog = PackCatalog(paths.pack_search_dirs(run.data_dir))
    packs = {arm: _arm_pack(catalog, arm, getattr(args, f"{arm.value}_pack")) for arm in Arm}
    kit = build_kit(args.trial, recipient, packs, groups, datetime.now(UTC))
    tmp = out.with_name(out.name + ".partial")
    tmp.write_text(kit_json(kit), encoding="utf-8")
    tmp.replace(out)
    _kit_summary(kit, out, run.out)
    return EXIT_OK


def _read_small(path: Path, what: str) -> bytes:
    from belong_desktop.core.kit import MAX_KIT_BYTES

    try:
        with path.open("rb") as file:
            data = file.read(MAX_KIT_BYTES + 1)
    except OSError as exc:
        raise CliError(f"cannot read the {what} {path} ({exc.strerror})") from None
    if len(data) > MAX_KIT_BYTES:
        raise CliError(f"the {what} {path} is too large (over {MAX_KIT_BYTES // 1024**2} MB)")
    return data


def _arm_pack(catalog: PackCatalog, arm: Arm, ref: str | None) -> ArmPack:
    """The pack given for the arm (which must be of that arm), else the one built-in pack
    of the arm."""
    from belong_desktop.core.kit import ArmPack

    if ref is not None:
        pack = catalog.resolve(ref)
        if pack.arm is not arm:
            raise CliError(
                f"the pack {pack.id!r} is written for the {pack.arm.value} arm, not the "
                f"{arm.value} arm"
            )
        return ArmPack(pack.id, pack.version)
    builtin = paths.builtin_packs_dir()
    candidates: list[Pack] = [
        entry.pack
        for entry in catalog.entries()
        if entry.pack is not None and entry.pack.arm is arm and entry.folder.parent == builtin
    ]
    if len(candidates) != 1:
        found = ", ".join(p.id for p in candidates) or "none"
        raise CliError(
            f"give --{arm.value}-pack: the built-in {arm.value} packs are {found}, not exactly one"
        )
    return ArmPack(candidates[0].id, candidates[0].version)


def _kit_summary(kit: TrialKit, out: Path, stream: TextIO) -> None:
    per_arm = Counter(g.arm for g in kit.groups)
    lines = [
        f"Trial {kit.trial_id}: {len(kit.groups)} groups ("
        + ", ".join(f"{per_arm[arm]} {arm.value}" for arm in Arm)
        + ")",
        "  packs: "
        + "; ".join(
            f"{arm.value} {kit.packs[arm].pack_id} {kit.packs[arm].version}" for arm in Arm
        ),
        "",
        f"  {'institution':<40} {'treatment':>9} {'control':>8}",
    ]
    table = Counter((g.institution, g.arm) for g in kit.groups)
    for institution in sorted({g.institution for g in kit.groups}):
        lines.append(
            f"  {institution[:40]:<40} {table[institution, Arm.TREATMENT]:>9} "
            f"{table[institution, Arm.CONTROL]:>8}"
        )
    lines.append("")
    for arm in Arm:
        if not per_arm[arm]:
            lines.append(f"warning: no group is in the {arm.value} arm")
    lines += [
        f"recipient fingerprint: {kit.fingerprint}  (a counsellor sees it when importing the "
        "kit: check it with them on the phone)",
        f"Wrote {out}",
    ]
    print("\n".join(lines), file=stream)


# -- verify and merge ------------------------------------------------------------------------


def _inputs(given: Sequence[Path]) -> list[Path]:
    from belong_desktop.services import merge

    found, missing = merge.find_bundles(given)
    if missing:
        raise CliError(f"no such file or folder: {missing[0].file}")
    if not found:
        raise CliError(f"no bundles (*.age files) in {', '.join(map(str, given))}")
    return found


def _verify(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services import crypto, merge

    identities = crypto.load_identities(args.identity) if args.identity else None
    files = _inputs(args.bundles)
    width = max(len(p.name) for p in files)
    failed = 0
    for path in files:
        checked = merge.verify_file(path, identities)
        failed += not checked.ok
        status = "OK" if checked.ok else "FAILED"
        print(f"{status:<6} {path.name:<{width}}  {checked.detail}", file=run.out)
    if identities is None:
        print(
            "Checked without the identity: the age header and length only. Give --identity "
            "to decrypt and check every file inside.",
            file=run.out,
        )
    print(f"{len(files) - failed} of {len(files)} files OK.", file=run.out)
    return EXIT_ERROR if failed else EXIT_OK


def _merge(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.services import crypto, merge

    identities = crypto.load_identities(args.identity)
    files = _inputs(args.bundles)
    result = merge.merge_bundles(files, identities, args.out, force=args.force)
    out = run.out
    print(
        f"Read {result.inputs} files: merged {len(result.merged)} sessions, left out "
        f"{len(result.replaced)} re-exports or copies, skipped {len(result.skipped)}.",
        file=out,
    )
    for skipped in result.skipped:
        print(f"  SKIPPED  {skipped.file}: {skipped.reason}", file=out)
    for replaced in result.replaced:
        why = "a copy" if replaced.copy else f"sequence {replaced.sequence}"
        print(f"  REPLACED {replaced.file} ({why}) by {replaced.by_file}", file=out)
    for warning in result.warnings:
        print(f"warning: {warning}", file=out)
    if not result.merged:
        print(
            f"Nothing could be merged; the reasons are in {args.out / 'merge-log.txt'}.", file=out
        )
        return EXIT_ERROR
    print(
        f"Wrote {args.out}: csv/, stata/, belong-merge.xlsx, codebook.csv, merge-log.txt "
        f"(only you can read them).\n{STUDENT_TEXT_WARNING}",
        file=out,
    )
    return EXIT_OK


# -- report -----------------------------------------------------------------------------------


def _report(args: argparse.Namespace, run: Invocation) -> int:
    from belong_desktop.core.suppression import MIN_CELL
    from belong_desktop.services.reports import ministry_summary

    out = ministry_summary.write_summary(args.merged, args.out, language=args.language)
    print(
        f"Wrote {out}: sessions, fidelity, participation and answer lengths by institution "
        f"and arm; figures from fewer than {MIN_CELL} are kept back. It holds "
        "no student text.",
        file=run.out,
    )
    return EXIT_OK

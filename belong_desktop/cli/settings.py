"""`settings show` and `settings max-devices [N]`: the laptop's settings on the command line.

The same settings as the window's "Indstillinger": how long texts stay after an export
(set with `session retention`, shown here too) and the most devices one session takes
(the device cap: 500 unless set; a lecture hall needs more). A value out of bounds is
refused with the bounds and nothing changes. Runs on the main thread.
"""

from __future__ import annotations

import argparse

from belong_desktop.cli.common import EXIT_OK, Commands, Invocation, emit, runtime
from belong_desktop.core.joins import MAX_DEVICE_CAP, MIN_DEVICE_CAP, parse_device_cap


def register(commands: Commands) -> None:
    settings = commands.group("settings", help="this laptop's settings: show, max-devices")
    p = settings.add("show", _show, help="show every setting")
    p.add_argument("--json", action="store_true", help="the settings as one JSON object")
    p = settings.add(
        "max-devices",
        _max_devices,
        help=f"the most devices one session takes ({MIN_DEVICE_CAP}–{MAX_DEVICE_CAP}); "
        "applies from the next time a session is served",
    )
    p.add_argument("devices", nargs="?", metavar="N", help="the new limit (default: show it)")


def _show(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        devices = rt.classroom.max_devices()
        days = rt.exports.retention_days()
    if args.json:
        emit(run.out, {"max_devices": devices, "retention_days": days})
        return EXIT_OK
    out = run.out
    print(f"max-devices  {devices}  (the most devices one session takes)", file=out)
    kept = f"{days} days after export" if days else "off (texts stay until deleted)"
    print(f"retention    {kept}  (belong-desktop session retention DAYS|off)", file=out)
    return EXIT_OK


def _max_devices(args: argparse.Namespace, run: Invocation) -> int:
    with runtime(run.data_dir) as rt:
        if args.devices is None:
            print(f"A session takes at most {rt.classroom.max_devices()} devices.", file=run.out)
            return EXIT_OK
        devices = rt.classroom.set_max_devices(parse_device_cap(args.devices))
    print(
        f"A session takes at most {devices} devices, from the next time a session's student "
        "page starts (a new session, or resuming one).",
        file=run.out,
    )
    return EXIT_OK

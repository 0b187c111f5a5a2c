"""`cpdesk` and `python -m cpdesk`: open the app, or run one sub-command on a database and exit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from uuid import UUID

from cpdesk import __version__
from cpdesk.config import default_database_path
from cpdesk.domain.desk import Desk
from cpdesk.domain.strategy import read_strategy_file
from cpdesk.errors import CpdeskError

EXIT_DONE, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help="the database file (a path that does not exist yet becomes a new database with the bundled "
        f"strategy; default: {default_database_path()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpdesk",
        description="The Corporate Parenting Sub-Committee's desk. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"cpdesk {__version__}")
    _db_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    strategy = commands.add_parser("strategy", help="import, export and list versions of the strategy")
    strategy_commands = strategy.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = strategy_commands.add_parser("import", help="add a strategy file as a new version (made current)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--keep-current", action="store_true", help="add the version without making it the current one"
    )
    _db_option(imp, argparse.SUPPRESS)
    imp.set_defaults(run=_strategy_import, check=lambda args: read_strategy_file(args.file))

    exp = strategy_commands.add_parser("export", help="write a version of the strategy as a file")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument(
        "--version-id",
        type=UUID,
        metavar="ID",
        help="which version (see `cpdesk strategy versions`; default: the current one)",
    )
    _db_option(exp, argparse.SUPPRESS)
    exp.set_defaults(run=_strategy_export)

    ver = strategy_commands.add_parser("versions", help="list the versions held, newest first")
    _db_option(ver, argparse.SUPPRESS)
    ver.set_defaults(run=_strategy_versions)
    return parser


def _strategy_import(desk: Desk, args: argparse.Namespace) -> None:
    version = desk.strategy.add_version(
        args.checked, imported_from=args.file.name, make_current=not args.keep_current
    )
    state = "current" if version.is_current else "not current"
    print(f"imported {version.header.name} ({state}) as version {version.id}")


def _strategy_export(desk: Desk, args: argparse.Namespace) -> None:
    desk.strategy.export_file(args.file, args.version_id)
    print(f"wrote {args.file}")


def _strategy_versions(desk: Desk, args: argparse.Namespace) -> None:
    for v in desk.strategy.versions():
        mark = "*" if v.is_current else " "
        print(
            f"{mark} {v.id}  {v.header.name}  "
            f"imported {v.imported_at:%Y-%m-%d %H:%M} UTC from {v.imported_from}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path: Path = args.db or default_database_path()
    run: Callable[[Desk, argparse.Namespace], None] | None = getattr(args, "run", None)
    if run is None:
        from cpdesk.app import run_app  # Qt is loaded only when the window is wanted

        return run_app(db_path)
    try:
        check = getattr(args, "check", None)
        if check is not None:  # a file offered is checked before any database is opened or made
            args.checked = check(args)
        with Desk.open(db_path) as desk:
            run(desk, args)
    except CpdeskError as error:
        print(f"cpdesk: {error.describe()}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as error:
        print(f"cpdesk: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_DONE


if __name__ == "__main__":
    sys.exit(main())

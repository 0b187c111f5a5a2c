"""`cpdesk` and `python -m cpdesk`: open the app, or run one sub-command on a database and exit.

Each sub-command imports what it needs when it runs: `--version` and `--help` load neither the
database nor the domain, so a call that does little costs little.
"""

from __future__ import annotations

import argparse
import sys

from cpdesk import __version__
from cpdesk.errors import CpdeskError, InputError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date
    from pathlib import Path
    from uuid import UUID

    from cpdesk.domain.desk import Desk
    from cpdesk.domain.strategy import StrategyContent

EXIT_DONE, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
EXIT_FAULT = 70  # EX_SOFTWARE: a fault in cpdesk itself, never a refusal of the input
EXIT_SYSTEM = 74  # EX_IOERR: the system failed to read or write, with no file of the user's to name

# The default database is named in the help only when help is shown: finding it costs start-up time.
_DEFAULT_DB = "<default_database>"

EPILOG = f"""\
exit status: {EXIT_DONE} done; {EXIT_REFUSED} refused (one line on stderr says what and where, and \
nothing was changed); {EXIT_USAGE} usage; {EXIT_FAULT} a fault in cpdesk itself, not in the input (the \
message and a traceback to report are on stderr); {EXIT_SYSTEM} the system could not read or write."""


class _Parser(argparse.ArgumentParser):
    """argparse, with the default database's path filled in when help is shown."""

    def format_help(self) -> str:
        text = super().format_help()
        if _DEFAULT_DB in text:
            from cpdesk.config import default_database_path

            text = text.replace(_DEFAULT_DB, str(default_database_path()))
        return text


class _Version(argparse.Action):
    """--version, said without loading argparse's help formatter (which costs more than saying it)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"cpdesk {__version__}")
        parser.exit()


# The pack's sections as `cpdesk pack --help` names them: cpdesk.domain.pack_model.SECTIONS, written
# out here so that --help loads no domain code (tests/test_cli_pack.py checks the two agree).
PACK_SECTIONS = (
    "cover", "contents", "agenda", "since", "minutes", "actions", "tracker", "questions", "challenges",
    "awaiting", "priorities", "reports", "work_programme", "my_notes",
)  # fmt: skip


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def _day(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None


def _version_id(text: str) -> UUID:
    from uuid import UUID

    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a version id (see `cpdesk strategy versions`)"
        ) from None


def example_database() -> Path:
    """The example database in the user data folder, made afresh if missing or if it has no meeting ahead."""
    from cpdesk.config import example_database_path
    from cpdesk.domain.example import example_is_current, write_example

    path = example_database_path()
    if not example_is_current(path):
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        write_example(path)
    return path


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        type=_path,
        metavar="PATH",
        default=default,
        help="the database file (a path that does not exist yet becomes a new database with the bundled "
        f"strategy; default: {_DEFAULT_DB})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cpdesk",
        description="The Corporate Parenting Sub-Committee's desk. With no command, opens the app.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action=_Version)
    _db_option(parser, None)
    parser.add_argument(
        "--example",
        action="store_true",
        help="open the example database (invented meetings and actions to learn on; never your own data)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    strategy = commands.add_parser("strategy", help="import, export and list versions of the strategy")
    strategy_commands = strategy.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = strategy_commands.add_parser("import", help="add a strategy file as a new version (made current)")
    imp.add_argument("file", type=_path, metavar="FILE")
    imp.add_argument(
        "--keep-current", action="store_true", help="add the version without making it the current one"
    )
    _db_option(imp, argparse.SUPPRESS)
    imp.set_defaults(run=_strategy_import, check=_strategy_check)

    exp = strategy_commands.add_parser("export", help="write a version of the strategy as a file")
    exp.add_argument("file", type=_path, metavar="FILE")
    exp.add_argument(
        "--version-id",
        type=_version_id,
        metavar="ID",
        help="which version (see `cpdesk strategy versions`; default: the current one)",
    )
    _db_option(exp, argparse.SUPPRESS)
    exp.set_defaults(run=_strategy_export)

    ver = strategy_commands.add_parser("versions", help="list the versions held, newest first")
    _db_option(ver, argparse.SUPPRESS)
    ver.set_defaults(run=_strategy_versions)

    example = commands.add_parser("example", help="write the example database to a new file")
    example.add_argument("path", type=_path, metavar="PATH")
    example.set_defaults(standalone=_example)

    meetings = commands.add_parser("meetings", help="the meetings held in the database")
    meetings_commands = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = meetings_commands.add_parser(
        "list", help="one meeting a line, by date: date, time, body, status"
    )
    _db_option(listing, argparse.SUPPRESS)
    listing.set_defaults(run=_meetings_list)
    committee_system = meetings_commands.add_parser(
        "import-moderngov",
        help="import from the council's committee system (ModernGov web-service XML saved to a file: one "
        "meeting with its agenda, minutes and attendees, or a committee's meetings); importing again "
        "updates what was imported",
    )
    committee_system.add_argument("file", type=_path, metavar="FILE")
    committee_system.add_argument(
        "--body",
        metavar="NAME",
        help="the body whose meetings they are (default: the body named as the committee, else the "
        "Corporate Parenting Sub-Committee)",
    )
    _db_option(committee_system, argparse.SUPPRESS)
    committee_system.set_defaults(run=_meetings_import_moderngov, check=_moderngov_check)

    calendar = commands.add_parser("calendar", help="the meetings and open actions' due dates as a calendar")
    calendar_commands = calendar.add_subparsers(dest="action", metavar="ACTION", required=True)
    calendar_out = calendar_commands.add_parser(
        "export",
        help="write an iCalendar file (.ics) for Outlook and other calendars; writing it again updates",
    )
    calendar_out.add_argument("file", type=_path, metavar="FILE")
    _db_option(calendar_out, argparse.SUPPRESS)
    calendar_out.set_defaults(run=_calendar_export)

    actions = commands.add_parser("actions", help="the action log")
    actions_commands = actions.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions_commands.add_parser("export", help="write every action and question as CSV")
    export.add_argument("file", type=_path, metavar="FILE")
    _db_option(export, argparse.SUPPRESS)
    export.set_defaults(run=_actions_export)

    indicators = commands.add_parser("indicators", help="the figures the committee monitors")
    indicators_commands = indicators.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp_ind = indicators_commands.add_parser(
        "import",
        help="import a DfE statistics file (Explore Education Statistics CSV) or the council's own figures",
    )
    imp_ind.add_argument("file", type=_path, metavar="FILE")
    imp_ind.add_argument(
        "--la", metavar="CODE", help="the local authority (old or new code; default: the council's)"
    )
    _db_option(imp_ind, argparse.SUPPRESS)
    imp_ind.set_defaults(run=_indicators_import)
    council = indicators_commands.add_parser(
        "council", help="show the authority whose figures are shown, or choose another (old or new code)"
    )
    council.add_argument("code", nargs="?", metavar="CODE")
    _db_option(council, argparse.SUPPRESS)
    council.set_defaults(run=_indicators_council)
    exp_ind = indicators_commands.add_parser("export", help="write every value held as CSV")
    exp_ind.add_argument("file", type=_path, metavar="FILE")
    _db_option(exp_ind, argparse.SUPPRESS)
    exp_ind.set_defaults(run=_indicators_export)

    coverage = commands.add_parser(
        "coverage",
        help="write as CSV which parts of the strategy the committee's work reached, the gaps, and the "
        "actions and challenges linked to none",
    )
    coverage.add_argument("file", type=_path, metavar="FILE")
    coverage.add_argument(
        "--since", metavar="YYYY-MM-DD", help="count records from this date (default: all time) up to today"
    )
    _db_option(coverage, argparse.SUPPRESS)
    coverage.set_defaults(run=_coverage, check=_coverage_check)

    sheet = commands.add_parser(
        "you-said-we-did",
        help="write the 'You said, we did' sheet for young people as a PDF",
        description="Write the 'You said, we did' sheet: each challenge young people raised that the "
        "committee has answered, in large type, with no officers' names or references. Sentences the "
        "committee wrote that read above a reading age of 11 are named on stderr, so they can be made "
        "plainer.",
    )
    sheet.add_argument("--out", type=_path, metavar="FILE", required=True, help="the PDF to write")
    sheet.add_argument(
        "--since",
        type=_day,
        metavar="YYYY-MM-DD",
        help="only challenges raised at young people's meetings on or after this day",
    )
    _db_option(sheet, argparse.SUPPRESS)
    sheet.set_defaults(run=_you_said_we_did)

    pack = commands.add_parser(
        "pack",
        help="write a meeting's briefing pack as a PDF, with an accessible HTML edition beside it",
        description="Write the briefing pack for a meeting: everything for the meeting in order, with "
        "bookmarks and page numbers, and beside it (same name, .html) an edition a screen reader reads "
        "in order. Once an edition is published, asking again gives the published pack unchanged; "
        "make a supplement (S1, S2 ...) or a new version for what changed since.",
    )
    pack.add_argument("meeting", metavar="MEETING", help="the meeting's date (YYYY-MM-DD), next or last")
    pack.add_argument("--out", type=_path, metavar="FILE", required=True, help="the PDF to write")
    pack.add_argument(
        "--edition",
        choices=("committee", "member", "chair"),
        default="committee",
        help="committee (everything for the meeting; the default), member (adds your own notes and "
        "questions) or chair (adds the full action tracker and the challenges awaiting a response)",
    )
    pack.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help="only these sections, named as: " + ", ".join(PACK_SECTIONS),
    )
    pack.add_argument("--leave-out", nargs="+", metavar="SECTION", help="every section but these")
    publishing = pack.add_mutually_exclusive_group()
    publishing.add_argument(
        "--publish",
        action="store_const",
        const="publish",
        dest="mode",
        help="publish it: its pages are fixed",
    )
    publishing.add_argument(
        "--supplement",
        action="store_const",
        const="supplement",
        dest="mode",
        help="a supplement to the published pack with what changed since, numbered S1-1, S1-2 ...",
    )
    publishing.add_argument(
        "--reissue",
        action="store_const",
        const="reissue",
        dest="mode",
        help="publish the whole pack again as a new version, listing what changed",
    )
    publishing.add_argument(
        "--published",
        metavar="NAME",
        help="a publication again, exactly as it was published: v1, v2 ... for a version, S1, S2 ... for "
        "a supplement to version 1, v2-S1 for one to version 2",
    )
    pack.set_defaults(mode="draft")
    _db_option(pack, argparse.SUPPRESS)
    pack.set_defaults(run=_pack)

    search = commands.add_parser(
        "search",
        help="find words anywhere: the strategy, agendas, reports, papers, minutes, actions, challenges, "
        "indicators and your own notes",
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="the words to find (all of them)")
    _db_option(search, argparse.SUPPRESS)
    search.set_defaults(run=_search)

    notes = commands.add_parser("notes", help="your own notes, carried to another machine")
    notes_commands = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    notes_out = notes_commands.add_parser("export", help="write all your notes to a file only you can read")
    notes_out.add_argument("file", type=_path, metavar="FILE")
    _db_option(notes_out, argparse.SUPPRESS)
    notes_out.set_defaults(run=_notes_export)
    notes_in = notes_commands.add_parser("import", help="bring in notes exported from another machine")
    notes_in.add_argument("file", type=_path, metavar="FILE")
    _db_option(notes_in, argparse.SUPPRESS)
    notes_in.set_defaults(run=_notes_import)

    bundle = commands.add_parser(
        "bundle",
        help="share a meeting with the members in one encrypted file, and take one in (or their answers)",
        description=f"Meeting bundles. The passphrase is read from {BUNDLE_PASSPHRASE_VARIABLE}, or asked at "
        "the terminal; tell it to the members another way than the file. Private notes never go in a bundle.",
    )
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bundle_out = bundle_commands.add_parser(
        "export",
        help="write a meeting, its papers, minutes, the action log, challenges and indicators to a bundle; "
        "with --return, only your own attendance and declarations for it, for the clerk",
    )
    bundle_out.add_argument("meeting", metavar="MEETING", help="the meeting's date (YYYY-MM-DD), next, last")
    bundle_out.add_argument("--out", type=_path, metavar="FILE", required=True, help="the bundle to write")
    bundle_out.add_argument(
        "--return",
        action="store_true",
        dest="answers",
        help="your answers only: your attendance (or apologies) and declarations of interest",
    )
    bundle_out.add_argument(
        "--member",
        metavar="NAME",
        help="with --return: whose answers (as the list of people names them; default: who is using cpdesk)",
    )
    _db_option(bundle_out, argparse.SUPPRESS)
    bundle_out.set_defaults(run=_bundle_export)
    bundle_in = bundle_commands.add_parser(
        "import",
        help="take in a bundle or a member's answers: new records added, newer ones replace older, "
        "yours kept where they are newer; says what changed",
    )
    bundle_in.add_argument("file", type=_path, metavar="FILE")
    _db_option(bundle_in, argparse.SUPPRESS)
    bundle_in.set_defaults(run=_bundle_import)

    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the database with a passphrase (from CPDESK_PASSPHRASE, or asked twice)",
        description="Encrypt a plain database: a new encrypted file is made and checked, then put in its "
        "place, and the plain file's bytes are overwritten. Close every cpdesk using it first. Keep the "
        "passphrase safe: without it the database cannot be opened.",
    )
    _db_option(encrypt, argparse.SUPPRESS)
    encrypt.set_defaults(standalone=_encrypt)
    passphrase = commands.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted database (CPDESK_PASSPHRASE and CPDESK_NEW_PASSPHRASE, "
        "or asked)",
    )
    _db_option(passphrase, argparse.SUPPRESS)
    passphrase.set_defaults(standalone=_change_passphrase)

    backup = commands.add_parser(
        "backup",
        help="back up the database now, into the backups folder beside it (checked, and encrypted "
        "like the database)",
    )
    _db_option(backup, argparse.SUPPRESS)
    backup.set_defaults(run=_backup, no_daily=True)
    bin_parser = commands.add_parser(
        "bin",
        help="what was removed, kept in the bin for a while so that it can be restored",
        description="The bin: what was removed from meetings, actions, challenges, indicators and people. "
        "It is emptied, when cpdesk opens, of what has been there longer than the period set (90 days "
        "unless changed in the window); what belongs to approved minutes stays for good.",
    )
    bin_commands = bin_parser.add_subparsers(dest="bin_command", metavar="ACTION", required=True)
    bin_list = bin_commands.add_parser("list", help="list what is in the bin, newest first")
    _db_option(bin_list, argparse.SUPPRESS)
    bin_list.set_defaults(run=_bin_list, no_daily=True)
    bin_empty = bin_commands.add_parser(
        "empty-old", help="remove for good what has been in the bin longer than the period set"
    )
    _db_option(bin_empty, argparse.SUPPRESS)
    bin_empty.set_defaults(run=_bin_empty_old)
    listing_backups = commands.add_parser("backups", help="list the database's backups, newest first")
    _db_option(listing_backups, argparse.SUPPRESS)
    listing_backups.set_defaults(run=_backups, no_daily=True)
    restore = commands.add_parser(
        "restore",
        help="put a backup in the database's place (what it replaces is backed up first)",
        description="Restore a backup: the file is checked, the database is backed up as it is, then the "
        f"backup is copied, checked and put in its place, and brought up to date. Close every cpdesk using "
        f"the database first. An encrypted backup made with an older passphrase needs that one: give it in "
        f"{BACKUP_PASSPHRASE_VARIABLE}, or run the command at a terminal to be asked for it.",
    )
    restore.add_argument("file", type=_path, metavar="FILE", help="the backup to restore")
    _db_option(restore, argparse.SUPPRESS)
    restore.set_defaults(standalone=_restore)
    return parser


def _strategy_check(args: argparse.Namespace) -> StrategyContent:
    from cpdesk.domain.strategy import read_strategy_file

    return read_strategy_file(args.file)


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


def _example(args: argparse.Namespace) -> None:
    from cpdesk.domain.example import write_example

    write_example(args.path)
    print(f"wrote the example database to {args.path}")


def _meetings_list(desk: Desk, args: argparse.Namespace) -> None:
    for meeting in desk.meetings.meetings():
        print(
            f"{meeting.day.isoformat()}  {meeting.time or '--:--'}  {meeting.body}  {meeting.status_label}"
            + (f"  {meeting.venue}" if meeting.venue else "")
        )


def _moderngov_check(args: argparse.Namespace) -> object:
    from cpdesk.domain.moderngov import read_response_file

    return read_response_file(args.file)


def _meetings_import_moderngov(desk: Desk, args: argparse.Namespace) -> None:
    from cpdesk.domain.moderngov_import import import_response

    print(import_response(desk, args.checked, str(args.file), body=args.body).describe())


def _calendar_export(desk: Desk, args: argparse.Namespace) -> None:
    from cpdesk.domain.calendar_export import export_calendar

    print(export_calendar(desk, args.file).describe(args.file))


def _actions_export(desk: Desk, args: argparse.Namespace) -> None:
    count = desk.actions.export_csv(args.file)
    print(f"wrote {count} actions and questions to {args.file}")


def _indicators_import(desk: Desk, args: argparse.Namespace) -> None:
    if desk.indicators.is_council_figures(args.file):
        if args.la:
            raise InputError(
                "--la is for published statistics; the council's own figures are for its own area"
            )
        count = desk.indicators.import_council_figures(args.file)
        print(f"imported {count} of the council's own figures from {args.file.name}")
        return
    result = desk.indicators.import_statistics(args.file, la=args.la)
    print(
        f"imported {result.values} values ({result.suppressed} suppressed) for {len(result.areas)} areas: "
        f"{result.indicators_added} new indicators, {result.indicators_updated} updated"
    )
    if result.missing_neighbours:
        print(f"not in the file: {', '.join(result.missing_neighbours)}")
    council = desk.indicators.council()
    if args.la and args.la not in (council.code, council.old_code):
        print(
            f"these are {args.la}'s figures; the lists and charts show {council.name}'s "
            f"(choose with: cpdesk indicators council {args.la})"
        )


def _indicators_council(desk: Desk, args: argparse.Namespace) -> None:
    area = desk.indicators.set_council(args.code) if args.code else desk.indicators.council()
    print(f"{area.name} ({area.old_code} / {area.code})")


def _indicators_export(desk: Desk, args: argparse.Namespace) -> None:
    count = desk.indicators.export_csv(args.file)
    print(f"wrote {count} values to {args.file}")


def _coverage_check(args: argparse.Namespace) -> object:
    from cpdesk.domain.coverage import parse_since

    return parse_since(args.since) if args.since else None


def _coverage(desk: Desk, args: argparse.Namespace) -> None:
    count = desk.coverage.export_csv(args.file, since=args.checked)
    print(
        f"wrote {count} parts of the strategy, then the actions and challenges linked to none, to {args.file}"
    )


def _you_said_we_did(desk: Desk, args: argparse.Namespace) -> None:
    from cpdesk.domain.voice_sheet import hard_to_read
    from cpdesk.packs.you_said_we_did import write_sheet

    council = desk.strategy.content().header.council
    sheet = desk.challenges.sheet(council, args.since)
    for hard in hard_to_read(sheet):
        print(f"cpdesk: reads hard: “{hard.sentence}”, {hard.describe()}", file=sys.stderr)
    pages = write_sheet(sheet, args.out)
    count = len(sheet.blocks)
    print(
        f"wrote {count} challenge{'' if count == 1 else 's'} on {pages} page{'' if pages == 1 else 's'} "
        f"to {args.out}"
    )


def _pack_sections(args: argparse.Namespace) -> list[str] | None:
    from cpdesk.domain.pack_model import sections_for

    def names(given: list[str]) -> list[str]:
        words = [word.strip() for part in given for word in part.split(",") if word.strip()]
        return [word.replace("-", "_") for word in words]

    if args.sections is None and args.leave_out is None:
        return None
    chosen = names(args.sections) if args.sections is not None else list(sections_for(args.edition))
    left_out = set(names(args.leave_out or []))
    unknown = sorted((set(chosen) | left_out) - set(sections_for(args.edition)))
    if unknown:
        raise CpdeskError(
            f"there is no section {unknown[0]!r} in the {args.edition} edition: "
            f"choose from {', '.join(sections_for(args.edition))}"
        )
    return [name for name in chosen if name not in left_out]


def _pack(desk: Desk, args: argparse.Namespace) -> None:
    from cpdesk.domain.dates import long_date
    from cpdesk.packs.briefing import find_published, make_pack, save_published, short_name

    meeting = desk.meetings.find(args.meeting)
    if args.published:
        issue = find_published(desk, meeting.id, args.edition, args.published)
        print(save_published(desk, issue, args.out).describe())
        return
    made = make_pack(
        desk, meeting.id, args.out, edition=args.edition, sections=_pack_sections(args), mode=args.mode
    )
    print(made.describe())
    if made.given_as_published and made.issue is not None:
        print(
            f"cpdesk: this is the pack published on {long_date(made.issue.published_on)}, unchanged",
            file=sys.stderr,
        )
        published = desk.pack_issues.issues(meeting.id, args.edition)
        if len(published) > 1:
            listed = ", ".join(f"{short_name(i)} ({long_date(i.published_on)})" for i in published)
            print(f"cpdesk: published: {listed}; get one with --published NAME", file=sys.stderr)
        if made.changes:
            print(
                "cpdesk: changed since it was published (make a supplement with --supplement, or a new "
                "version with --reissue):",
                file=sys.stderr,
            )
            for change in made.changes:
                print(f"  - {change}", file=sys.stderr)
    elif made.changes:
        print("what changed:")
        for change in made.changes:
            print(f"  - {change}")


def _search(desk: Desk, args: argparse.Namespace) -> None:
    from cpdesk.domain.search import KINDS

    hits = desk.search.search(" ".join(args.text))
    if not hits:
        print("nothing found")
        return
    group = ""
    for hit in hits:
        if hit.group != group:
            group = hit.group
            print(f"{KINDS[group]}:")
        print(f"  {hit.title}")
        print(f"    {hit.plain_snippet('[', ']')}")


def _notes_export(desk: Desk, args: argparse.Namespace) -> None:
    count = desk.notes.export_file(args.file)
    print(f"wrote {count} note{'' if count == 1 else 's'} to {args.file} (only you can read it)")


def _notes_import(desk: Desk, args: argparse.Namespace) -> None:
    count = desk.notes.import_file(args.file)
    print(f"took in {count} note{'' if count == 1 else 's'} from {args.file}")


PASSPHRASE_VARIABLE, NEW_PASSPHRASE_VARIABLE = "CPDESK_PASSPHRASE", "CPDESK_NEW_PASSPHRASE"
BACKUP_PASSPHRASE_VARIABLE = "CPDESK_BACKUP_PASSPHRASE"
BUNDLE_PASSPHRASE_VARIABLE = "CPDESK_BUNDLE_PASSPHRASE"  # cpdesk.domain.bundles.PASSPHRASE_VARIABLE


def _bundle_passphrase(file: Path, *, twice: bool) -> str:
    """A bundle's passphrase: CPDESK_BUNDLE_PASSPHRASE, else typed at the terminal (twice for a new one)."""
    import os

    given = os.environ.get(BUNDLE_PASSPHRASE_VARIABLE)
    if given is None:
        given = _ask(f"Passphrase for the bundle {file}: ")
        if given is not None and twice and _ask("Type it again: ") != given:
            raise CpdeskError("the two passphrases typed were not the same; nothing was written")
    if given is None:
        raise CpdeskError(
            f"give the bundle's passphrase in {BUNDLE_PASSPHRASE_VARIABLE}, or run the command at a terminal "
            "to be asked for it; nothing was changed"
        )
    return given


def _bundle_export(desk: Desk, args: argparse.Namespace) -> None:
    meeting = desk.meetings.find(args.meeting)
    if args.member is not None and not args.answers:
        raise InputError("--member names whose answers to send: use it with --return")
    passphrase = _bundle_passphrase(args.out, twice=True)
    if args.answers:
        print(desk.bundles.export_return(meeting.id, args.out, passphrase, args.member))
    else:
        print(desk.bundles.export(meeting.id, args.out, passphrase))


def _bundle_import(desk: Desk, args: argparse.Namespace) -> None:
    report = desk.bundles.import_file(args.file, _bundle_passphrase(args.file, twice=False))
    print(f"{report.meeting}: {report.describe()}")


def _backup(desk: Desk, args: argparse.Namespace) -> None:
    made = desk.backups.make()
    print(f"backed up to {made.path}")


def _bin_list(desk: Desk, args: argparse.Namespace) -> None:
    entries = desk.bin.entries()
    if not entries:
        print(f"the bin is empty (things stay in it for {desk.bin.retention_days()} days)")
    for entry in entries:
        stays = entry.kept or (
            f"{entry.days_left} day{'s' * (entry.days_left != 1)} left" if entry.days_left is not None else ""
        )
        print(
            f"{entry.binned_at.astimezone():%Y-%m-%d}  {entry.kind_label}: {entry.title}  ({entry.where}; "
            f"{stays})  {entry.record_id}"
        )


def _bin_empty_old(desk: Desk, args: argparse.Namespace) -> None:
    result = desk.bin.empty_old()
    print(
        f"emptied {len(result.emptied)} thing{'s' * (len(result.emptied) != 1)} older than "
        f"{desk.bin.retention_days()} days"
    )
    for entry, why in result.kept:
        print(f"kept {entry.kind_label}: {entry.title}: {why}")


def _backups(desk: Desk, args: argparse.Namespace) -> None:
    found = desk.backups.list()
    if not found:
        print(f"no backups in {desk.backups.folder}")
    for backup in found:
        print(f"{backup.made.astimezone():%Y-%m-%d %H:%M}  {backup.why:<32}  {backup.path}")


def _backup_passphrase(file: Path, passphrase: str | None) -> str | None:
    """The passphrase of an encrypted backup: CPDESK_BACKUP_PASSPHRASE, else the database's if it opens the
    backup, else asked at the terminal."""
    import os

    from cpdesk.errors import PassphraseNeededError, WrongPassphraseError
    from cpdesk.store.backup import read_backup
    from cpdesk.store.cipher import is_encrypted

    given = os.environ.get(BACKUP_PASSPHRASE_VARIABLE)
    if not is_encrypted(file) or given is not None:
        return given
    try:
        read_backup(file, passphrase)
        return passphrase
    except (PassphraseNeededError, WrongPassphraseError):
        asked = _ask(f"Passphrase of the backup {file}: ")
        if asked is None:
            raise PassphraseNeededError(
                f"this backup was made with another passphrase: give it in {BACKUP_PASSPHRASE_VARIABLE}, or "
                "run the command at a terminal to be asked for it; nothing was changed",
                where=str(file),
            ) from None
        return asked


def _restore(args: argparse.Namespace) -> None:
    from cpdesk.domain.backups import restore_into

    db_path = _db_path(args)
    passphrase = _passphrase_for(db_path)
    kept = restore_into(
        db_path, args.file, passphrase=passphrase, backup_passphrase=_backup_passphrase(args.file, passphrase)
    )
    print(f"restored {args.file} into {db_path}")
    if kept is not None:
        print(f"what it replaced is kept in {kept.path}")


def _ask(prompt: str) -> str | None:
    """A passphrase typed at the terminal, not shown; None when no one is at a terminal to type it."""
    if not sys.stdin.isatty():
        return None
    from getpass import getpass

    return getpass(prompt)


def _ask_twice(db_path: Path, what: str) -> str | None:
    first = _ask(f"{what} for {db_path}: ")
    if first is None:
        return None
    if _ask("Type it again: ") != first:
        raise CpdeskError("the two passphrases typed were not the same; nothing was changed")
    return first


def _passphrase_for(db_path: Path, *, for_window: bool = False) -> str | None:
    """The passphrase to open db_path with: an encrypted database's, from CPDESK_PASSPHRASE or asked at
    the terminal; for a new database, CPDESK_PASSPHRASE if it is set (it is made encrypted); else None.

    For the window nothing is asked or refused here: the window asks for itself.
    """
    import os

    from cpdesk.store.cipher import is_encrypted

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if is_encrypted(db_path):
        if given is None and not for_window:
            given = _ask(f"Passphrase for {db_path}: ")
        if given is None and not for_window:
            from cpdesk.errors import PassphraseNeededError

            raise PassphraseNeededError(
                f"this database is encrypted: give its passphrase in {PASSPHRASE_VARIABLE}, or run the "
                "command at a terminal to be asked for it",
                where=str(db_path),
            )
        return given
    new = not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0)
    return given if new else None


def _db_path(args: argparse.Namespace) -> Path:
    if args.example:
        return example_database()
    if args.db:
        return args.db  # type: ignore[no-any-return]
    from cpdesk.config import default_database_path

    return default_database_path()


def _encrypt(args: argparse.Namespace) -> None:
    import os

    from cpdesk.store.cipher import encrypt_file

    db_path = _db_path(args)
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is None and db_path.is_file():
        passphrase = _ask_twice(db_path, "New passphrase")
    if passphrase is None:
        if not db_path.is_file():
            raise CpdeskError("there is no database here to encrypt", where=str(db_path))
        raise CpdeskError(
            f"give the new passphrase in {PASSPHRASE_VARIABLE}, or run the command at a terminal to be asked "
            "for it; nothing was changed"
        )
    encrypt_file(db_path, passphrase)
    print(f"encrypted {db_path}: keep the passphrase safe, for without it the database cannot be opened")


def _change_passphrase(args: argparse.Namespace) -> None:
    import os

    from cpdesk.domain.desk import Desk
    from cpdesk.store.cipher import change_passphrase, is_encrypted

    db_path = _db_path(args)
    if not is_encrypted(db_path):
        raise CpdeskError(
            "this database is not encrypted, so it has no passphrase to change: encrypt it with "
            "`cpdesk encrypt`; nothing was changed",
            where=str(db_path),
        )
    old = _passphrase_for(db_path)
    with Desk.open(db_path, passphrase=old) as desk:  # a wrong passphrase is refused here
        new = os.environ.get(NEW_PASSPHRASE_VARIABLE)
        if new is None:
            new = _ask_twice(db_path, "New passphrase")
        if new is None:
            raise CpdeskError(
                f"give the new passphrase in {NEW_PASSPHRASE_VARIABLE}, or run the command at a terminal to "
                "be asked for it; nothing was changed"
            )
        change_passphrase(desk.db, new)
    print(f"changed the passphrase of {db_path}")


def _run(args: argparse.Namespace) -> int:
    standalone: Callable[[argparse.Namespace], None] | None = getattr(args, "standalone", None)
    run: Callable[[Desk, argparse.Namespace], None] | None = getattr(args, "run", None)
    if standalone is not None:
        standalone(args)
        return EXIT_DONE
    db_path = _db_path(args)
    if run is None:
        from cpdesk.app import run_app  # Qt is loaded only when the window is wanted

        # The window asks for a passphrase itself; here it is taken only from the variable.
        return run_app(db_path, passphrase=_passphrase_for(db_path, for_window=True))
    check = getattr(args, "check", None)
    if check is not None:  # a file offered is checked before any database is opened or made
        args.checked = check(args)
    from cpdesk.domain.desk import Desk
    from cpdesk.domain.location import risky_location

    with Desk.open(db_path, passphrase=_passphrase_for(db_path)) as desk:
        risky = risky_location(db_path)
        if risky is not None:  # told, not refused: the command goes on and its exit status is its own
            print(f"cpdesk: warning: {risky}", file=sys.stderr)
        if not getattr(args, "no_daily", False):
            try:
                desk.backups.daily()  # the first command of the day backs the database up
            except CpdeskError as error:  # told, not refused: the command's work goes on
                print(f"cpdesk: warning: no backup was made today: {error.describe()}", file=sys.stderr)
        run(desk, args)
    return EXIT_DONE


def _refuse(message: str) -> int:
    print(f"cpdesk: {' '.join(message.splitlines())}", file=sys.stderr)
    return EXIT_REFUSED


def _fault(error: Exception) -> int:
    """A bug: said to be one, with what to report, so that no one takes it for a problem in their file."""
    import traceback

    from cpdesk.faults import record_fault

    try:
        kept = f" (recorded, with nothing personal, in {record_fault('a command failed', error)})"
    except OSError:
        kept = ""
    first = " ".join(str(error).splitlines())
    print(
        f"cpdesk: internal error ({type(error).__name__}{': ' + first if first else ''}): this is a fault "
        f"in cpdesk itself, not in your input{kept}; please report it with the traceback below",
        file=sys.stderr,
    )
    traceback.print_exception(error, file=sys.stderr)
    return EXIT_FAULT


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.example and args.db:
        parser.error("--example opens the example database: it cannot be used with --db")
    try:
        return _run(args)
    except CpdeskError as error:
        return _refuse(error.describe())
    except OSError as error:
        if error.filename is not None:  # the user's own file: no such file, a folder, not allowed
            return _refuse(f"{error.filename}: {error.strerror or error}")
        print(f"cpdesk: the system could not do this ({error.strerror or error})", file=sys.stderr)
        return EXIT_SYSTEM
    except KeyboardInterrupt:
        print("cpdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        return _fault(error)


if __name__ == "__main__":
    sys.exit(main())

"""The `paindiary` command: the desktop app by default, subcommands for everything else.

Each subcommand lives in a small module with `register(subparsers)`. A command sets
`handler(args, diary)` when it works on an opened diary, or `path_handler(args, db_path)`
when it must look at the file before (or instead of) opening it.
Commands that need no window import neither PySide6 nor matplotlib.
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from paindiary import __version__, paths
from paindiary.domain import ValidationError

if TYPE_CHECKING:
    from paindiary.store import Diary

EXIT_OK = 0
EXIT_USER_ERROR = 2
# Commands that only read: on a read-only disk they open the diary read-only instead of failing.
READING_COMMANDS = frozenset(
    {"list", "export", "summary", "chart", "report"}
)  # "med list" writes nothing either, but shares "med"


def command_modules() -> tuple[ModuleType, ...]:
    """The subcommands' modules, imported only when a command (or --help) is asked for."""
    from paindiary.cli import (
        charts,
        clinic,
        demo,
        entries,
        maintenance,
        medicines,
        report_command,
        sessions,
        summary,
        transfer,
    )

    return (
        entries,
        sessions,
        medicines,
        clinic,
        summary,
        charts,
        report_command,
        transfer,
        demo,
        maintenance,
    )


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit 2."""


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paindiary",
        add_help=with_commands,
        description=(
            "A private pain diary for people receiving ketamine therapy. Without a command, "
            "the desktop app starts. Your diary stays in one local file; nothing is sent anywhere."
        ),
        epilog=(
            f"The diary is {paths.default_db_path()} unless --db or the {paths.DB_ENV} "
            "environment variable names another file."
        ),
    )
    parser.add_argument("--version", action="version", version=f"paindiary {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"diary file to use (default: ${paths.DB_ENV} or the data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the app on a throwaway diary filled with sample data (your diary is not touched)",
    )
    if with_commands:
        subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
        for module in command_modules():
            module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Just the app (`paindiary`, `--db X`, `--demo`): no command module is imported, which
    # keeps their imports out of the window's start-up.
    app_args, rest = build_parser(with_commands=False).parse_known_args(arguments)
    if not rest:
        return _start_app(app_args)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        return _start_app(args)
    _escape_what_the_terminal_cannot_show()
    db_path = paths.resolve_db_path(args.db)
    try:
        if getattr(args, "path_handler", None) is not None:
            return int(args.path_handler(args, db_path))
        return _with_diary(args, db_path)
    except (UserError, ValidationError) as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was written")


def _with_diary(args: argparse.Namespace, db_path: Path) -> int:
    from paindiary.cli import maintenance
    from paindiary.store import Diary, DiaryDamaged, DiaryError, DiaryNotADiary, DiaryTooNew
    from paindiary.store.backup import backup_before_migration

    refused = maintenance.refuse_before_opening(db_path)
    if refused is not None:
        return refused
    try:
        try:
            diary = Diary.open(db_path, before_migration=backup_before_migration)
        except (DiaryError, OSError) as error:
            if args.command not in READING_COMMANDS or isinstance(
                error, DiaryDamaged | DiaryNotADiary | DiaryTooNew
            ):
                raise
            try:
                diary = Diary.open(db_path, read_only=True)
            except DiaryError:
                raise error from None  # reading does not help either: say what went wrong first
        with diary:
            code = int(args.handler(args, diary))
            _warn_about_unreadable_rows(diary)
            return code
    except DiaryError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{error.filename or db_path}: {error.strerror}")


def _warn_about_unreadable_rows(diary: Diary) -> None:
    """Records a command had to leave out, said once at the end (the rest was still shown or written)."""
    skipped = diary.unreadable_rows()
    if skipped:
        print(
            f"paindiary: warning: {len(skipped)} damaged record(s) could not be read and were left out "
            f"({'; '.join(skipped[:3])}). Run 'paindiary check' for details.",
            file=sys.stderr,
        )


def _escape_what_the_terminal_cannot_show() -> None:
    # A note with an emoji printed to a Latin-1 terminal would end in a traceback: print \U0001f600.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _start_app(args: argparse.Namespace) -> int:
    # Start-up creates some 70,000 long-lived objects the collector tracks (modules, classes,
    # widgets) and almost no garbage; cyclic collections would walk them again and again for
    # nothing (a tenth of the start-up time). The window turns collection back on once shown.
    gc.disable()
    try:
        # The store first: modules imported after PySide6 pass through its import hook,
        # which costs start-up time for every module of SQLAlchemy.
        import paindiary.store  # noqa: F401
        from paindiary.ui.app import run_app

        return run_app(db_path=None if args.demo else paths.resolve_db_path(args.db), demo=args.demo)
    finally:
        gc.enable()


def _fail(message: str) -> int:
    print(f"paindiary: error: {message}", file=sys.stderr)
    return EXIT_USER_ERROR

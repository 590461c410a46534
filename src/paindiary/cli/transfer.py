"""`paindiary export FILE` and `paindiary import FILE`: the diary in and out of files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from paindiary.formats import registry
from paindiary.store import Diary


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the whole diary to a file",
        description="Write the whole diary to a file; the format follows the extension: "
        + registry.describe_exports(),
    )
    export.add_argument("file", metavar="FILE", type=Path, help="file to write (replaced atomically, mode 0600)")
    export.set_defaults(handler=run_export)

    importer = subparsers.add_parser(
        "import",
        help="add records from a file",
        description="Add the records of a file to the diary, all or nothing. Records already in the "
        "diary with the same content are skipped, so importing a file twice is harmless. Formats: "
        + registry.describe_imports(),
    )
    importer.add_argument("file", metavar="FILE", type=Path, help="file to read")
    importer.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, diary: Diary) -> int:
    summary = registry.export_diary(diary, args.file)
    print(f"Wrote {summary} to {args.file}.")
    return 0


def run_import(args: argparse.Namespace, diary: Diary) -> int:
    result = registry.import_file(diary, args.file)
    print(registry.describe_result(result))
    return 0

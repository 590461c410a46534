"""Re-extract every user-visible string into resources/translations/paindiary_<lang>.ts and compile .qm.

    .venv/bin/python packaging/update_translations.py          # or: make translations
    .venv/bin/python packaging/update_translations.py --no-qm  # only refresh the .ts files

Two sources feed each catalogue:
- Qt code (`self.tr(...)`, `QCoreApplication.translate(...)`): pyside6-lupdate extracts them.
- the Qt-free core's `_()` and `_n()` (paindiary.i18n): lupdate does not know these, so a small
  AST pass collects their literal arguments into context "paindiary" (i18n.CONTEXT), plus the
  labels the core translates by lookup (routes, side effects, severities, relief statuses).
Counted texts (`tr("%n entries", "", n)`, `_n(singular, plural, n)`) become numerus messages
with one form per grammatical number of the language; an `_n()` message is keyed by its English
plural. English gets a catalogue of these alone (Qt needs it to write "1 entry"); the core's
English forms are filled in from the `_n()` call, Qt's by hand.
Existing translations are kept; new strings are added unfinished; strings gone from the source
are dropped. Then pyside6-lrelease compiles each .ts into its .qm.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "paindiary"
sys.path.insert(0, str(ROOT / "src"))

from paindiary.i18n import CONTEXT  # noqa: E402
from paindiary.resources import translations_dir  # noqa: E402

TARGETS = {"en": "en_US", "de": "de_DE", "es": "es_ES"}
SOURCE_LANGUAGE = "en"  # its catalogue holds only the counted messages
# How many forms a counted message has in each language (Qt's plural rules for it).
FORMS = {"en": 2, "de": 2, "es": 2}
CORE_MARKERS = {"_": 1, "_n": 2}  # marker name -> how many leading literal arguments are messages

Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    """One entry of a .ts catalogue."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    finished: bool = False
    extra: list[ET.Element] = field(default_factory=list)  # e.g. translator comments from lupdate
    numerus: bool = False  # a counted message: `forms` hold its translation, one per number
    forms: list[str] = field(default_factory=list)
    english: tuple[str, str] | None = None  # an `_n()` call's own singular and plural

    @property
    def translated(self) -> bool:
        """Finished, with text in every form (or in its one translation)."""
        texts = self.forms if self.numerus else [self.translation]
        return self.finished and bool(texts) and all(text.strip() for text in texts)

    def fresh(self) -> Message:
        """A copy without translation, to merge a catalogue's translations into."""
        return Message(
            self.context,
            self.source,
            self.comment,
            extra=list(self.extra),
            numerus=self.numerus,
            english=self.english,
        )

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


@dataclass(frozen=True)
class Unmarked:
    """A `_()` call whose argument is not a literal: it can only be translated if listed in LOOKUPS."""

    path: Path
    line: int
    code: str


def python_sources() -> list[Path]:
    """Every module of the package (what lupdate and the AST pass read), minus the markers' own module."""
    marker_module = SOURCE / "i18n.py"
    return sorted(
        path for path in SOURCE.rglob("*.py") if "__pycache__" not in path.parts and path != marker_module
    )


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, next to this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials into this environment")
    return found


# ------------------------------------------------------------------ extraction


def core_calls(paths: Iterable[Path]) -> tuple[list[Message], list[Unmarked]]:
    """The messages of literal `_()`/`_n()` calls in source order, and the calls that pass something else."""
    found: list[Message] = []
    unmarked: list[Unmarked] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            count = CORE_MARKERS.get(node.func.id)
            if count is None or not node.args or isinstance(node.args[0], ast.Starred):
                continue
            texts: list[str] = []
            for argument in node.args[:count]:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    texts.append(argument.value)
                else:
                    unmarked.append(Unmarked(path, node.lineno, ast.unparse(argument)))
            if len(texts) != count:
                continue
            if count == 2:
                found.append(Message(CONTEXT, texts[1], numerus=True, english=(texts[0], texts[1])))
            else:
                found.append(Message(CONTEXT, texts[0]))
    return found, unmarked


def looked_up_texts() -> dict[str, list[str]]:
    """English labels the code translates by lookup (`_(ROUTE_LABELS[route])`), per where they live."""
    from paindiary import domain, formatting
    from paindiary.charts import report_content

    return {
        "ROUTE_LABELS": list(domain.ROUTE_LABELS.values()),
        "REGION_LABELS": list(formatting.REGION_LABELS.values()),
        "DRUG_LABELS": list(formatting.DRUG_LABELS.values()),
        "side_effect_label": [domain.side_effect_label(kind) for kind in domain.SIDE_EFFECT_CATALOG],
        "Severity": [severity.value for severity in domain.Severity],
        "STATUS_TEXT": list(report_content.STATUS_TEXT.values()),
    }


def core_messages(paths: Iterable[Path]) -> tuple[list[Message], list[Unmarked]]:
    """Context-"paindiary" messages: literal `_()` texts and the looked-up labels, each once."""
    found, unmarked = core_calls(paths)
    for labels in looked_up_texts().values():
        found.extend(Message(CONTEXT, label) for label in labels)
    unique: dict[Key, Message] = {}
    for message in found:
        if message.source.strip():
            unique.setdefault(message.key, message)
    # Lookups cover the calls that pass `NAME[...]` or `x.value`; report only the rest.
    covered = (
        "ROUTE_LABELS[",
        "REGION_LABELS[",
        "DRUG_LABELS[",
        "STATUS_TEXT[",
        ".severity.value",
        "severity.value",
    )
    left = [call for call in unmarked if not any(mark in call.code for mark in covered)]
    return list(unique.values()), left


def lupdate_messages(paths: list[Path]) -> list[Message]:
    """What pyside6-lupdate finds in the Qt code (tr/translate calls), in its order."""
    with tempfile.TemporaryDirectory(prefix="paindiary-lupdate-") as scratch:
        target = Path(scratch) / "extracted.ts"
        options = ["-silent", "-no-obsolete", "-locations", "none"]
        subprocess.run(
            [tool("pyside6-lupdate"), *options, *map(str, paths), "-ts", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        return list(read_ts(target))


def extract(paths: list[Path] | None = None) -> tuple[list[Message], list[Unmarked]]:
    """Every message of the current source (untranslated), and `_()` calls that cannot be extracted."""
    files = python_sources() if paths is None else paths
    found: dict[Key, Message] = {}
    for message in lupdate_messages(files):
        found.setdefault(message.key, message)
    core, unmarked = core_messages(files)
    for message in core:
        found.setdefault(message.key, message)
    return list(found.values()), unmarked


# ------------------------------------------------------------------ .ts files


def read_ts(path: Path) -> Iterator[Message]:
    """The messages of a .ts file, counted ones with their numerus forms."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            state = translation.get("type", "") if translation is not None else "unfinished"
            extra = [child for child in element if child.tag in ("extracomment", "translatorcomment")]
            numerus = element.get("numerus") == "yes"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            yield Message(
                context=name,
                source=element.findtext("source", ""),
                comment=element.findtext("comment", ""),
                translation="" if numerus or translation is None else translation.text or "",
                finished=state == "",
                extra=extra,
                numerus=numerus,
                forms=forms if numerus else [],
            )


def merge(current: list[Message], existing: Iterable[Message], language: str) -> list[Message]:
    """The current messages with the translations they already had; obsolete ones are dropped.

    A counted message new to the catalogue takes its forms from the two plain messages an
    `_()` pair (or an earlier `_n()`) had for its singular and plural, so they need no retyping.
    """
    known = {message.key: message for message in existing if message.translation or any(message.forms)}
    merged = []
    for message in current:
        old = known.get(message.key)
        if message.numerus:
            if language == SOURCE_LANGUAGE and message.english is not None:
                message.forms, message.finished = list(message.english), True  # the source says it
            elif old is not None and old.numerus:
                message.forms, message.finished = list(old.forms), old.finished
            elif message.english is not None:
                message.forms, message.finished = carried_forms(message, known)
            message.forms = (message.forms + [""] * FORMS[language])[: FORMS[language]]
        elif old is not None and not old.numerus:
            message.translation, message.finished = old.translation, old.finished
        merged.append(message)
    return merged


def carried_forms(message: Message, known: dict[Key, Message]) -> tuple[list[str], bool]:
    """The translations of an `_n()` message's singular and plural as plain messages, if both exist."""
    assert message.english is not None
    olds = [known.get((message.context, text, message.comment)) for text in message.english]
    if any(old is None or old.numerus for old in olds):
        return [], False
    return [old.translation for old in olds if old is not None], all(
        old is not None and old.finished for old in olds
    )


def catalogue_messages(current: list[Message], language: str) -> list[Message]:
    """What `language`'s catalogue holds: everything, or for English only the counted messages."""
    wanted = [m for m in current if m.numerus] if language == SOURCE_LANGUAGE else current
    return [message.fresh() for message in wanted]


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write a catalogue in Qt's TS format, contexts sorted, messages in source order."""
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in contexts[name]:
            element = ET.SubElement(context, "message", {"numerus": "yes"} if message.numerus else {})
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            element.extend(message.extra)
            translation = ET.SubElement(element, "translation")
            if message.numerus:
                for form in message.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation
            if not message.finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def plain_translator(ts: Path) -> Callable[[str, str, int], str]:
    """The finished translations of a .ts file as an `i18n` translator, without Qt (for tests).

    Counted messages pick their first form for one and the second otherwise: the rule of
    English, German and Spanish alike.
    """
    finished = {(m.context, m.source): m for m in read_ts(ts) if m.translated}

    def translate(context: str, text: str, count: int) -> str:
        message = finished.get((context, text))
        if message is None:
            return text
        if message.numerus:
            return message.forms[0 if count == 1 else -1]
        return message.translation

    return translate


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile one catalogue (unfinished entries are left out, so English shows instead)."""
    command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    """Refresh every catalogue; report what is left to translate and `_()` calls that cannot be."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-qm", action="store_true", help="only refresh the .ts files")
    args = parser.parse_args(argv)
    current, unmarked = extract()
    folder = translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for code, language in TARGETS.items():
        ts = folder / f"paindiary_{code}.ts"
        existing = list(read_ts(ts)) if ts.is_file() else []
        merged = merge(catalogue_messages(current, code), existing, code)
        write_ts(ts, language, merged)
        left = sum(1 for message in merged if not message.translated)
        print(f"{ts.name}: {len(merged)} messages, {left} to translate")
        if not args.no_qm:
            compile_qm(ts, ts.with_suffix(".qm"))
    for call in unmarked:
        where = call.path.relative_to(ROOT)
        print(f"warning: {where}:{call.line}: _({call.code}) passes no literal text; it stays English")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The catalogue tool writes counted messages with numerus forms and keeps them when run again."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations as tool  # noqa: E402
from update_translations import Message  # noqa: E402

HAS_LRELEASE = (
    shutil.which("pyside6-lrelease") is not None
    or (Path(sys.executable).parent / "pyside6-lrelease").is_file()
)


def source() -> list[Message]:
    """What the extraction yields for a Qt `tr("%n entries", "", n)` and a core `_n()`."""
    return [
        Message("DiaryView", "%n entries shown", numerus=True),
        Message(
            "paindiary", "{count} sessions", numerus=True, english=("{count} session", "{count} sessions")
        ),
        Message("paindiary", "Diary"),
    ]


def refresh(ts: Path, language: str) -> list[Message]:
    """One run of the tool over `ts`, as `main()` does it for one language."""
    existing = list(tool.read_ts(ts)) if ts.is_file() else []
    merged = tool.merge(tool.catalogue_messages(source(), language), existing, language)
    tool.write_ts(ts, language, merged)
    return list(tool.read_ts(ts))


def by_source(messages: list[Message]) -> dict[str, Message]:
    return {message.source: message for message in messages}


def test_counted_messages_get_two_forms_and_keep_them_on_the_next_run(tmp_path: Path) -> None:
    ts = tmp_path / "paindiary_de.ts"
    first = by_source(refresh(ts, "de"))
    assert first["%n entries shown"].numerus
    assert first["%n entries shown"].forms == ["", ""]
    assert not first["Diary"].numerus
    assert 'numerus="yes"' in ts.read_text(encoding="utf-8")
    translated = [*first.values()]
    for message in translated:
        message.finished = True
        if message.numerus:
            message.forms = ["%n Eintrag angezeigt", "%n Einträge angezeigt"]
        else:
            message.translation = "Tagebuch"
    tool.write_ts(ts, "de", translated)
    again = by_source(refresh(ts, "de"))
    assert again["%n entries shown"].forms == ["%n Eintrag angezeigt", "%n Einträge angezeigt"]
    assert again["%n entries shown"].translated
    assert again["Diary"].translation == "Tagebuch"


def test_a_former_pair_of_plain_messages_becomes_the_forms(tmp_path: Path) -> None:
    ts = tmp_path / "paindiary_de.ts"
    before = [
        Message("paindiary", "{count} session", translation="{count} Sitzung", finished=True),
        Message("paindiary", "{count} sessions", translation="{count} Sitzungen", finished=True),
    ]
    tool.write_ts(ts, "de", before)
    counted = by_source(refresh(ts, "de"))["{count} sessions"]
    assert counted.forms == ["{count} Sitzung", "{count} Sitzungen"]
    assert counted.translated
    assert "{count} session" not in by_source(tool.read_ts(ts))


def test_english_holds_only_the_counted_messages_with_the_cores_forms_filled_in(tmp_path: Path) -> None:
    english = by_source(refresh(tmp_path / "paindiary_en.ts", "en"))
    assert set(english) == {"%n entries shown", "{count} sessions"}
    assert english["{count} sessions"].forms == ["{count} session", "{count} sessions"]
    assert english["{count} sessions"].translated
    assert not english["%n entries shown"].translated  # Qt's singular is written by hand


@pytest.mark.skipif(
    not HAS_LRELEASE, reason="pyside6-lrelease is not installed (PySide6-Essentials ships it)"
)
@pytest.mark.parametrize("language", ["de", "es"])
def test_lrelease_compiles_the_forms_and_qt_picks_them_by_number(tmp_path: Path, language: str) -> None:
    ts = tmp_path / f"paindiary_{language}.ts"
    messages = refresh(ts, language)
    for message in messages:
        message.finished = True
        message.forms = ["%n one", "%n many"] if message.numerus else []
        message.translation = "" if message.numerus else "x"
    tool.write_ts(ts, tool.TARGETS[language], messages)
    tool.compile_qm(ts, tmp_path / "out.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "out.qm"))
    assert translator.translate("DiaryView", "%n entries shown", None, 1) == "%n one"
    assert translator.translate("DiaryView", "%n entries shown", None, 2) == "%n many"

"""Today's form kept as a draft beside the diary, so a crash or a kill loses nothing typed.

The draft is written a moment after each change (atomically, readable by the patient alone),
removed when the form is saved or cleared, and offered back at the next start.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from paindiary.formats.atomic import write_private_text
from paindiary.ui.formatting import short_date, short_time
from paindiary.ui.widgets import MIN_TARGET_PX

WRITE_AFTER_MS = 800  # a pause in typing, not every key press


@dataclass(frozen=True)
class TodayDraft:
    """What was on Today's form: nothing here has been saved to the diary."""

    written: datetime
    pain: int | None = None
    worst: int | None = None
    enjoyment: int | None = None
    activity: int | None = None
    locations: tuple[str, ...] = field(default_factory=tuple)
    note: str = ""
    sleep: int | None = None
    mood: int | None = None

    def is_empty(self) -> bool:
        answers = (self.pain, self.worst, self.enjoyment, self.activity, self.sleep, self.mood)
        return all(answer is None for answer in answers) and not self.locations and not self.note.strip()


def draft_path(diary_path: Path) -> Path:
    """The draft of the diary at `diary_path`: in the same folder, named after it."""
    return diary_path.with_name(diary_path.name + ".today-draft.json")


def write_draft(path: Path, draft: TodayDraft) -> None:
    """Replace the draft in one step: a kill mid-write leaves the old draft, never half a file."""
    data: dict[str, Any] = asdict(draft)
    data["written"] = draft.written.isoformat()
    data["locations"] = list(draft.locations)
    write_private_text(path, json.dumps(data, ensure_ascii=False))  # atomic and 0600, as every file we write


def read_draft(path: Path) -> TodayDraft | None:
    """The draft at `path`; None when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        draft = TodayDraft(
            written=datetime.fromisoformat(data["written"]),
            pain=_score(data.get("pain")),
            worst=_score(data.get("worst")),
            enjoyment=_score(data.get("enjoyment")),
            activity=_score(data.get("activity")),
            locations=tuple(str(name) for name in data.get("locations", ())),
            note=str(data.get("note", "")),
            sleep=_score(data.get("sleep")),
            mood=_score(data.get("mood")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return None if draft.is_empty() else draft


def remove_draft(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _score(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 else None


class DraftForm(Protocol):
    """What the keeper needs of Today's form (TodayView)."""

    @property
    def form_changed(self) -> SignalInstance: ...

    def has_typed(self) -> bool: ...

    def draft(self) -> TodayDraft: ...

    def put_back(self, draft: TodayDraft) -> None: ...

    def add_panel(self, widget: QWidget, area: str) -> None: ...


class DraftKeeper(QObject):
    """Writes Today's form to its draft a moment after each change; removes it when emptied."""

    def __init__(self, today: DraftForm, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._today = today
        self.path = path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_AFTER_MS)
        self._timer.timeout.connect(self.write_now)
        today.form_changed.connect(self._on_change)

    def _on_change(self) -> None:
        # Emptied (saved or cleared): remove the draft at once, so a kill now offers nothing stale.
        if self._today.has_typed():
            self._timer.start()
        else:
            self.write_now()

    def write_now(self) -> None:
        """Write (or remove) the draft at once; a disk that refuses it must not stop the typing."""
        self._timer.stop()
        draft = self._today.draft()
        with contextlib.suppress(OSError):
            if draft.is_empty():
                remove_draft(self.path)
            else:
                write_draft(self.path, draft)

    def offer(self) -> DraftOffer | None:
        """Put a notice on Today offering back a draft left by an earlier run, if there is one."""
        draft = read_draft(self.path)
        if draft is None:
            return None
        offer = DraftOffer(draft)
        offer.restore_button.clicked.connect(lambda: self._take(offer, restore=True))
        offer.discard_button.clicked.connect(lambda: self._take(offer, restore=False))
        self._today.add_panel(offer, "notices")
        return offer

    def _take(self, offer: DraftOffer, *, restore: bool) -> None:
        offer.hide()
        offer.deleteLater()
        if restore:
            self._today.put_back(offer.draft)
            self.write_now()
        else:
            with contextlib.suppress(OSError):
                remove_draft(self.path)


class DraftOffer(QFrame):
    """ "Restore what you were typing on …?" with Restore and Discard, under Today's title."""

    def __init__(self, draft: TodayDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setFrameShape(QFrame.Shape.StyledPanel)
        when = f"{short_date(draft.written.date())} {short_time(draft.written)}"
        self.question = QLabel(
            self.tr("Restore what you were typing on {when}? It was not saved.").format(when=when), self
        )
        self.question.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore what you were typing"))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setAccessibleName(self.tr("Discard what you were typing"))
        row = QHBoxLayout(self)
        row.addWidget(self.question, 1)
        for button in (self.restore_button, self.discard_button):
            button.setMinimumHeight(MIN_TARGET_PX - 4)
            row.addWidget(button)

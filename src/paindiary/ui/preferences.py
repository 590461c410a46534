"""This computer's preferences (kept in QSettings): every key, default and type in one place.

The diary's own settings (analysis, default weight) travel with the diary file and are
read and written through the DiaryAdapter; these stay with the computer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from paindiary import reminders
from paindiary.resources import LANGUAGES

# The QSettings keys; nothing else in the app names them.
_REMINDER_ENABLED = "reminder/enabled"
_REMINDER_TIME = "reminder/time"
_REMINDER_LAST_SHOWN = "reminder/last_shown"
_AUTOSTART = "autostart"
_LANGUAGE = "language"
_SLEEP_MOOD_ALWAYS = "today/sleep_mood_always"
_WINDOW_GEOMETRY = "window/geometry"
TIME_FORMAT = "%H:%M"

# Each language paindiary speaks, named in that language so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}


class PreferencesError(OSError):
    """The preferences could not be written (a read-only or full configuration folder).

    The dialog that saved them says so in its own words.
    """


@dataclass(frozen=True)
class Choices:
    """What the patient chooses in Settings for this computer."""

    reminder_enabled: bool = False
    reminder_time: time = reminders.DEFAULT_TIME
    autostart: bool = False
    language: str = ""  # "" follows the system
    sleep_mood_always: bool = False  # Today opens "More detail" (with sleep and mood) by itself


class Preferences(QObject):
    """Typed access to QSettings; `changed` after each save of the patient's choices."""

    changed = Signal()

    def __init__(self, store: Callable[[], QSettings] = QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def choices(self) -> Choices:
        """The saved choices; a missing or unreadable value gives its default."""
        stored = self._store()
        default = Choices()
        language = str(stored.value(_LANGUAGE, "") or "")
        return Choices(
            reminder_enabled=_flag(stored, _REMINDER_ENABLED, default.reminder_enabled),
            reminder_time=reminders.parse_time(str(stored.value(_REMINDER_TIME, "") or ""))
            or default.reminder_time,
            autostart=_flag(stored, _AUTOSTART, default.autostart),
            language=language if language in LANGUAGES else default.language,
            sleep_mood_always=_flag(stored, _SLEEP_MOOD_ALWAYS, default.sleep_mood_always),
        )

    def save(self, choices: Choices) -> None:
        """Write `choices`; PreferencesError when they could not be written."""
        stored = self._store()
        stored.setValue(_REMINDER_ENABLED, choices.reminder_enabled)
        stored.setValue(_REMINDER_TIME, choices.reminder_time.strftime(TIME_FORMAT))
        stored.setValue(_AUTOSTART, choices.autostart)
        stored.setValue(_LANGUAGE, choices.language)
        stored.setValue(_SLEEP_MOOD_ALWAYS, choices.sleep_mood_always)
        _sync(stored)
        self.changed.emit()

    def reminder_last_shown(self) -> datetime | None:
        """When the reminder last appeared (None: never, or unreadable)."""
        text = str(self._store().value(_REMINDER_LAST_SHOWN, "") or "")
        try:
            return datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def set_reminder_last_shown(self, moment: datetime) -> None:
        stored = self._store()
        stored.setValue(_REMINDER_LAST_SHOWN, moment.isoformat(timespec="seconds"))
        stored.sync()  # best effort: at worst the reminder appears once more

    def window_geometry(self) -> QByteArray | None:
        geometry = self._store().value(_WINDOW_GEOMETRY)
        return geometry if isinstance(geometry, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store().setValue(_WINDOW_GEOMETRY, geometry)


def _flag(stored: QSettings, key: str, default: bool) -> bool:
    return bool(stored.value(key, default, type=bool))


def _sync(stored: QSettings) -> None:
    stored.sync()
    if stored.status() != QSettings.Status.NoError:
        raise PreferencesError(f"QSettings status {stored.status().name}")

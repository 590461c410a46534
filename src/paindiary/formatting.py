"""Numbers and dates in the current language, for charts, the report and the analysis wording.

Month names and the decimal separator come from the translation catalogues rather than the
C library's locale: they then follow the language chosen in the app, whatever locales the
machine has installed, and the command line prints the same as the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from paindiary.i18n import _, _n


def month_abbreviations() -> tuple[str, ...]:
    """January to December, abbreviated in the current language."""
    return (
        _("Jan"),
        _("Feb"),
        _("Mar"),
        _("Apr"),
        _("May"),
        _("Jun"),
        _("Jul"),
        _("Aug"),
        _("Sep"),
        _("Oct"),
        _("Nov"),
        _("Dec"),
    )


def month_abbreviation(month: int) -> str:
    return month_abbreviations()[month - 1]


def _day_month_year(day: date, year: str) -> str:
    # The order and marks around day, month and year are the language's: German writes
    # "3. Mär 2024", with a full stop after the day.
    return _("{day} {month} {year}").format(day=day.day, month=month_abbreviation(day.month), year=year)


def format_date(day: date) -> str:
    """A date readers everywhere understand: "3 Mar 2024"."""
    return _day_month_year(day, str(day.year))


def format_short_date(day: date) -> str:
    """ "3 Mar 24": for table cells."""
    return _day_month_year(day, f"{day:%y}")


def format_month(day: date) -> str:
    """ "Mar 24": a course's month under a bar."""
    return f"{month_abbreviation(day.month)} {day:%y}"


def format_period(start: date, end: date) -> str:
    return f"{format_date(start)} – {format_date(end)}"


def format_fixed(value: float, places: int) -> str:
    """`value` with exactly `places` decimals and the language's decimal separator: 0.50 or 0,50."""
    return _localized(f"{value:.{places}f}")


def format_number(value: float, places: int = 1) -> str:
    """A number without trailing zeros: 2.0 -> "2", 1.25 -> "1.25" (at most `places`)."""
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localized("0" if text == "-0" else text)


def _localized(text: str) -> str:
    """A number written by Python ("-1.5") with the language's decimal separator."""
    whole, _point, fraction = text.partition(".")
    return _("{whole}.{fraction}").format(whole=whole, fraction=fraction) if fraction else whole


def entries_text(count: int) -> str:
    """ "1 entry", "2 entries": for sentences that count entries and sessions together."""
    return _n("{count} entry", "{count} entries", count).format(count=count)


def sessions_text(count: int) -> str:
    """ "1 session", "2 sessions"."""
    return _n("{count} session", "{count} sessions", count).format(count=count)


# Names the app itself offers, stored in English (the diary, its exports and the command line
# read the same key in any language) and shown in the interface language. A name the patient
# typed is theirs: shown and stored as typed. Keys and English labels are the same words.
REGION_LABELS = {
    name: name
    for name in (
        *("head", "neck", "shoulders", "arms", "hands", "chest", "back", "hips", "legs", "feet"),
        *("left foot", "left ankle", "left calf", "lower back", "right hand"),  # the sample diary's
    )
}
DRUG_LABELS = {"ketamine": "ketamine", "esketamine": "esketamine"}


def region_label(name: str) -> str:
    """A body region as shown: "head" -> "Kopf" in German; one the patient typed stays as typed."""
    return _(REGION_LABELS[name]) if name in REGION_LABELS else name


def drug_label(name: str) -> str:
    """A drug as shown: "ketamine" -> "Ketamin" in German; one the patient typed stays as typed."""
    return _(DRUG_LABELS[name]) if name in DRUG_LABELS else name


def region_key(text: str) -> str:
    """What to store for a body region the patient chose or typed: the key of one shown as `text`."""
    return _key_for(text, REGION_LABELS, region_label)


def drug_key(text: str) -> str:
    """What to store for a drug chosen or typed in the interface language ("Ketamin" -> "ketamine")."""
    return _key_for(text, DRUG_LABELS, drug_label)


def _key_for(text: str, known: dict[str, str], label: Callable[[str], str]) -> str:
    wanted = text.strip().casefold()
    return next((key for key in known if wanted in (key.casefold(), label(key).casefold())), text.strip())

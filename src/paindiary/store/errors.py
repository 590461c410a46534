"""What can go wrong with a diary, in words for the user; no SQL library needed to name it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paindiary.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError


class DiaryError(Exception):
    """A diary that cannot be opened or written; the message is for the user."""


class RecordNotFound(DiaryError):
    """The record was deleted or never existed."""


class DiaryTooNew(DiaryError):
    """The file was written by a newer paindiary; it is left untouched."""


class DiaryDamaged(DiaryError):
    """The file is not a readable SQLite diary; it is left untouched."""


class DiaryNotADiary(DiaryError):
    """A readable SQLite file that is not a paindiary diary."""


class DiaryWriteError(DiaryError):
    """A write that could not be completed (disk full, read-only file...); nothing was saved."""


def write_failure(exc: SQLAlchemyError) -> DiaryWriteError:
    detail = str(getattr(exc, "orig", exc))
    if "full" in detail:
        reason = _("the disk is full")
    elif "readonly" in detail or "read-only" in detail:
        reason = _("the diary file is read-only")
    elif "locked" in detail:
        reason = _("the diary is busy in another program")
    elif "disk I/O error" in detail:
        reason = _("the diary file could not be written (a disk error or a file size limit)")
    else:
        reason = detail
    return DiaryWriteError(_("Nothing was saved: {reason}.").format(reason=reason))

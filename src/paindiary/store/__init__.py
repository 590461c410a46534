"""The only package that knows SQL: the Diary facade and how a diary file is opened."""

from paindiary.store.diary import Diary
from paindiary.store.errors import (
    DiaryDamaged,
    DiaryError,
    DiaryNotADiary,
    DiaryTooNew,
    DiaryWriteError,
    RecordNotFound,
)
from paindiary.store.import_parts import ImportResult

__all__ = [
    "Diary",
    "DiaryDamaged",
    "DiaryError",
    "DiaryNotADiary",
    "DiaryTooNew",
    "DiaryWriteError",
    "ImportResult",
    "RecordNotFound",
]

"""The only package that knows SQL: the Diary facade and how a diary file is opened."""

from paindiary.store.database import DiaryDamaged, DiaryError, DiaryNotADiary, DiaryTooNew, RecordNotFound
from paindiary.store.diary import Diary, DiaryWriteError
from paindiary.store.import_batch import ImportResult

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

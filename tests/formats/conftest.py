"""The soak fuzz run (`-m soak`) is skipped unless selected, as in tests/reliability."""

from tests.reliability.conftest import pytest_collection_modifyitems

__all__ = ["pytest_collection_modifyitems"]

"""paindiary: a private pain diary that shows how long each ketamine session helps."""

__version__ = "0.1.0"

"""The German spreadsheet of issue #16, as Excel on Windows saves "CSV (semicolon separated)".

Windows-1252 without a BOM, CRLF line ends, `;` between cells, decimal commas, dd.mm.yyyy dates,
and half points in the pain column (lines 3 and 5). Run `python -m tests.support.german_excel`
to write tests/data/german_excel_cp1252.csv again.
"""

from __future__ import annotations

from pathlib import Path

PATH = Path(__file__).parents[1] / "data" / "german_excel_cp1252.csv"
PAIN_COLUMN = "Schmerzstärke (0–10)"
ROWS = (
    ("Datum", "Uhrzeit", PAIN_COLUMN, "Körpertemperatur (°C)", "Bemerkung"),
    ("01.03.2024", "08:15", "6", "36,8", "Schmerz ä ö ü ß"),
    ("01.03.2024", "20:30", "6,5", "37,1", "Rücken – nach dem Spaziergang"),
    ("02.03.2024", "07:45", "5", "36,9", '"Kopf; Nacken"'),
    ("02.03.2024", "21:00", "7,5", "37,4", "Übelkeit, müde"),
    ("03.03.2024", "09:10", "4", "36,7", "Größtenteils ruhig – 5 € Parken"),
)


def content() -> bytes:
    return "".join(";".join(cells) + "\r\n" for cells in ROWS).encode("cp1252")


if __name__ == "__main__":
    PATH.write_bytes(content())

"""Layout checks for any chart: every drawn text inside the figure, none over another."""

from __future__ import annotations

from unittest.mock import patch

from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text


def drawn_texts(figure: Figure) -> tuple[list[Text], RendererBase]:
    """The visible, non-empty texts a draw of the figure really drew, and its renderer."""
    texts: list[Text] = []
    original = Text.draw

    def recording(text: Text, renderer: RendererBase) -> None:
        original(text, renderer)
        if text.get_visible() and text.get_text().strip():
            texts.append(text)

    with patch.object(Text, "draw", recording):
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
    return texts, canvas.get_renderer()


def texts_overlapping_or_outside(figure: Figure) -> list[str]:
    """Texts beyond the figure's edges, and pairs of texts drawn over each other."""
    texts, renderer = drawn_texts(figure)
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in texts]
    page = figure.bbox.padded(0.5)
    found = [name for name, box in boxes if not all(page.contains(*corner) for corner in box.corners())]
    for index, (name, box) in enumerate(boxes):
        for other_name, other in boxes[index + 1 :]:
            if box.overlaps(other):
                found.append(f"{name!r} over {other_name!r}")
    return found

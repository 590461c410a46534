"""Features add pages (Ctrl+number, built when first shown) and panels on Today through the host."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import FeatureHost
from paindiary.ui.main_window import MainWindow


def test_a_feature_page_is_built_when_first_shown_and_reached_by_its_key(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    built: list[QWidget] = []

    def build(parent: QWidget) -> QWidget:
        page = QLabel("extra page", parent)
        built.append(page)
        return page

    def install(host: FeatureHost) -> None:
        host.add_page("extra", "Extra", build)

    window = MainWindow(adapter, features=[install])
    qtbot.add_widget(window)
    window.show()
    assert built == []
    assert window.nav.count() == 5
    assert "Ctrl+5" in window.nav.item(4).toolTip()
    action = next(action for action in window.menu("view").actions() if action.text() == "Extra")
    assert action.shortcut() == QKeySequence("Ctrl+5")
    action.trigger()
    assert window.current_page() == "extra"
    assert len(built) == 1
    assert built[0].isVisible()
    window.show_page("today")
    window.show_page("extra")
    assert len(built) == 1  # built once


def test_a_feature_panel_appears_on_today(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    panel = QLabel("a prompt")

    def install(host: FeatureHost) -> None:
        host.add_today_panel(panel, "notices")

    window = MainWindow(adapter, features=[install])
    qtbot.add_widget(window)
    window.show()
    assert panel.isVisible()
    assert window.today.isAncestorOf(panel)

"""Settings ▸ "Always show sleep and mood on Today": Today opens its "More detail" by itself."""

from __future__ import annotations

from paindiary.ui.features import FeatureHost


def install(host: FeatureHost) -> None:
    today = getattr(host.main_window(), "today", None)  # a stand-in window for tests has no Today
    more = getattr(today, "more", None)
    if more is None:
        return

    def follow_choice() -> None:
        if host.preferences.choices().sleep_mood_always:
            more.setChecked(True)

    follow_choice()
    host.preferences.changed.connect(follow_choice)

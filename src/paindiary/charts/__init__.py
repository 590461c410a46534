"""matplotlib Figure builders for the app, the command line and the report (no pyplot, no Qt).

Importing this package loads nothing heavy: the chart modules import matplotlib themselves,
so `paindiary log` and the app's start-up never pay for it.
"""

# The charts by the names the command line and the app use.
CHART_KINDS: tuple[str, ...] = ("timeline", "relief", "durations", "side-effects")

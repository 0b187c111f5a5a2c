"""An indicator's chart said in words: the latest figures, for screen readers, alternative text and packs.

It lives in the domain so that the briefing pack (built here) and the PDF charts (`cpdesk.packs.charts`,
which re-exports it) say a chart the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from cpdesk.domain.indicators import Area, Indicator, Value, format_value

Series = tuple[str, Area, Sequence[Value]]  # (kind, area, values oldest first), as IndicatorService.series()


def _latest(values: Sequence[Value]) -> Value | None:
    return values[-1] if values else None


def chart_summary(indicator: Indicator, series: Sequence[Series]) -> str:
    """The chart in words, for a screen reader or a PDF's alternative text: the latest figures."""
    parts: list[str] = []
    neighbour_figures: list[float] = []
    for kind, area, values in series:
        latest = _latest(values)
        if kind == "neighbour":
            if latest is not None and latest.value is not None:
                neighbour_figures.append(latest.value)
            continue
        if latest is None:
            parts.append(f"{area.name}: no figures yet.")
            continue
        text = (
            f"{area.name}: {format_value(indicator.unit, latest.value, latest.suppressed)} in {latest.period}"
        )
        if kind == "council" and len(values) > 1:
            before = values[-2]
            text += f" ({format_value(indicator.unit, before.value, before.suppressed)} in {before.period})"
        parts.append(text + ".")
    if neighbour_figures:
        low, high = min(neighbour_figures), max(neighbour_figures)
        parts.append(
            f"Its {len(neighbour_figures)} statistical neighbours with a latest figure: "
            f"from {format_value(indicator.unit, low)} to {format_value(indicator.unit, high)}."
        )
    if indicator.target is not None:
        parts.append(f"Target: {format_value(indicator.unit, indicator.target)}.")
    return " ".join(parts)

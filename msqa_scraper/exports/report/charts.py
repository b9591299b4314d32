"""Bar charts as inline SVG strings: no JavaScript, no fonts or scripts fetched from anywhere.

Every bar is a ``<rect class="bar ...">`` with ``data-label``/``data-value`` and a ``<title>``
(the browser's tooltip), so tests and readers can get at the numbers behind the picture.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

WIDTH = 960
FONT = 12


def axis_ticks(value: float) -> list[int]:
    """Whole-number ticks from 0 to at least ``value``, about four steps of 1, 2 or 5 x 10^k.

    Counts are integers, so a step is never below 1 (no "0.5 posts" gridline).
    """
    if value <= 0:
        return [0, 1]
    raw = value / 4
    power = 10 ** max(math.floor(math.log10(raw)), 0) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    top = step * math.ceil(value / step)
    return list(range(0, top + 1, step))


def _svg(height: int, body: list[str], label: str, width: int = WIDTH) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}" font-size="{FONT}">' + "".join(body) + "</svg>"
    )


def _bar(x: float, y: float, w: float, h: float, label: str, value: int, css: str) -> str:
    classes = " ".join(filter(None, ("bar", css)))
    return (
        f'<rect class="{classes}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
        f'data-label="{escape(label)}" data-value="{value}">'
        f"<title>{escape(f'{label}: {value}')}</title></rect>"
    )


def column_chart(
    items: Sequence[tuple[str, Mapping[str, int]]],
    series: Sequence[str],
    *,
    label: str,
    x_labels: Sequence[str] | None = None,
    height: int = 280,
    width: int = WIDTH,
    show_values: bool = False,
) -> str:
    """Vertical bars, one column per item, stacked by ``series`` (CSS class ``s-<name>``).

    ``x_labels`` (one per item, "" for none) thins the axis text, e.g. a year under each
    January; by default every item's name is written under it. ``show_values`` writes each
    segment's value on it (when it is tall enough) and each column's total above it.
    """
    left, right, top, bottom = 48, 12, 12 + (FONT if show_values else 0), 48
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values.get(s, 0) for s in series) for _, values in items]
    ticks = axis_ticks(max(totals, default=0))
    y_top = ticks[-1]
    body = _axis_y(left, top, plot_w, plot_h, ticks)
    slot = plot_w / max(len(items), 1)
    bar_w = min(max(slot * 0.8, 1.0), 64.0)
    for i, (name, values) in enumerate(items):
        x = left + i * slot + (slot - bar_w) / 2
        base = top + plot_h
        for s in series:
            value = values.get(s, 0)
            if value <= 0:
                continue
            h = plot_h * value / y_top
            base -= h
            bar_label = name if len(series) == 1 else f"{name} {s}"
            body.append(_bar(x, base, bar_w, h, bar_label, value, f"s-{s}"))
            if show_values and h >= FONT + 2:
                body.append(
                    f'<text x="{x + bar_w / 2:.1f}" y="{base + h / 2 + FONT / 3:.1f}" '
                    f'text-anchor="middle" class="segment-value">{value}</text>'
                )
        if show_values and totals[i]:
            body.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{base - 4:.1f}" text-anchor="middle" '
                f'class="total-value">{totals[i]}</text>'
            )
        axis_text = name if x_labels is None else x_labels[i]
        if axis_text:
            cx = left + i * slot + slot / 2
            body.append(
                f'<text x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                f'class="x-label">{escape(axis_text)}</text>'
            )
    return _svg(height, body, label, width)


def _axis_y(left: int, top: int, plot_w: int, plot_h: int, ticks: list[int]) -> list[str]:
    body = []
    for tick in ticks:
        y = top + plot_h - plot_h * tick / ticks[-1]
        body.append(
            f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="y-label">'
            f"{tick}</text>"
        )
    return body


def bar_chart(
    items: Sequence[tuple[str, int, str]],
    *,
    label: str,
    label_width: int = 260,
) -> str:
    """Horizontal bars, one row per (label, value, css class), in the order given."""
    row_h, top, right = 22, 8, 48
    height = top * 2 + row_h * max(len(items), 1)
    plot_w = WIDTH - label_width - right
    x_top = max((v for _, v, _ in items), default=0) or 1
    body = []
    for i, (name, value, css) in enumerate(items):
        y = top + i * row_h
        w = max(plot_w * value / x_top, 1.0)
        body.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" class="y-label">'
            f"{escape(name)}</text>"
        )
        body.append(_bar(label_width, y + 3, w, row_h - 6, name, value, css))
        body.append(
            f'<text x="{label_width + w + 6:.1f}" y="{y + 15}" class="value">{value}</text>'
        )
    return _svg(height, body, label)

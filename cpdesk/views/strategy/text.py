"""The strategy laid out to be read: the contents a reader can pick from, and each section as HTML."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape

from cpdesk.domain.strategy import StrategyContent, Titled


@dataclass(frozen=True)
class Section:
    """A place in the strategy's contents: a key the page uses, a title the reader sees."""

    key: str
    title: str
    children: tuple[Section, ...] = field(default=())


def priority_key(number: int) -> str:
    return f"priority:{number}"


def contents(content: StrategyContent) -> tuple[Section, ...]:
    """The strategy's contents in reading order; the priorities are listed under Priorities."""
    priorities = tuple(Section(priority_key(p.number), f"{p.number}. {p.title}") for p in content.priorities)
    return (
        Section("overview", "About this strategy"),
        Section("priorities", "Priorities", priorities),
        Section("promises", "Promises to children in care"),
        Section("pledge", "Care Leavers' Pledge"),
        Section("principles", "Corporate Parenting Principles"),
        Section("approach", "Our approach"),
        Section("governance", "Governance and good corporate parenting"),
        Section("reports", "Reports the Sub-Committee reviews"),
        Section("context", "Context figures"),
        Section("forewords", "Forewords"),
    )


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _paragraphs(lines: Iterable[str]) -> str:
    return "".join(_p(line) for line in lines)


def _list(lines: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<{tag}>{items}</{tag}>" if items else ""


def _titled(items: Iterable[Titled]) -> str:
    return "".join(f"<h3>{escape(i.title)}</h3>{_p(i.text) if i.text else ''}" for i in items)


def _narrative(content: StrategyContent, key: str, heading: bool = True) -> str:
    narrative = content.narrative(key)
    if narrative is None:
        return ""
    title = f"<h2>{escape(narrative.title)}</h2>" if heading else ""
    return title + _paragraphs(narrative.paragraphs)


def _overview(c: StrategyContent) -> str:
    h = c.header
    parts = [
        f"<h1>{escape(h.title)} {escape(h.version_label)}</h1>",
        _p(f"{h.council}, {h.period_start} to {h.period_end}."),
    ]
    lead_in = c.narrative("council_vision")
    paragraphs = lead_in.paragraphs if lead_in else ()
    if h.council_vision:
        # As the strategy prints it: the first line leads into the vision, the rest follows it.
        parts.append("<h2>The council's vision</h2>" + _paragraphs(paragraphs[:1]))
        parts.append(f"<p style='margin-left: 2em'><b>“{escape(h.council_vision)}”</b></p>")
        parts.append(_paragraphs(paragraphs[1:]))
    else:
        parts.append(_paragraphs(paragraphs))
    if c.ambitions:
        parts.append("<h2>Ambitions</h2>")
        parts.append(_list(f"Ambition {a.number}: {a.text}" for a in c.ambitions))
    if c.conditions_for_success:
        parts.append(
            "<h2>Conditions for success</h2>" + _narrative(c, "conditions_for_success", heading=False)
        )
        parts.append(_list(c.conditions_for_success))
    parts += [
        _narrative(c, "introduction"),
        _narrative(c, "our_vision"),
        _narrative(c, "protected_characteristics"),
    ]
    # Passages this layout has no place for (a revised strategy may add some) are shown, not lost.
    parts += [
        _narrative(c, n.key) for n in c.narratives if n.key not in PLACED and not n.key.startswith("foreword")
    ]
    return "".join(parts)


PLACED = frozenset(
    {
        "council_vision",
        "conditions_for_success",
        "introduction",
        "our_vision",
        "protected_characteristics",
        "priorities",
        "promise_and_pledge",
        "principles",
        "approach",
        "related_plans",
        "governance",
        "taking_forward",
        "context",
    }
)


def _priorities(c: StrategyContent) -> str:
    parts = ["<h1>Priorities</h1>", _narrative(c, "priorities", heading=False)]
    for p in c.priorities:
        parts.append(f"<h2>Priority {p.number}: {escape(p.title)}</h2>{_p(p.summary or p.statement)}")
    return "".join(parts)


def _priority(c: StrategyContent, number: int) -> str:
    p = c.priority(number)
    return "".join(
        [
            f"<h1>Priority {p.number}: {escape(p.title)}</h1>",
            f"<p><b>{escape(p.statement)}</b></p>",
            "<h2>You said</h2>",
            _list(p.you_said),
            "<h2>We will aim to</h2>",
            _list(p.commitments, ordered=True),
            "<h2>What will success look like?</h2>",
            _list(p.success_measures, ordered=True),
            "<h2>Who will this be delivered by?</h2>",
            _list(p.teams),
        ]
    )


def _promises(c: StrategyContent) -> str:
    items = "".join(f'<li value="{p.number}">{escape(p.text)}</li>' for p in c.promises)
    return (
        "<h1>Promises to our children in care</h1>"
        + _narrative(c, "promise_and_pledge", False)
        + f"<ol>{items}</ol>"
    )


def _pledge(c: StrategyContent) -> str:
    return (
        "<h1>Care Leavers' Pledge</h1>"
        + _paragraphs(c.pledge.introduction)
        + _titled(c.pledge.areas)
        + "<h2>Your Personal Adviser</h2>"
        + _p(c.pledge.personal_adviser)
    )


def _principles(c: StrategyContent) -> str:
    return (
        "<h1>The Corporate Parenting Principles</h1>"
        + _narrative(c, "principles", False)
        + _list(c.principles)
    )


def _approach(c: StrategyContent) -> str:
    return (
        "<h1>Our approach</h1>"
        + _narrative(c, "approach", False)
        + _titled(c.approach)
        + "<h2>Related strategies and plans</h2>"
        + _narrative(c, "related_plans", False)
        + _titled(c.related_plans)
    )


def _governance(c: StrategyContent) -> str:
    bodies = "".join(f"<h3>{escape(b.title)}</h3>{_p(b.text)}" for b in c.governance_bodies)
    return (
        "<h1>Governance structure and accountability</h1>"
        + _narrative(c, "governance", False)
        + _titled(c.ways_of_working)
        + "<h2>Who does what</h2>"
        + bodies
        + "<h2>What is good corporate parenting?</h2>"
        + _list(c.good_corporate_parenting)
    )


def _reports(c: StrategyContent) -> str:
    return (
        "<h1>Reports the Sub-Committee reviews each year</h1>"
        + _narrative(c, "taking_forward", False)
        + "".join(f"<h2>{escape(r.title)}</h2>{_p(r.text)}" for r in c.annual_reports)
    )


def _context(c: StrategyContent) -> str:
    parts = [f"<h1>Context in {escape(c.header.council)}</h1>", _narrative(c, "context", False)]
    section = None
    rows: list[str] = []
    for f in c.context_figures:
        if f.section != section:
            if rows:
                parts.append(_figure_table(rows))
                rows = []
            section = f.section
            parts.append(f"<h2>{escape(section)}</h2>")
        note = f" ({escape(f.note)})" if f.note else ""
        rows.append(
            f"<tr><td align='right'><b>{escape(f.display_value)}</b></td>"
            f"<td>{escape(f.counts)}{note}</td><td>{escape(f.as_of)}</td></tr>"
        )
    if rows:
        parts.append(_figure_table(rows))
    return "".join(parts)


def _figure_table(rows: list[str]) -> str:
    head = "<tr><th align='right'>Figure</th><th align='left'>What it counts</th><th>As of</th></tr>"
    return f"<table cellpadding='4' cellspacing='0' border='1'>{head}{''.join(rows)}</table>"


def _forewords(c: StrategyContent) -> str:
    keys = [n.key for n in c.narratives if n.key.startswith("foreword")]
    return "<h1>Forewords</h1>" + "".join(_narrative(c, key) for key in keys)


_PAGES: dict[str, Callable[[StrategyContent], str]] = {
    "overview": _overview,
    "priorities": _priorities,
    "promises": _promises,
    "pledge": _pledge,
    "principles": _principles,
    "approach": _approach,
    "governance": _governance,
    "reports": _reports,
    "context": _context,
    "forewords": _forewords,
}


def section_html(content: StrategyContent, key: str) -> str:
    """The HTML for one section of the contents."""
    if key.startswith("priority:"):
        return _priority(content, int(key.split(":", 1)[1]))
    return _PAGES[key](content)

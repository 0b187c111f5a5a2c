"""What changed in a briefing pack since it was published, told in words a member understands.

A published pack is kept as a snapshot: its sections as plain data (keys, titles, the texts of their
blocks, papers by sha256, never their bytes). What has been published for a meeting's edition is the
last version with its supplements laid over it in turn: a supplement carries the top-level sections
that changed whole, and within the agenda and the reports only the items that changed, were added, or
were withdrawn (a section keyed "withdrawn:<key>" says so). A freshly built pack is compared with that,
section by section and child by child, by key.
"""

from __future__ import annotations

import re
from datetime import date
from hashlib import sha256
from typing import Any

from cpdesk.domain.dates import long_date
from cpdesk.domain.pack_model import Bullets, Chart, Fields, Note, Pack, Paper, Para, Section, Table

CHANGES = "changes"  # the key of a supplement's or a new version's first section, "What has changed"
WITHDRAWN = "withdrawn:"  # a supplement's section that says a section or an item is gone
MERGED = ("agenda", "reports")  # sections a supplement carries item by item, not whole

Snap = dict[str, Any]

# How a top-level section's change is told; any other says "“Title” changed".
SECTION_CHANGED = {
    "agenda": "The agenda changed",
    "since": "Since the last meeting: changed",
    "minutes": "The draft minutes of the last meeting changed",
    "actions": "The action log changed",
    "tracker": "The action tracker changed",
    "questions": "The questions awaiting an answer changed",
    "challenges": "The young people's challenges and the responses changed",
    "awaiting": "The challenges awaiting a response changed",
    "priorities": "The strategy's priorities on this agenda changed",
    "reports": "The reports and papers changed",
    "work_programme": "The work programme changed",
}
_NUMBERED = re.compile(r"^\s*(?:item\s+)?(\d+[a-z]?)(?:\s*[.:)]|\s+[-–—])?\s+(\S.*)$", re.IGNORECASE)


# --- snapshots ---


def snapshot(pack: Pack) -> Snap:
    """The pack as plain, JSON-able data: the same pack always gives the same data."""
    cover = pack.cover
    return {
        "meeting_id": str(pack.meeting_id),
        "edition": cover.edition,
        "version": pack.version,
        "supplement": pack.supplement,
        "made_on": pack.made_on.isoformat(),
        "cover": {
            "council": cover.council,
            "body": cover.body,
            "day": cover.day.isoformat(),
            "time": cover.time,
            "venue": cover.venue,
            "membership": list(cover.membership),
            "edition": cover.edition,
            "made_for": cover.made_for,
        },
        "sections": [section_data(s) for s in pack.sections],
    }


def section_data(section: Section) -> Snap:
    """A section as plain data: key, title, blocks and children."""
    return {
        "key": section.key,
        "title": section.title,
        "blocks": [_block(b) for b in section.blocks],
        "children": [section_data(c) for c in section.children],
    }


def _table(table: Table) -> Snap:
    return {"caption": table.caption, "headers": list(table.headers), "rows": [list(r) for r in table.rows]}


def _block(block: object) -> Snap:
    if isinstance(block, Para):
        return {"kind": "para", "text": block.text, "quiet": block.quiet}
    if isinstance(block, Bullets):
        return {"kind": "bullets", "items": list(block.items)}
    if isinstance(block, Fields):
        return {"kind": "fields", "rows": [list(r) for r in block.rows]}
    if isinstance(block, Table):
        return {"kind": "table", **_table(block)}
    if isinstance(block, Chart):
        return {
            "kind": "chart",
            "indicator_id": str(block.indicator.id),
            "indicator": block.indicator.name,
            "summary": block.summary,
            "values": _table(block.values),
        }
    if isinstance(block, Note):
        return {"kind": "note", "text": block.text, "is_question": block.is_question, "anchor": block.anchor}
    if isinstance(block, Paper):
        return {
            "kind": "paper",
            "paper_id": str(block.paper_id),
            "title": block.title,
            "file_name": block.file_name,
            "page_count": block.page_count,
            "sha256": block.sha256 or sha256(block.data).hexdigest(),
        }
    raise TypeError(f"a pack cannot hold a {type(block).__name__}")


# --- what has been published, laid together ---


def published_state(version: Snap, supplements: list[Snap]) -> Snap:
    """What a version and its supplements (in order) amount to, as one snapshot."""
    state = {**version, "sections": [s for s in version["sections"] if s["key"] != CHANGES]}
    for supplement in supplements:
        state = {
            **state,
            "cover": supplement["cover"],
            "sections": _lay_over(state["sections"], supplement["sections"]),
        }
    return state


def _lay_over(sections: list[Snap], incoming: list[Snap]) -> list[Snap]:
    found = {s["key"]: s for s in sections}
    order = [s["key"] for s in sections]
    for section in incoming:
        key = section["key"]
        if key == CHANGES:
            continue
        if key.startswith(WITHDRAWN):
            gone = key.removeprefix(WITHDRAWN)
            found.pop(gone, None)
            order = [k for k in order if k != gone]
            continue
        if key in MERGED and key in found:
            section = {**section, "children": _lay_over(found[key]["children"], section["children"])}
        if key not in found:
            order.append(key)
        found[key] = section
    return [found[k] for k in order]


# --- comparing ---


def _plain(section: Snap, *, papers: bool) -> Snap:
    """A section's content, with or without its papers (which are told apart, paper by paper)."""
    return {
        "title": section["title"],
        "blocks": [b for b in section["blocks"] if papers or b["kind"] != "paper"],
        "children": [{"key": c["key"], **_plain(c, papers=papers)} for c in section["children"]],
    }


def _own(section: Snap) -> Snap:
    """A section's own content, without its children's and papers."""
    return _plain({**section, "children": []}, papers=False)


def section_changed(old: Snap | None, new: Snap) -> bool:
    """Whether a section (papers included) differs from what was published."""
    return old is None or _plain(old, papers=True) != _plain(new, papers=True)


def numbered(title: str) -> tuple[str | None, str]:
    """An item's number and name from its heading: "5. Fostering recruitment" gives ("5", "Fostering ...")."""
    match = _NUMBERED.match(title)
    return (match[1], match[2].strip()) if match else (None, title.strip())


def _item(title: str) -> str:
    number, name = numbered(title)
    return f"item {number} “{name}”" if number else f"“{name}”"


def _report(title: str) -> str:
    number, name = numbered(title)
    return f"the report for item {number}" if number else f"the report “{name}”"


def _where(title: str) -> str:
    number, name = numbered(title)
    return f"item {number}" if number else f"“{name}”"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def _what_changed(old: Snap, new: Snap) -> list[str]:
    """The parts of an item or report that changed: "its recommendations", "its text" ..."""
    parts: list[str] = []

    def fields(section: Snap) -> dict[str, list[str]]:
        rows: dict[str, list[str]] = {}
        for block in section["blocks"]:
            if block["kind"] == "fields":
                for label, text in block["rows"]:
                    rows.setdefault(label, []).append(text)
        return rows

    before, after = fields(old), fields(new)
    labels = list(after) + [label for label in before if label not in after]
    labels = [label for label in labels if label.lower() != "papers"]  # told paper by paper instead
    parts += [f"its {_lower(label)}" for label in labels if before.get(label) != after.get(label)]

    def others(section: Snap, kind: str) -> list[Snap]:
        return [b for b in section["blocks"] if b["kind"] == kind]

    for kind, words in (("para", "its text"), ("bullets", "its list"), ("note", "its notes")):
        if others(old, kind) != others(new, kind):
            parts.append(words)
    for kind in ("table", "chart"):
        was = {b.get("caption") or b.get("indicator"): b for b in others(old, kind)}
        now = {b.get("caption") or b.get("indicator"): b for b in others(new, kind)}
        for name in list(now) + [n for n in was if n not in now]:
            if was.get(name) != now.get(name):
                parts.append(f"its {'table' if kind == 'table' else 'chart of'} “{name}”")
    was_children = {c["key"]: c for c in old["children"]}
    for child in new["children"]:
        earlier = was_children.get(child["key"])
        if earlier is None or _plain(earlier, papers=False) != _plain(child, papers=False):
            parts.append(f"its part “{child['title']}”")
    gone = {c["key"] for c in new["children"]}
    parts += [f"its part “{c['title']}” (taken out)" for c in old["children"] if c["key"] not in gone]
    return parts


def _child_lines(parent: str, old: list[Snap], new: list[Snap]) -> list[str]:
    """The changes to the items of the agenda, or to the reports, told one by one."""
    name = _item if parent == "agenda" else _report
    lines: list[str] = []
    was = {c["key"]: c for c in old}
    for child in new:
        before = was.get(child["key"])
        if before is None:
            lines.append(f"{_sentence(name(child['title']))} was added")
            continue
        if before["title"] != child["title"]:
            (n0, t0), (n1, t1) = numbered(before["title"]), numbered(child["title"])
            if parent != "agenda":
                lines.append(f"{_sentence(_report(before['title']))} is now called “{t1}”")
            elif n0 == n1 and n1 is not None:
                lines.append(f"Item {n1} was renamed from “{t0}” to “{t1}”")
            elif t0 == t1 and n1 is not None:
                lines.append(f"{_sentence(_item(before['title']))} is now item {n1}")
            else:
                lines.append(f"{_sentence(_item(before['title']))} is now {_item(child['title'])}")
        parts = _what_changed(before, child)
        if parts:
            lines.append(f"{_sentence(name(child['title']))} changed: {_and(parts)}")
    now = {c["key"] for c in new}
    verb = "was withdrawn"
    lines += [f"{_sentence(name(c['title']))} {verb}" for c in old if c["key"] not in now]
    return lines


def _papers(sections: list[Snap]) -> dict[str, tuple[Snap, str, str]]:
    """Every paper by its id: the paper, where it is ("item 5"), and the key of the item it is on."""
    found: dict[str, tuple[Snap, str, str]] = {}

    def visit(section: Snap, where: str, owner: str) -> None:
        if section["key"].startswith(("item:", "report:")):
            where, owner = _where(section["title"]), section["key"]
        for block in section["blocks"]:
            if block["kind"] == "paper":
                found.setdefault(block["paper_id"], (block, where, owner))
        for child in section["children"]:
            visit(child, where, owner)

    for section in sections:
        visit(section, f"“{section['title']}”", section["key"])
    return found


def _keys(sections: list[Snap]) -> set[str]:
    return {k for s in sections for k in (s["key"], *_keys(s["children"]))}


def _paper_lines(old: list[Snap], new: list[Snap]) -> list[str]:
    was, now = _papers(old), _papers(new)
    owners = _keys(new)
    lines: list[str] = []
    for paper_id, (paper, where, _) in now.items():
        title, pages = paper["title"], _pages(paper["page_count"])
        if paper_id not in was:
            lines.append(f"Paper “{title}” ({pages}) was attached to {where}")
            continue
        before, where_before, _ = was[paper_id]
        if before["sha256"] != paper["sha256"]:
            lines.append(f"Paper “{title}” on {where} was replaced by a revised version ({pages})")
        if before["title"] != title:
            lines.append(f"Paper “{before['title']}” on {where} is now called “{title}”")
        if where_before != where:
            lines.append(f"Paper “{title}” moved from {where_before} to {where}")
    for paper_id, (paper, where, owner) in was.items():
        if paper_id not in now and owner in owners:  # a withdrawn item's papers go with it, unsaid
            lines.append(f"Paper “{paper['title']}” was taken off {where}")
    return lines


def _cover_lines(old: Snap, new: Snap) -> list[str]:
    lines = []
    if old["day"] != new["day"]:
        lines.append(f"The meeting moved to {long_date(date.fromisoformat(new['day']))}")
    if old["time"] != new["time"]:
        was, now = old["time"] or "not set", new["time"] or "not set"
        lines.append(f"The meeting's time changed from {was} to {now}")
    if old["venue"] != new["venue"]:
        lines.append(f"The venue changed from “{old['venue']}” to “{new['venue']}”")
    if old["membership"] != new["membership"]:
        lines.append("The membership changed")
    return lines


def differences(old: Snap, new: Snap) -> list[str]:
    """What differs between what was published (old) and a freshly built pack (new), in words, in order."""
    lines = _cover_lines(old["cover"], new["cover"])
    before = {s["key"]: s for s in old["sections"] if s["key"] != CHANGES}
    sections = [s for s in new["sections"] if s["key"] != CHANGES]
    for section in sections:
        was = before.get(section["key"])
        if was is None:
            lines.append(f"“{section['title']}” was added")
        elif section["key"] in MERGED:
            told = _child_lines(section["key"], was["children"], section["children"])
            if told:  # what the section says of its items (counts, a list) changes with them
                lines += told
            elif _own(was) != _own(section):
                lines.append(SECTION_CHANGED[section["key"]])
        elif _plain(was, papers=False) != _plain(section, papers=False):
            lines.append(SECTION_CHANGED.get(section["key"], f"“{section['title']}” changed"))
    now = {s["key"] for s in sections}
    lines += [f"“{s['title']}” was taken out of the pack" for k, s in before.items() if k not in now]
    lines += _paper_lines(list(before.values()), sections)
    return list(dict.fromkeys(lines))


# --- a supplement's sections ---


def changed_sections(old: Snap, pack: Pack) -> list[Section]:
    """The pack's sections that differ from what was published: whole, or in the agenda and the reports
    only the changed, new and withdrawn items; then the sections taken out, said to be so."""
    before = {s["key"]: s for s in old["sections"] if s["key"] != CHANGES}
    chosen: list[Section] = []
    for section in pack.sections:
        if section.key == CHANGES:
            continue
        data = section_data(section)
        was = before.get(section.key)
        if not section_changed(was, data):
            continue
        if was is None or section.key not in MERGED:
            chosen.append(section)
            continue
        was_children = {c["key"]: c for c in was["children"]}
        children = [
            child
            for child, child_data in zip(section.children, data["children"], strict=True)
            if section_changed(was_children.get(child.key), child_data)
        ]
        now = {c.key for c in section.children}
        children += [_withdrawn(c, section.key) for c in was["children"] if c["key"] not in now]
        chosen.append(Section(section.key, section.title, section.blocks, tuple(children), section.new_page))
    now = {s.key for s in pack.sections}
    chosen += [_withdrawn(s, "") for k, s in before.items() if k not in now]
    return chosen


def _withdrawn(old: Snap, parent: str) -> Section:
    if parent == "agenda":
        words = "This item has been withdrawn from the agenda."
    elif parent == "reports":
        words = "This report has been withdrawn."
    else:
        words = "This part is no longer in the pack."
    return Section(f"{WITHDRAWN}{old['key']}", f"Withdrawn: {old['title']}", (Para(words),))

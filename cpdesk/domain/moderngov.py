"""Reading the council's committee system (ModernGov web-service XML) into plain records; no database.

Three responses are understood: one meeting (`<meeting>`: its items, their text, minutes and linked
documents, and the attendees), a committee's list of meetings (`<getmeetings>`) and the list of
committees (`<committees>`). Councils' responses differ in small ways, so the reader is lenient in form
and strict in substance: dates are dd/mm/yyyy (or ISO), times `10.00 am`, `2.00 pm`, `10:00` or absent;
counts may be space-padded; empty elements hold whitespace; optional elements may be missing; agenda text
and minutes are HTML (escaped inside the XML, or as CDATA) and are turned into plain text. A meeting
without an id or a date, or a date that is not one, is refused with where it is.

The XML is parsed with the standard library's expat and any DOCTYPE is refused before its declarations
are read: no entity can be declared, so none is expanded (billion laughs) and none is fetched (XXE).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from cpdesk.domain.files import quoted, read_offered_file
from cpdesk.errors import InputError

MAX_RESPONSE_BYTES = 50_000_000
MEETING, MEETINGS, COMMITTEES = "meeting", "getmeetings", "committees"
CANCELLED_WORDS = ("cancel", "postpone")  # "Cancelled", "Canceled", "Postponed": not held on the day


@dataclass(frozen=True)
class Document:
    """A document linked to an agenda item: a report, an appendix, the minutes of a meeting."""

    attachment_id: str
    title: str
    url: str
    restricted: bool


@dataclass(frozen=True)
class Item:
    """An agenda item: its title, its text and minutes as plain text, and its documents."""

    item_id: str
    title: str
    number: str  # as the agenda prints it ("1.", "9(a)"), or ""
    text: str
    minutes: str
    is_decision: bool
    restricted: bool
    documents: tuple[Document, ...]


@dataclass(frozen=True)
class Attendee:
    """Someone expected at, or recorded at, a meeting."""

    member_id: str
    name: str
    role: str  # "Committee Member", "Chair", ...
    attendance: str  # "Expected", "Present", "Apologies", ...


@dataclass(frozen=True)
class Meeting:
    """One meeting as the committee system gives it; None where the response does not say."""

    meeting_id: str
    committee_id: str | None
    committee_title: str | None
    day: date
    time: str  # HH:MM (24-hour), or "" when not given
    location: str | None
    status: str  # the committee system's own word: "Confirmed", "Cancelled", ...
    agenda_published: bool | None
    minutes_published: bool | None
    items: tuple[Item, ...]
    attendees: tuple[Attendee, ...]
    detailed: bool  # a single meeting's response (items and attendees as they are), not a list's line

    @property
    def cancelled(self) -> bool:
        return self.status.casefold().startswith(CANCELLED_WORDS)


@dataclass(frozen=True)
class Committee:
    committee_id: str
    title: str
    category: str
    deleted: bool
    expired: bool


@dataclass(frozen=True)
class Response:
    """What a response holds: its kind (meeting, getmeetings or committees) and what was in it."""

    kind: str
    meetings: tuple[Meeting, ...]
    committees: tuple[Committee, ...]

    @property
    def items(self) -> int:
        return sum(len(m.items) for m in self.meetings)

    @property
    def documents(self) -> int:
        return sum(len(i.documents) for m in self.meetings for i in m.items)


# --- safe XML ---


class _Refused(Exception):
    pass


def _local(name: str) -> str:
    """A tag or attribute name without its namespace prefix, lower-cased (councils differ in case)."""
    return name.rpartition(":")[2].lower()


def parse_xml(raw: bytes, where: str) -> ET.Element:
    """The document's root element; InputError for XML that is not well formed or declares a DOCTYPE."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(*_args: object) -> NoReturn:
        raise _Refused("it declares a DOCTYPE")

    def entity(*_args: object) -> NoReturn:
        raise _Refused("it declares an entity")

    def external(*_args: object) -> NoReturn:
        raise _Refused("it refers to an external entity")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    parser.StartElementHandler = lambda name, attrs: builder.start(
        _local(name), {_local(k): v for k, v in attrs.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(_local(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(raw, True)
    except _Refused as refused:
        raise InputError(
            f"refused: {refused}, which a committee system's response never does (entities in XML can "
            "expand without end or read other files); nothing was imported",
            where=where,
        ) from None
    except expat.ExpatError as error:
        raise InputError(
            f"this is not well-formed XML ({expat.ErrorString(error.code)}, line {error.lineno}, "
            f"column {error.offset + 1})",
            where=where,
        ) from None
    except (ValueError, UnicodeError) as error:  # an encoding expat cannot read
        raise InputError(f"this XML cannot be read ({error})", where=where) from None
    root = builder.close()
    return root


# --- HTML to plain text ---

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote"}
)
_SKIPPED = frozenset({"script", "style", "head", "title"})


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.skipping = 0

    def _break(self) -> None:
        text = " ".join("".join(self.line).split())
        if text:
            self.lines.append(text)
        self.line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._break()
            if tag == "li":
                self.line.append("• ")
        elif tag in ("td", "th"):
            self.line.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.line.append(data.replace("\xa0", " "))


def html_to_text(html: str) -> str:
    """The words of an HTML fragment as plain text: a line for each paragraph, list item or row."""
    if "<" not in html and "&" not in html:
        return "\n".join(" ".join(line.split()) for line in html.splitlines() if line.strip())
    reader = _PlainText()
    reader.feed(html)
    reader.close()
    reader._break()
    return "\n".join(reader.lines)


# --- reading elements ---


def _child(element: ET.Element, tag: str) -> ET.Element | None:
    return element.find(tag)


def _text(element: ET.Element, tag: str) -> str | None:
    """The stripped text of a child element; None when there is no such child."""
    child = _child(element, tag)
    if child is None:
        return None
    return "".join(child.itertext()).strip()


def _html(element: ET.Element, tag: str) -> str:
    """A child holding HTML (escaped, CDATA, or as elements) as plain text; "" when missing or empty."""
    child = _child(element, tag)
    if child is None:
        return ""
    source = (child.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in child)
    return html_to_text(source)


def _flag(element: ET.Element, tag: str) -> bool | None:
    text = _text(element, tag)
    if not text:
        return None
    return text.casefold() in ("true", "yes", "1", "y")


def _attribute_or_child(element: ET.Element, name: str) -> str:
    value = element.get(name)
    if value is None:
        value = _text(element, name) or ""
    return " ".join(value.split())


_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def parse_day(text: str) -> date:
    """A date as committee systems write it: dd/mm/yyyy (a time after it is ignored) or yyyy-mm-dd."""
    text = text.strip()
    found = _DAY.fullmatch(text)
    try:
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
        found = _ISO_DAY.fullmatch(text)
        if found:
            return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        pass
    raise ValueError(f"{quoted(text)} is not a date written as dd/mm/yyyy")


_TIME = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?\s*(?:([ap])\.?\s*m\.?)?")
_NOON = re.compile(r"(?:12(?:[.:]00)?\s*)?(?:noon|midday)")
_NO_TIME = frozenset({"", "tbc", "tba", "to be confirmed", "to be arranged", "-"})


def parse_time(text: str) -> str:
    """A time of day as HH:MM (24-hour) from `10.00 am`, `2.00 pm`, `2pm`, `10:00`, `noon`; "" for none."""
    text = " ".join(text.split()).casefold()
    if text in _NO_TIME:
        return ""
    if _NOON.fullmatch(text):
        return "12:00"
    found = _TIME.fullmatch(text)
    if found:
        hour, minute, half = int(found[1]), int(found[2] or 0), found[3]
        if half and 1 <= hour <= 12 and minute < 60:
            return f"{hour % 12 + (12 if half == 'p' else 0):02d}:{minute:02d}"
        if not half and found[2] is not None and hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise ValueError(f"{quoted(text)} is not a time of day such as 10.00 am, 2.00 pm or 14:00")


_ID = re.compile(r"[\w.-]{1,64}")


def _id(element: ET.Element, tag: str, where: str) -> str | None:
    """A record's id in the committee system (a number in ModernGov); None when missing or empty."""
    text = _text(element, tag)
    if not text:
        return None
    if not _ID.fullmatch(text):
        raise InputError(f"<{tag}> {quoted(text, 40)} is not an id", where=where)
    return text


def _count(element: ET.Element, tag: str, where: str) -> None:
    """A count the response gives (space-padded) must be a number; it is not otherwise relied on."""
    text = _text(element, tag)
    if text and not text.isdigit():
        raise InputError(f"<{tag}> {quoted(text)} is not a number", where=where)


# --- the responses ---


def _document(element: ET.Element) -> Document:
    return Document(
        attachment_id=_text(element, "attachmentid") or "",
        title=" ".join((_text(element, "title") or "").split()) or "Untitled document",
        url=_text(element, "url") or "",
        restricted=bool(_flag(element, "isrestricted")),
    )


def _item(element: ET.Element, meeting_id: str, position: int, where: str) -> Item:
    item_id = _id(element, "agendaitemid", where)
    if not item_id:
        raise InputError(
            f"agenda item {position} of meeting {meeting_id} has no <agendaitemid>",
            where=where,
        )
    number = _text(element, "fulldisplaynumberformat") or _text(element, "agendaitemnumber") or ""
    title = " ".join((_text(element, "agendaitemtitle") or "").split())
    documents = _child(element, "linkeddocuments")
    return Item(
        item_id=item_id,
        title=title or (f"Item {number}".strip(". ") if number else f"Item {position}"),
        number=number,
        text=_html(element, "agendatext"),
        minutes=_html(element, "minutesnonemptyhtmlbody") or _html(element, "minuteshtmlbody"),
        is_decision=bool(_flag(element, "isdecision")),
        restricted=bool(_flag(element, "isrestricted")),
        documents=tuple(_document(d) for d in documents.findall("linkeddoc"))
        if documents is not None
        else (),
    )


def _meeting(
    element: ET.Element, committee: tuple[str | None, str | None], where: str, *, detailed: bool
) -> Meeting:
    meeting_id = _id(element, "meetingid", where)
    if not meeting_id:
        raise InputError("a <meeting> has no <meetingid>", where=where)
    at = f"{where}: meeting {meeting_id}"
    day_text = _text(element, "meetingdate")
    if not day_text:
        raise InputError("the meeting has no <meetingdate>", where=at)
    try:
        day = parse_day(day_text)
    except ValueError as error:
        raise InputError(f"<meetingdate>: {error}", where=at) from None
    try:
        time = parse_time(_text(element, "meetingtime") or "")
    except ValueError as error:
        raise InputError(f"<meetingtime>: {error}", where=at) from None
    location = _text(element, "meetinglocation")
    if not location:
        location = _text(element, "meetingroom") or location
    items: list[Item] = []
    seen: set[str] = set()
    holder = _child(element, "agendaitems")
    for position, child in enumerate(holder.findall("agendaitem") if holder is not None else [], start=1):
        item = _item(child, meeting_id, position, at)
        if item.item_id in seen:
            raise InputError(f"agenda item {item.item_id} is in the meeting twice", where=at)
        seen.add(item.item_id)
        items.append(item)
    attendees = []
    people = _child(element, "attendees")
    for child in people.findall("attendee") if people is not None else []:
        name = _attribute_or_child(child, "name")
        if not name:
            continue
        attendees.append(
            Attendee(
                member_id=_attribute_or_child(child, "memberid"),
                name=name,
                role=_attribute_or_child(child, "roledescription"),
                attendance=_attribute_or_child(child, "attendance"),
            )
        )
    committee_id = _id(element, "committeeid", at) or committee[0]
    committee_title = _text(element, "committeetitle") or committee[1]
    return Meeting(
        meeting_id=meeting_id,
        committee_id=committee_id or None,
        committee_title=" ".join(committee_title.split()) if committee_title else None,
        day=day,
        time=time,
        location=" ".join(location.split()) if location is not None else None,
        status=_text(element, "meetingstatus") or "",
        agenda_published=_flag(element, "agendapublished"),
        minutes_published=_flag(element, "minutepublished"),
        items=tuple(items),
        attendees=tuple(attendees),
        detailed=detailed,
    )


def _meetings_list(root: ET.Element, where: str) -> tuple[Meeting, ...]:
    _count(root, "meetingscount", where)
    _count(root, "committeescount", where)
    found: dict[str, Meeting] = {}
    committees = root.findall("committee")
    groups: list[tuple[tuple[str | None, str | None], list[ET.Element]]] = []
    for committee in committees:
        _count(committee, "committeemeetingcount", where)
        named = (_id(committee, "committeeid", where), _text(committee, "committeetitle"))
        groups.append((named, committee.findall(".//meeting")))
    if not committees:
        groups.append(((None, None), list(root.iter("meeting"))))
    for named, elements in groups:
        for element in elements:
            meeting = _meeting(element, named, where, detailed=False)
            found.setdefault(meeting.meeting_id, meeting)  # a joint meeting listed under two committees
    return tuple(found.values())


def _committees(root: ET.Element, where: str) -> tuple[Committee, ...]:
    _count(root, "committeescount", where)
    committees = []
    for element in root.findall("committee"):
        committee_id = _id(element, "committeeid", where)
        if not committee_id:
            raise InputError("a <committee> has no <committeeid>", where=where)
        committees.append(
            Committee(
                committee_id=committee_id,
                title=" ".join((_text(element, "committeetitle") or "").split()),
                category=_text(element, "committeecategory") or "",
                deleted=bool(_flag(element, "committeedeleted")),
                expired=bool(_flag(element, "committeeexpired")),
            )
        )
    return tuple(committees)


def read_response(raw: bytes, where: str) -> Response:
    """A committee system's response, read whole and checked; InputError says what and where."""
    root = parse_xml(raw, where)
    if root.tag == "envelope":  # the same response wrapped for SOAP
        inner = next((e for e in root.iter() if e.tag in (MEETING, MEETINGS, COMMITTEES)), None)
        root = inner if inner is not None else root
    if root.tag == MEETING:
        return Response(MEETING, (_meeting(root, (None, None), where, detailed=True),), ())
    if root.tag == MEETINGS:
        return Response(MEETINGS, _meetings_list(root, where), ())
    if root.tag == COMMITTEES:
        return Response(COMMITTEES, (), _committees(root, where))
    raise InputError(
        f"this is not a committee system (ModernGov) response: it starts with <{root.tag}>, not <meeting>, "
        "<getmeetings> or <committees>",
        where=where,
    )


def read_response_file(path: Path) -> Response:
    """Read a saved committee system response from a file (see read_response)."""
    raw = read_offered_file(Path(path), max_bytes=MAX_RESPONSE_BYTES, what="committee system (XML)")
    return read_response(raw, str(path))

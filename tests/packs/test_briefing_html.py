"""The accessible HTML edition read back with an HTML parser: headings, tables, pictures' text, notes."""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.domain.indicators import Area, Indicator, Value
from cpdesk.domain.pack_model import (
    Bullets,
    Cancelled,
    Chart,
    Cover,
    Fields,
    Note,
    Pack,
    Paper,
    Para,
    Section,
    Table,
    walk,
)
from cpdesk.errors import OutputError
from cpdesk.packs.briefing_html import render_html, write_html
from cpdesk.packs.charts import chart_summary
from tests.helpers import make_text_pdf

VOID = {"meta", "br", "img", "hr", "input", "link", "source", "wbr", "col", "area", "base", "embed"}
SPACE = re.compile(r"\s+")
NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# --- a small DOM, built strictly: an end tag that does not close the open element is a broken document ---


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def text(self) -> str:
        return "".join(c.text() if isinstance(c, Node) else c for c in self.children)

    def iter(self, *tags: str) -> list[Node]:
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, Node):
                if not tags or child.tag in tags:
                    found.append(child)
                found.extend(child.iter(*tags))
        return found

    def ancestors(self) -> list[str]:
        tags, node = [], self.parent
        while node is not None:
            tags.append(node.tag)
            node = node.parent
        return tags


class Broken(AssertionError):
    pass


class Tree(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.open = self.root
        self.feed(html)
        self.close()
        if self.open is not self.root:
            raise Broken(f"<{self.open.tag}> is never closed")
        self.by_id: dict[str, Node] = {}
        for node in self.root.iter():
            if "id" in node.attrs:
                assert node.attrs["id"] not in self.by_id, f"id {node.attrs['id']!r} is used twice"
                self.by_id[node.attrs["id"]] = node

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.open)
        self.open.children.append(node)
        if tag == "br":
            node.children.append("\n")
        if tag not in VOID:
            self.open = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.open))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if tag != self.open.tag:
            raise Broken(f"</{tag}> closes <{self.open.tag}>")
        assert self.open.parent is not None
        self.open = self.open.parent

    def handle_data(self, data: str) -> None:
        self.open.children.append(data)

    # --- what the tests ask of the document ---

    def one(self, tag: str) -> Node:
        found = self.root.iter(tag)
        assert len(found) == 1, f"{len(found)} <{tag}> elements"
        return found[0]

    def headings(self) -> list[tuple[int, str]]:
        """(level, words) of every heading in reading order, h1 to h6 and role=heading alike."""
        found = []
        for node in self.root.iter():
            if re.fullmatch(r"h[1-6]", node.tag):
                found.append((int(node.tag[1]), squeeze(node.text())))
            elif node.attrs.get("role") == "heading":
                found.append((int(node.attrs["aria-level"]), squeeze(node.text())))
        return found

    def name_of(self, node: Node) -> str:
        """An element's accessible name from aria-label or aria-labelledby (the simple cases we write)."""
        if node.attrs.get("aria-label", "").strip():
            return node.attrs["aria-label"]
        ids = node.attrs.get("aria-labelledby", "").split()
        return " ".join(self.by_id[i].text() for i in ids if i in self.by_id).strip()

    def words(self) -> str:
        return squeeze(self.one("body").text())


def pairs(dl: Node) -> dict[str, Node]:
    """A definition list's terms and what each says."""
    return dict(zip((squeeze(dt.text()) for dt in dl.iter("dt")), dl.iter("dd"), strict=True))


def squeeze(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def bare(text: str) -> str:
    """Text as the document can show it, compared without its spacing (paragraphs and lines are split)."""
    return SPACE.sub("", NOT_TEXT.sub("", text))


# --- hand-made packs ---

COUNCIL = Area(uuid4(), "E10000003", "873", "Cambridgeshire", "local_authority")
ENGLAND = Area(uuid4(), "E92000001", "", "England", "country")
STABILITY = Indicator(
    uuid4(), "Placement stability: three or more moves", "", "percent", "lower", 9.0, "DfE", (2,)
)


def value(area: Area, period: str, year: int, figure: float | None) -> Value:
    return Value(uuid4(), STABILITY.id, area, period, date(year, 3, 31), figure, None, None, "", "")


SERIES = (
    ("council", COUNCIL, (value(COUNCIL, "2023", 2023, 11.0), value(COUNCIL, "2024", 2024, 8.5))),
    ("national", ENGLAND, (value(ENGLAND, "2023", 2023, 10.0), value(ENGLAND, "2024", 2024, 10.0))),
)
CHART = Chart(
    STABILITY,
    SERIES,
    chart_summary(STABILITY, SERIES),
    Table(
        "Placement stability: the figures",
        ("Period", "Cambridgeshire", "England"),
        (("2023", "11%", "10%"), ("2024", "8.5%", "10%")),
    ),
)
ACTIONS = Table(
    "The action log",
    ("Ref", "Action", "Owner", "Due", "RAG"),
    (
        (
            "A1",
            "Write to care leavers about council tax",
            "Head of Service",
            "1 May",
            "Red",
        ),
        ("A2", "Report the dental check figures", "Virtual School", "3 June", "Green"),
    ),
)


def cover(edition: str = "committee", made_for: str = "") -> Cover:
    return Cover(
        council="Cambridgeshire County Council",
        body="Corporate Parenting Sub-Committee",
        day=date(2026, 12, 22),
        time="2:00pm",
        venue="New Shire Hall, Alconbury Weald",
        membership=("Cllr A Example (Chair)", "Cllr B Sample"),
        edition=edition,
        made_for=made_for,
    )


def paper(tmp_path: Path, pages: list[list[str]], title: str = "Sufficiency strategy") -> Paper:
    data = make_text_pdf(tmp_path / "paper.pdf", pages).read_bytes()
    return Paper.of(uuid4(), title, "sufficiency.pdf", len(pages), data)


def sections(notes: tuple[Note, ...] = (), papers: tuple[Paper, ...] = ()) -> tuple[Section, ...]:
    item = uuid4()
    return (
        Section(
            "agenda",
            "Agenda",
            (
                Para("The meeting is held in public."),
                Bullets(("1. Apologies for absence", "2. Sufficiency strategy")),
                *notes,
            ),
        ),
        Section("since", "Since the last meeting", (Para("Two actions were completed.", quiet=True),)),
        Section("actions", "Action log", (ACTIONS,)),
        Section(
            "priorities",
            "The strategy's priorities on this agenda",
            children=(
                Section(
                    "priority:2",
                    "Priority 2: a stable home",
                    (Fields((("Commitment", "Fewer moves for children in care"),)), CHART),
                ),
            ),
        ),
        Section(
            "reports",
            "Reports and papers",
            new_page=True,
            children=(
                Section(
                    f"report:{item}",
                    "Item 5: Sufficiency strategy",
                    (Fields((("Report author", "Head of Service"), ("Recommendation", "To note."))), *papers),
                ),
            ),
        ),
        Section("work_programme", "Work programme", (Bullets(("March: the annual report",)),)),
    )


def make_pack(edition: str = "committee", secs: tuple[Section, ...] | None = None, **changes: object) -> Pack:
    pack = Pack(
        meeting_id=UUID(int=1),
        cover=cover(edition, "Cllr B Sample" if edition == "member" else ""),
        sections=sections() if secs is None else secs,
        made_on=date(2026, 12, 10),
    )
    return replace(pack, **changes)  # type: ignore[arg-type]


def parse(pack: Pack, *, drawings: bool = True) -> Tree:
    return Tree(render_html(pack, drawings=drawings))


# --- the document as a whole ---


def test_language_title_and_skip_link_to_the_main_content() -> None:
    tree = parse(make_pack())
    assert tree.one("html").attrs["lang"] == "en-GB"
    title = squeeze(tree.one("head").iter("title")[0].text())
    assert title == "Corporate Parenting Sub-Committee, 22 December 2026 \N{EM DASH} Committee edition"
    first_link = tree.one("body").iter("a")[0]
    assert first_link.attrs["href"] == "#main"
    assert "skip" in first_link.text().lower()
    assert tree.by_id["main"].tag == "main"


def test_self_contained_with_no_scripts_and_nothing_fetched() -> None:
    tree = parse(make_pack())
    assert not tree.root.iter("script", "link", "iframe", "object", "embed", "img")
    assert tree.root.iter("style")
    for node in tree.root.iter():
        for name, given_value in node.attrs.items():
            assert not name.startswith("on"), f"<{node.tag} {name}> runs script"
            if name in ("href", "src", "xlink:href"):
                assert given_value.startswith("#"), f"<{node.tag} {name}={given_value!r}> leaves the file"
                assert given_value[1:] in tree.by_id, f"{given_value} points nowhere"
    style = tree.one("style").text()
    assert "@media print" in style and "line-height: 1.5" in style and "max-width: 40em" in style


def test_one_h1_the_packs_title_then_headings_that_never_skip_a_level() -> None:
    deep = Section("d1", "Level three", children=(Section("d2", "Level four", children=(
        Section("d3", "Level five", children=(Section("d4", "Level six", children=(
            Section("d5", "Level seven", (Para("Deep down."),)),)),)),)),))  # fmt: skip
    secs = sections()
    pack = make_pack(secs=(*secs[:-1], replace(secs[-1], children=(deep,))))
    headings = parse(pack).headings()
    assert [words for level, words in headings if level == 1] == [pack.title]
    assert headings[0] == (1, pack.title)
    for (before, _), (after, words) in itertools.pairwise(headings):
        assert after <= before + 1, f"{words!r} jumps from h{before} to h{after}"
    assert (7, "Level seven") in headings  # beyond h6 the level is still said, not flattened


def test_headings_follow_the_packs_order() -> None:
    pack = make_pack()
    levels = {id(s): 2 for s in pack.sections}
    for section in walk(pack.sections):
        for child in section.children:
            levels[id(child)] = levels[id(section)] + 1
    expected = [(1, pack.title), (2, "Contents"), (2, "Cover")]
    expected += [(levels[id(s)], s.title) for s in walk(pack.sections)]
    assert parse(pack).headings() == expected


def test_the_contents_list_links_to_every_section_in_order() -> None:
    pack = make_pack()
    tree = parse(pack)
    nav = tree.one("nav")
    assert tree.name_of(nav) == "Contents"
    links = nav.iter("a")
    assert [squeeze(a.text()) for a in links] == ["Cover", *(s.title for s in walk(pack.sections))]
    for link in links:
        target = tree.by_id[link.attrs["href"][1:]]
        assert re.fullmatch(r"h[2-6]", target.tag) and target.text() == link.text()


def test_section_keys_that_look_like_the_documents_own_ids_do_not_collide() -> None:
    keys = (
        "main",
        "cover",
        "contents-heading",
        "chart-title",
        "chart-clip",
        "table",
        "note",
        "item:1",
        "item 1",
    )
    secs = tuple(
        Section(key, f"Part {n}", (CHART, ACTIONS, Note("Mine.", False, "Here")))
        for n, key in enumerate(keys)
    )
    tree = parse(make_pack("member", secs=secs))  # Tree refuses an id used twice
    assert tree.by_id["main"].tag == "main"
    links = tree.one("nav").iter("a")
    assert [squeeze(tree.by_id[a.attrs["href"][1:]].text()) for a in links] == [
        "Cover",
        *(f"Part {n}" for n in range(9)),
    ]
    for node in tree.root.iter():
        for ref in node.attrs.get("aria-labelledby", "").split():
            assert ref in tree.by_id


def test_switched_off_cover_and_contents_are_left_out() -> None:
    tree = parse(make_pack(show_cover=False, contents=False))
    assert not tree.root.iter("nav")
    assert "New Shire Hall" not in tree.words()
    assert [words for _, words in tree.headings()][:2] == [make_pack().title, "Agenda"]


def test_the_cover_is_a_definition_list() -> None:
    tree = parse(make_pack())
    section = tree.by_id["cover"].parent
    assert section is not None
    cover_list = pairs(section.iter("dl")[0])
    assert squeeze(cover_list["Date"].text()) == "22 December 2026"
    assert squeeze(cover_list["Venue"].text()) == "New Shire Hall, Alconbury Weald"
    assert squeeze(cover_list["Time"].text()) == "2:00pm"
    assert [li.text() for li in cover_list["Membership"].iter("li")] == [
        "Cllr A Example (Chair)",
        "Cllr B Sample",
    ]
    assert squeeze(cover_list["Edition"].text()) == "Committee edition"


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({"version": 2}, "Committee edition, version 2"),
        ({"supplement": 1}, "Supplement 1 to the committee edition"),
        ({"supplement": 2, "version": 2}, "Supplement 2 to the committee edition, version 2"),
    ],
)
def test_a_reissue_or_supplement_says_so_at_the_top(changes: dict[str, int], label: str) -> None:
    tree = parse(make_pack(**changes))  # type: ignore[arg-type]
    header = tree.one("header")
    assert label in squeeze(header.text())
    assert label.split(", version")[0] in squeeze(tree.one("head").iter("title")[0].text())


def test_published_date_shown() -> None:
    tree = parse(make_pack(published_on=date(2026, 12, 14)))
    assert "Published on 14 December 2026" in squeeze(tree.one("header").text())
    assert "not published" in squeeze(parse(make_pack()).one("header").text())


# --- blocks ---


def test_every_sections_words_are_there_as_paragraphs_lists_and_definition_lists() -> None:
    tree = parse(make_pack())
    paragraphs = [squeeze(p.text()) for p in tree.root.iter("p")]
    assert "The meeting is held in public." in paragraphs
    quiet = [p for p in tree.root.iter("p") if p.text() == "Two actions were completed."]
    assert quiet and quiet[0].attrs.get("class") == "quiet"
    items = [li.text() for ul in tree.one("main").iter("ul") for li in ul.iter("li")]
    assert items[-3:] == ["1. Apologies for absence", "2. Sufficiency strategy", "March: the annual report"]
    terms = {k: squeeze(v.text()) for dl in tree.one("main").iter("dl") for k, v in pairs(dl).items()}
    assert terms["Commitment"] == "Fewer moves for children in care"
    assert terms["Recommendation"] == "To note."


def test_every_table_has_a_caption_and_a_header_cell_for_every_column() -> None:
    tree = parse(make_pack())
    tables = tree.root.iter("table")
    assert len(tables) == 2  # the action log and the chart's figures
    for table in tables:
        assert squeeze(table.iter("caption")[0].text())
        head = table.iter("thead")[0].iter("th")
        assert head and all(th.attrs.get("scope") == "col" and th.text().strip() for th in head)
        for row in table.iter("tbody")[0].iter("tr"):
            assert len(row.iter("th", "td")) == len(head)
            first = row.iter("th", "td")[0]
            assert first.tag == "th" and first.attrs.get("scope") == "row"  # "A1", "2023" name their rows
        region = table.parent
        assert region is not None and region.attrs.get("tabindex") == "0" and tree.name_of(region)
    log = tables[0]
    assert squeeze(log.iter("caption")[0].text()) == "The action log"
    assert [th.text() for th in log.iter("thead")[0].iter("th")] == ["Ref", "Action", "Owner", "Due", "RAG"]
    rag = [row.iter("th", "td")[-1].text() for row in log.iter("tbody")[0].iter("tr")]
    assert rag == ["Red", "Green"]  # RAG as a word


def test_a_ragged_or_unnamed_table_still_has_a_header_for_every_column() -> None:
    table = Table("", ("Name", ""), (("x",), ("y", "2", "extra"), ("y", "3")))
    tree = parse(make_pack(secs=(Section("s", "Odd table", (table,)),)))
    html_table = tree.one("table")
    assert squeeze(html_table.iter("caption")[0].text()) == "Odd table"  # the section names it
    assert [th.text() for th in html_table.iter("thead")[0].iter("th")] == ["Name", "Column 2", "Column 3"]
    rows = html_table.iter("tbody")[0].iter("tr")
    assert [len(row.iter("th", "td")) for row in rows] == [3, 3, 3]
    assert all(row.iter("th", "td")[0].tag == "td" for row in rows)  # "y" twice: not a row's name


def test_a_chart_is_a_figure_with_its_summary_its_figures_and_a_named_picture() -> None:
    tree = parse(make_pack())
    figure = tree.one("figure")
    caption = squeeze(figure.iter("figcaption")[0].text())
    assert STABILITY.name in caption and CHART.summary in caption
    assert "Cambridgeshire: 8.5% in 2024" in caption
    table = figure.iter("table")[0]
    cells = [[c.text() for c in row.iter("th", "td")] for row in table.iter("tbody")[0].iter("tr")]
    assert cells == [["2023", "11%", "10%"], ["2024", "8.5%", "10%"]]
    svg = figure.iter("svg")[0]
    assert svg.attrs["role"] == "img"
    assert STABILITY.name in tree.name_of(svg)
    # The picture is drawn: the council's line and its periods are in it.
    assert svg.iter("path") and "2024" in svg.text()


def test_every_picture_has_text() -> None:
    secs = sections()
    two_charts = (*secs, Section("more", "More indicators", (CHART, CHART)))
    tree = parse(make_pack(secs=two_charts))
    pictures = [n for n in tree.root.iter("svg", "img")]
    assert len(pictures) == 3
    for picture in pictures:
        if picture.tag == "img":
            assert picture.attrs.get("alt", "").strip()
        else:
            assert picture.attrs.get("role") == "img" and tree.name_of(picture).strip()
    # Three charts, one document: the ids inside each drawing do not collide (Tree checks every id).


def test_without_drawings_the_figures_and_summary_remain() -> None:
    tree = parse(make_pack(), drawings=False)
    assert not tree.root.iter("svg")
    figure = tree.one("figure")
    assert CHART.summary in squeeze(figure.text()) and figure.iter("table")


def test_notes_appear_in_the_members_edition_labelled_with_their_anchor() -> None:
    notes = (
        Note("Ask why the dental figures fell.", True, "Item 5"),
        Note("Good progress on stability.", False, "Officer report, page 3: \u201cthe words\u201d"),
    )
    tree = parse(make_pack("member", secs=sections(notes)))
    asides = tree.root.iter("aside")
    assert [squeeze(tree.name_of(a)) for a in asides] == [
        "My question \N{EM DASH} Item 5",
        "My note \N{EM DASH} Officer report, page 3: \u201cthe words\u201d",
    ]
    assert "Ask why the dental figures fell." in squeeze(asides[0].text())
    assert "Cllr B Sample" in tree.words()  # whose copy it is


def test_no_notes_when_the_pack_has_none() -> None:
    tree = parse(make_pack())
    assert not tree.root.iter("aside")
    assert "My note" not in tree.words() and "My question" not in tree.words()


def test_a_users_markup_is_shown_as_text_never_run() -> None:
    hostile = '<script>alert("x")</script> & <b>bold</b> <img src=x onerror=alert(1)>'
    notes = (Note(hostile, True, "Item <5>"),)
    secs = (Section("agenda", hostile, (Para(hostile), Table(hostile, (hostile,), ((hostile,),)), *notes)),)
    tree = parse(make_pack("member", secs=secs, cover=replace(cover("member"), venue=hostile)))
    assert not tree.root.iter("script", "b", "img")
    words = tree.words()
    assert words.count(hostile) >= 5  # heading, paragraph, caption, header, cell, note, venue
    assert "Item <5>" in words


def test_a_papers_words_are_given_page_by_page(tmp_path: Path) -> None:
    attached = paper(tmp_path, [["Our sufficiency duty", "Section 22G"], [], ["Annex: 94 children placed"]])
    pack = make_pack(secs=sections(papers=(attached,)))
    tree = parse(pack)
    heading = tree.by_id[f"paper-{attached.paper_id}"]
    assert heading.tag == "h4"  # a subsection of the report at h3
    paper_section = heading.parent
    assert paper_section is not None
    words = squeeze(paper_section.text())
    assert "sufficiency.pdf" in words and "3 pages" in words
    pages = [n for n in paper_section.iter("section")]
    assert [squeeze(page.iter("h5")[0].text()) for page in pages] == [
        "Sufficiency strategy: page 1 of 3",
        "Sufficiency strategy: page 2 of 3",
        "Sufficiency strategy: page 3 of 3",
    ]
    assert "Our sufficiency duty" in pages[0].text() and "Section 22G" in pages[0].text()
    assert "no text" in pages[1].text()
    assert "Annex: 94 children placed" in pages[2].text()


def test_a_papers_words_kept_in_the_database_are_used_without_reading_the_pdf_again() -> None:
    kept = Paper.of(uuid4(), "Old scan", "scan.pdf", 2, b"not read", ["Words kept for page one", ""])
    tree = parse(make_pack(secs=sections(papers=(kept,))))
    text = tree.by_id[f"paper-{kept.paper_id}"].parent.text()  # type: ignore[union-attr]
    assert "Words kept for page one" in text and "no text" in text and "could not be read" not in text


def test_an_unreadable_paper_says_so() -> None:
    broken = Paper.of(uuid4(), "Old scan", "scan.pdf", 4, b"%PDF-1.4 not really")
    tree = parse(make_pack(secs=sections(papers=(broken,))))
    heading = tree.by_id[f"paper-{broken.paper_id}"]
    assert "could not be read" in heading.parent.text()  # type: ignore[union-attr]


# --- writing ---


def test_written_whole_and_read_back(tmp_path: Path) -> None:
    out = tmp_path / "pack.html"
    pack = make_pack()
    write_html(pack, out)
    assert out.read_bytes() == render_html(pack).encode("utf-8")
    assert Tree(out.read_text(encoding="utf-8")).headings()[0] == (1, pack.title)


def test_a_members_edition_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "mine.html"
    write_html(make_pack("member", secs=sections((Note("Mine.", False, "Item 1"),))), out)
    assert out.stat().st_mode & 0o077 == 0


def test_a_failing_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "pack.html"

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        write_html(make_pack(), out)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "pack.html"
    out.write_text("the published pack")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError):
        write_html(make_pack(), out)
    assert out.read_text() == "the published pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.html"]


def test_no_folder_is_a_clear_refusal(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_html(make_pack(), tmp_path / "missing" / "pack.html")


def test_progress_is_told_section_by_section() -> None:
    pack = make_pack()
    told: list[tuple[int, int, str]] = []
    render_html(pack, progress=lambda done, of, what: told.append((done, of, what)))
    count = len(walk(pack.sections))
    assert [done for done, _, _ in told] == list(range(count + 1))
    assert {of for _, of, _ in told} == {count}
    assert [what.split(": ", 1)[1] for _, _, what in told[:-1]] == [s.title for s in walk(pack.sections)]


def test_a_cancelled_build_writes_nothing(tmp_path: Path) -> None:
    asked: list[int] = []

    def cancel_on_third() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(Cancelled):
        write_html(make_pack(), tmp_path / "pack.html", cancelled=cancel_on_third)
    assert list(tmp_path.iterdir()) == []


# --- any words at all ---

words = st.text(max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=words,
    para=words,
    caption=words,
    headers=st.lists(words, min_size=1, max_size=3),
    cells=st.lists(st.lists(words, min_size=1, max_size=3), max_size=3),
    note=words,
)
def test_any_words_keep_the_document_whole_and_are_found_again(
    title: str, para: str, caption: str, headers: list[str], cells: list[list[str]], note: str
) -> None:
    table = Table(caption, tuple(headers), tuple(tuple(row) for row in cells))
    section = Section("agenda", title, (Para(para), table, Note(note, False, "Item 1")))
    pack = make_pack("member", secs=(section,))
    tree = parse(pack)  # raises Broken if any words opened or closed an element
    assert [level for level, _ in tree.headings()] == [1, 2, 2, 2]
    assert bare(tree.headings()[-1][1]) == bare(title)
    main = tree.one("main")
    assert bare(para) in bare("".join(p.text() for p in main.iter("p")))
    html_table = tree.one("table")
    assert bare(html_table.iter("caption")[0].text()) == (bare(caption) or bare(title) or "Table")
    width = max(len(headers), *(len(row) for row in cells)) if cells else len(headers)
    head = html_table.iter("thead")[0].iter("th")
    assert len(head) == width
    for n, th in enumerate(head):
        named = headers[n] if n < len(headers) and bare(headers[n]) else f"Column {n + 1}"
        assert bare(th.text()) == bare(named)
    body = html_table.iter("tbody")[0].iter("tr")
    assert len(body) == len(cells)
    for row, given_row in zip(body, cells, strict=True):
        shown = [bare(c.text()) for c in row.iter("th", "td")]
        assert shown == [bare(c) for c in given_row] + [""] * (width - len(given_row))
    assert bare(note) in bare(tree.one("aside").text())

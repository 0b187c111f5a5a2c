"""Any bytes offered for import give a clean import or a clear refusal, and a refusal changes nothing.

Strategy files, the council's own figures and PDF papers, each offered as arbitrary bytes and as a valid
file mutated: cut short, bytes changed, characters put in, a stretch repeated, entries duplicated, numbers
made huge. A refusal is a CpdeskError whose message is one line naming the file; anything else (a
traceback from deep inside) fails the test, and so does a refusal that left the database changed.
"""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError, InputError
from tests.conftest import database_dump
from tests.helpers import make_pdf

SHORT = Path(__file__).resolve().parents[1] / "data" / "strategy-2023-2028-short.json"
QUICK = settings(max_examples=150, deadline=None)

# What people and programs put into files by mistake, and what broke importers before.
NASTY = (
    b",",
    b'"',
    b"\n",
    b"\r",
    b"\r\n",
    b"\x00",
    b" ",
    b"\t",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    "\u0665".encode(),  # an Arabic-Indic digit
    "\uff11".encode(),  # a full-width digit
    "\u00b2".encode(),  # a superscript two
    b"9" * 400,
    b"1" * 5000,
    b"1e400",
    b"-",
    b"NaN",
    b"Infinity",
    b"{",
    b"[",
    b"]",
    b"}",
    b"\\",
    b"\\ud800",
    b"x" * 140_000,  # longer than the CSV reader's field limit
    b"%PDF-1.7",
    b"/Encrypt",
)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """A valid file changed in one to four places."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("cut", "change", "insert", "delete", "repeat")))
        if kind == "cut":
            del data[at:]
        elif kind == "change":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(
                st.one_of(
                    st.sampled_from(NASTY),
                    st.binary(min_size=1, max_size=8),
                    st.text(min_size=1, max_size=8).map(lambda t: t.encode("utf-8", "surrogatepass")),
                )
            )
        elif kind == "delete":
            del data[at : draw(st.integers(at, min(len(data), at + 64)))]
        else:  # a stretch repeated where it ends: often a line or an entry given twice
            end = draw(st.integers(at, min(len(data), at + 400)))
            data[end:end] = data[at:end]
    return bytes(data)


def offered(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=2000),
        st.sampled_from(seeds).flatmap(mutated),
    )


def check_offer(desk: Desk, path: Path, data: bytes, offer: Callable[[Path], object]) -> object | None:
    """Offer the bytes; return what the import gave, or None for a refusal that changed nothing."""
    path.write_bytes(data)
    before = database_dump(desk)
    try:
        return offer(path)
    except CpdeskError as refused:
        message = refused.describe()
        assert message and len(message.splitlines()) == 1, message
        assert refused.where is not None and refused.where.startswith(str(path)), message
        assert len(message) < 400 + len(str(path)), message
        assert database_dump(desk) == before, message
        return None


@pytest.fixture
def own_desk(_strategy_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A strategy database of this test's own, made outside the examples hypothesis runs."""
    path = tmp_path_factory.mktemp("offered") / "cpdesk.db"
    shutil.copyfile(_strategy_template, path)
    desk = Desk.open(path, today=lambda: date(2025, 6, 1))
    yield desk
    desk.close()


# --- strategy files ----------------------------------------------------------------------------------


def _places(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) of a JSON document, to change the value there."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield node, key
        yield from _places(value)


def _lists(node: Any) -> Iterator[list[Any]]:
    if isinstance(node, list):
        if node:
            yield node
        for value in node:
            yield from _lists(value)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _lists(value)


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
        st.sampled_from([10**400, -(10**30), 2025.0, 1e308, "\u0662\u0660\u0662\u0665", "2024-13", "", " "]),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


HUGE = ("1" * 5000, "9" * 400, "1e400", "-1e400", "1" * 400 + ".5", "NaN", "Infinity", "-0", "1E+2")
SECTIONS = ("annual_reports", "priorities", "promises", "ambitions", "narratives", "context_figures")


@st.composite
def strategy_changed(draw: st.DrawFn, seed: dict[str, Any]) -> bytes:
    """A valid strategy with entries given twice, values replaced or numbers made huge, written as JSON."""
    data = copy.deepcopy(seed)
    edition = draw(st.integers(0, 10**6))  # reports new to the work programme, as a new strategy's are
    for report in data["annual_reports"]:
        report["title"] += f" ({edition})"
    huge = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(("twice", "twice", "replace", "huge")))
        if kind == "twice":  # the sections whose entries the database keeps unique come up most
            section = draw(st.sampled_from((*SECTIONS, None)))
            entries = data.get(section or "") or draw(st.sampled_from(list(_lists(data))))
            entries.insert(draw(st.integers(0, len(entries))), copy.deepcopy(draw(st.sampled_from(entries))))
        elif kind == "replace":
            container, key = draw(st.sampled_from(list(_places(data))))
            container[key] = draw(JSON_VALUES)
        else:  # Python cannot even write some of these numbers, so a marker stands in for each
            numbers = [(c, k) for c, k in _places(data) if isinstance(c[k], (int, float))]
            if numbers:
                container, key = draw(st.sampled_from(numbers))
                container[key] = f"@huge{len(huge)}@"
                huge.append(draw(st.sampled_from(HUGE)))
    text = json.dumps(data, indent=draw(st.sampled_from([None, 1, 2])), ensure_ascii=draw(st.booleans()))
    for index, token in enumerate(huge):
        text = text.replace(f'"@huge{index}@"', token)
    return text.encode()


def test_any_strategy_file_is_imported_or_refused_cleanly(own_desk: Desk) -> None:
    seed_text = SHORT.read_bytes()
    seed = json.loads(seed_text)
    path = own_desk.path.parent / "offered.json"

    @QUICK
    @given(st.one_of(offered([seed_text]), strategy_changed(seed)))
    def offer(data: bytes) -> None:
        version = check_offer(own_desk, path, data, own_desk.strategy.import_file)
        if version is not None:
            assert own_desk.strategy.content(version.id).priorities  # type: ignore[attr-defined]

    offer()


def test_two_annual_reports_with_the_same_title_are_refused_at_the_second(
    own_desk: Desk, tmp_path: Path
) -> None:
    data = json.loads(SHORT.read_text(encoding="utf-8"))
    data["annual_reports"].append({"title": "Fostering Annual Report", "description": "One."})
    data["annual_reports"].append({"title": "Fostering Annual Report", "description": "Two."})
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    before = database_dump(own_desk)
    with pytest.raises(InputError) as refused:
        own_desk.strategy.import_file(path)
    assert refused.value.message == (
        "annual_reports[3].title: 'Fostering Annual Report' is used twice (first at annual_reports[2])"
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    titled = [n for n, text in enumerate(lines, start=1) if '"Fostering Annual Report"' in text]
    assert refused.value.where == f"{path}, line {titled[1]}"
    assert database_dump(own_desk) == before


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("1" * 5000, r"line \d+: 111111111111\.\.\. is too long a number \(5,000 digits\)"),
        ("9" * 400, r"line \d+: 999999999999\.\.\. is too long a number \(400 digits\)"),
        ("1" * 30, r"line \d+: context_figures\[0\]\.value: .* greater than the maximum"),
        ("1" * 400 + ".5", r"line \d+: 111111111111\.\.\. is too large a number"),
    ],
    ids=["thousands of digits", "hundreds of digits", "too big for the field", "float too big"],
)
def test_huge_numbers_in_a_strategy_file_are_refused_on_their_line(
    own_desk: Desk, tmp_path: Path, token: str, expected: str
) -> None:
    data = json.loads(SHORT.read_text(encoding="utf-8"))
    data["context_figures"][0]["value"] = 12345
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(data, indent=2).replace("12345", token), encoding="utf-8")
    with pytest.raises(InputError, match=expected) as refused:
        own_desk.strategy.import_file(path)
    line = int(re.findall(r"line (\d+)", refused.value.describe())[0])
    assert token[:20] in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_context_figure_for_a_month_that_does_not_exist_is_refused(own_desk: Desk, tmp_path: Path) -> None:
    data = json.loads(SHORT.read_text(encoding="utf-8"))
    data["context_figures"][1]["as_of"] = "2024-13"
    path = tmp_path / "month.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    expected = r"line \d+: context_figures\[1\]\.as_of: '2024-13' is not a real month"
    with pytest.raises(InputError, match=expected):
        own_desk.strategy.import_file(path)


def test_a_key_in_the_wrong_form_is_told_the_form_not_that_it_is_empty(
    own_desk: Desk, tmp_path: Path
) -> None:
    data = json.loads(SHORT.read_text(encoding="utf-8"))
    data["narratives"][0]["key"] = "Our Vision"
    path = tmp_path / "key.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    expected = r"narratives\[0\]\.key: 'Our Vision' should be lower-case letters, digits and _"
    with pytest.raises(InputError, match=expected):
        own_desk.strategy.import_file(path)


# --- the council's own figures -----------------------------------------------------------------------

PEP = "Children with an up-to-date PEP"
QUOTED = 'Care leavers in "suitable" accommodation, aged 19 to 21'
FIGURES = (
    "indicator,period,value,numerator,denominator,note\n"
    f"{PEP},2025-06,96.5,579,600,Summer term\n"
    f"{PEP},2025-09,c,,,Too few to publish\n"
    f'"{QUOTED.replace(chr(34), chr(34) * 2)}",202425,"1,234",,,"A note, with a comma"\n'
    f"{PEP},2025-03-31,-2,,,\n"
)


def _figure_seeds() -> list[bytes]:
    return [
        FIGURES.encode(),
        ("\ufeff" + FIGURES).encode(),
        FIGURES.replace(",", ", ", 5).encode(),  # a header with spaces after the commas
        FIGURES.replace("indicator,period,value", "Indicator,Period,Value").replace("\n", "\r\n").encode(),
    ]


def _with_indicators(desk: Desk) -> None:
    desk.indicators.create(PEP, "percent", polarity="higher", target=95)
    desk.indicators.create(QUOTED, "count")


def test_any_file_of_the_councils_own_figures_is_imported_or_refused_cleanly(own_desk: Desk) -> None:
    _with_indicators(own_desk)
    path = own_desk.path.parent / "ours.csv"

    @QUICK
    @given(offered(_figure_seeds()))
    def offer(data: bytes) -> None:
        count = check_offer(own_desk, path, data, own_desk.indicators.import_council_figures)
        if count is not None:
            assert isinstance(count, int) and count >= 1
            for indicator in own_desk.indicators.indicators():
                for value in own_desk.indicators.values(indicator.id):
                    assert value.value is None or abs(value.value) <= 1e12
                    assert value.period.isascii()

    offer()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f"indicator, period, value\n{PEP},2025-06,5\n", None),
        (f" Indicator , PERIOD,value \n{PEP},2025-06,5\n", None),
        (f'indicator,period,value\n{PEP},2025-06,","\n', r"line 2: value ',' is not a number"),
        (f"indicator,period,value\n{PEP},2025-06,1,2,3\n", r"line 2: this line does not have the header's"),
        (f"indicator,period,value\n{PEP},2025-06,12,34\n", r"line 2: this line does not have the header's"),
        (f'indicator,period,value\n{PEP},2025-06,"12,34"\n', r"line 2: value '12,34' is not a number"),
        (
            f'indicator,period,value,note\n{PEP},2025-06,5,"{"x" * 140_000}"\n',
            r"line 2: a cell is longer than the 128 KiB cpdesk reads",
        ),
        (
            f"indicator,period,value\n{PEP},2025-06,{'9' * 400}\n",
            r"line 2: value '9{40}'\.\.\. \(400 characters\) is too large to be a figure",
        ),
        (f"indicator,period,value\n{PEP},2025-06,1000000000001\n", r"line 2: value .* is too large"),
        (f"indicator,period,value\n{PEP},2025-06,\u0665\n", r"line 2: value '\u0665' is not a number"),
        (f"indicator,period,value\n{PEP},2025-06,\uff15\n", r"line 2: value '\uff15' is not a number"),
        (f"indicator,period,value\n{PEP},\u0662\u0660\u0662\u0665,5\n", r"line 2: the period '\u0662"),
        (f"indicator,period,value\n{PEP},2025,5\n{PEP},2025,6\n", r"line 3: .* for 2025 is given twice"),
        ("indicator,period,value,Value\nX,2025,5\n", r"line 1: the column 'value' is named twice"),
    ],
    ids=[
        "spaces after commas",
        "capitals and spaces",
        "only a comma",
        "too many cells",
        "unquoted thousands",
        "commas not between thousands",
        "field over 128 KiB",
        "400 digits",
        "over a trillion",
        "Arabic-Indic digit",
        "full-width digit",
        "period in other digits",
        "same figure twice",
        "column twice",
    ],
)
def test_the_councils_own_figures_are_read_or_refused_with_their_line(
    own_desk: Desk, tmp_path: Path, content: str, expected: str | None
) -> None:
    _with_indicators(own_desk)
    path = tmp_path / "ours.csv"
    path.write_text(content, encoding="utf-8")
    before = database_dump(own_desk)
    if expected is None:
        assert own_desk.indicators.is_council_figures(path)
        assert own_desk.indicators.import_council_figures(path) == 1
        return
    with pytest.raises(InputError, match=expected) as refused:
        own_desk.indicators.import_council_figures(path)
    assert refused.value.describe().startswith(f"{path}, line ")
    assert database_dump(own_desk) == before


# --- PDF papers ---------------------------------------------------------------------------------------


def _encrypted(plain: bytes, user: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(plain))
    writer.encrypt(user_password=user, owner_password="the clerk's", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _unsupported(encrypted: bytes) -> bytes:
    """An encryption scheme pypdf does not handle (the Encrypt dictionary's /V 7)."""
    return encrypted.replace(b"/V 2", b"/V 7", 1)


def _aes_256(encrypted: bytes) -> bytes:
    """AES-256 encryption (/V 5, /R 6), which pypdf opens only with an extra library."""
    keys = {"/O": 48, "/U": 48, "/OE": 32, "/UE": 32, "/Perms": 16}  # made-up hashes of the right lengths
    entry = (
        b"<<\n/V 5\n/R 6\n/Length 256\n/P 4294967292\n/Filter /Standard\n"
        + b"".join(name.encode() + b" <" + b"ab" * size + b">\n" for name, size in keys.items())
        + b"/CF <</StdCF <</CFM /AESV3 /Length 32>>>> /StmF /StdCF /StrF /StdCF\n>>"
    )
    return re.sub(rb"<<\n/V 2\n.*?>>", entry, encrypted, count=1, flags=re.DOTALL)


@pytest.fixture
def item_id(own_desk: Desk) -> Any:
    meeting = own_desk.meetings.create_meeting(own_desk.people.body("sub_committee").id, date(2025, 6, 10))
    return own_desk.agenda.add_item(meeting.id, "Annual Health Report").id


def test_any_file_offered_as_a_paper_is_attached_or_refused_cleanly(
    own_desk: Desk, item_id: Any, tmp_path: Path
) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", pages=2).read_bytes()
    seeds = [plain, _encrypted(plain, ""), _encrypted(plain, "secret"), _unsupported(_encrypted(plain, ""))]
    path = own_desk.path.parent / "paper.pdf"

    @QUICK
    @given(offered(seeds))
    def offer(data: bytes) -> None:
        paper = check_offer(own_desk, path, data, lambda p: own_desk.agenda.attach_paper(item_id, p))
        if paper is not None:
            assert paper.page_count >= 1  # type: ignore[attr-defined]

    offer()


PASSWORD = re.escape("this PDF is protected by a password; save a copy without the password and attach that")
UNKNOWN_SCHEME = re.escape(
    "this PDF is encrypted in a way cpdesk cannot open; save an unencrypted copy and attach that"
)
DAMAGED = (
    re.escape(
        "this PDF is damaged and cannot be read; open it in a PDF reader, save or print it as a new PDF and "
        "attach that"
    )
    + r" \(\w+Error\)|this PDF has no pages"
)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda plain: _encrypted(plain, ""), None),
        (lambda plain: _encrypted(plain, "secret"), PASSWORD),
        (lambda plain: _unsupported(_encrypted(plain, "")), UNKNOWN_SCHEME),
        (lambda plain: _aes_256(_encrypted(plain, "")), f"{UNKNOWN_SCHEME}|{PASSWORD}"),
        (lambda plain: plain[: len(plain) // 3], DAMAGED),
        (lambda plain: b"%PDF-1.7\n" + b"\xff" * 500, DAMAGED),
    ],
    ids=["owner password only", "user password", "unknown scheme", "AES-256", "cut short", "garbage"],
)
def test_encrypted_and_damaged_papers_are_opened_or_refused_plainly(
    own_desk: Desk, item_id: Any, tmp_path: Path, make: Callable[[bytes], bytes], expected: str | None
) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", pages=3).read_bytes()
    path = tmp_path / "paper.pdf"
    path.write_bytes(make(plain))
    before = database_dump(own_desk)
    if expected is None:
        assert own_desk.agenda.attach_paper(item_id, path).page_count == 3
        return
    with pytest.raises(InputError) as refused:
        own_desk.agenda.attach_paper(item_id, path)
    assert re.fullmatch(expected, refused.value.message), refused.value.message  # word for word
    assert refused.value.where == str(path)
    assert database_dump(own_desk) == before

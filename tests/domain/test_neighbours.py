"""The DfE's statistical neighbour groupings: read back exactly as published, or refused saying where."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cpdesk.config import resources_dir
from cpdesk.domain.dfe import Neighbours, read_neighbours
from cpdesk.domain.indicators import NEIGHBOURS_FILE
from cpdesk.errors import InputError

# The DfE's own layout: a closeness word (SNP) after each neighbour's number, and a trailing comma.
HEADER = "LA num,LA Name,LA number,GOInd,GOReg," + ",".join(f"SN{n},SNP" for n in range(1, 11)) + ","


def grouping(number: str, name: str, neighbours: list[str]) -> str:
    cells = [number, name, number, "1", "North East"]
    for n in range(10):
        cells += [neighbours[n] if n < len(neighbours) else "", "Close" if n < len(neighbours) else ""]
    return ",".join(cells) + ","


CAMDEN = ["213", "205", "207", "206", "212", "352", "203", "870", "309", "302"]
HACKNEY = ["210", "206", "209", "202", "208", "211", "316", "204", "352", "307"]


def write(tmp_path: Path, lines: list[str], *, newline: str = "\r\n", bom: bool = True) -> Path:
    path = tmp_path / "groupings.csv"  # a file of the test's own: the reader keeps the bundled one cached
    path.write_bytes(("\ufeff" if bom else "").encode() + newline.join(lines).encode() + newline.encode())
    return path


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["windows", "unix", "old-mac"])
def test_a_groupings_file_is_read_back_exactly(tmp_path: Path, newline: str) -> None:
    path = write(
        tmp_path,
        [
            HEADER,
            grouping("202", " Camden ", [f" {n} " for n in CAMDEN]),  # spaces round cells are not theirs
            "",  # a blank line
            ",,,,,,,,,,,,,,,,,,,,,,,,,",  # a line of empty cells, as the DfE's file has
            ",Inner London,,3,London (Inner)," + ",".join(f"{n},Close" for n in CAMDEN) + ",",  # no LA num
            grouping("204", "Hackney", HACKNEY),
            grouping("201", "City of London", ["207", "213", "212"]),  # fewer than ten: the rest are blank
        ],
        newline=newline,
    )
    assert read_neighbours(path) == Neighbours(
        by_authority={"202": tuple(CAMDEN), "204": tuple(HACKNEY), "201": ("207", "213", "212")},
        names={"202": "Camden", "204": "Hackney", "201": "City of London"},
    )


def test_a_line_may_end_at_its_last_neighbour(tmp_path: Path) -> None:
    path = write(tmp_path, ["LA num,LA Name,SN1,SN2,SN3", "873,Cambridgeshire,886,850,935"], bom=False)
    assert read_neighbours(path) == Neighbours({"873": ("886", "850", "935")}, {"873": "Cambridgeshire"})


@pytest.mark.parametrize(
    ("lines", "missing"),
    [
        (["LA Name,SN1,SN2", "Cambridgeshire,886,850"], "'LA num'"),
        (["LA num,LA Name,GOReg", "873,Cambridgeshire,East"], "'SN1'"),
        (["LA num,SN1,SN2", "873,886,850"], "'LA Name'"),
        (["la num,LA Name,SN1", "873,Cambridgeshire,886"], "'LA num'"),  # the DfE's names, as it spells them
        (
            ["time_period,geographic_level,new_la_code,children", "2025,National,,5"],
            "'LA num' or 'LA Name' or 'SN1'",
        ),
        ([""], "'LA num' or 'LA Name' or 'SN1'"),  # nothing but a byte-order mark and a line end
    ],
)
def test_a_file_that_is_not_groupings_is_refused(tmp_path: Path, lines: list[str], missing: str) -> None:
    path = write(tmp_path, lines)
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert (refused.value.message, refused.value.where) == (
        f"this is not a statistical neighbour file (it has no {missing} column)",
        f"{path.resolve()}, line 1",
    )


def test_a_file_of_only_a_byte_order_mark_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "groupings.csv"
    path.write_bytes("\ufeff".encode())
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert refused.value.message.startswith("this is not a statistical neighbour file")
    assert refused.value.where == f"{path.resolve()}, line 1"


def test_a_line_short_of_its_neighbours_is_refused_with_its_line(tmp_path: Path) -> None:
    short = grouping("204", "Hackney", HACKNEY).split(",")[:23]  # stops before SN10
    path = write(tmp_path, [HEADER, grouping("202", "Camden", CAMDEN), "", ",".join(short)])
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert (refused.value.message, refused.value.where) == (
        "this line has too few columns",
        f"{path.resolve()}, line 4",  # the blank line counts: it is line 4 in any editor
    )


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (grouping("Camden", "202", CAMDEN), "'LA num' holds 'Camden', not an authority's three-digit number"),
        (grouping("20", "Camden", CAMDEN), "'LA num' holds '20', not an authority's three-digit number"),
        (
            grouping("203", "Westminster", [*CAMDEN[:2], "Close", *CAMDEN[3:]]),
            "'SN3' holds 'Close', not an authority's three-digit number",
        ),
        (grouping("204", "Hackney", HACKNEY), "authority 204 has its neighbours on line 3 already"),
    ],
    ids=["name-for-number", "short-number", "word-for-neighbour", "authority-twice"],
)
def test_a_line_that_cannot_be_a_grouping_is_refused_with_its_line(
    tmp_path: Path, bad: str, message: str
) -> None:
    path = write(
        tmp_path, [HEADER, grouping("202", "Camden", CAMDEN), grouping("204", "Hackney", HACKNEY), bad]
    )
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert (refused.value.message, refused.value.where) == (message, f"{path.resolve()}, line 4")


def test_the_bundled_groupings_give_each_authority_ten_neighbours(tmp_path: Path) -> None:
    bundled = resources_dir() / "dfe" / NEIGHBOURS_FILE
    neighbours = read_neighbours(Path(shutil.copyfile(bundled, tmp_path / NEIGHBOURS_FILE)))
    assert neighbours.by_authority["873"] == (
        "931",
        "916",
        "850",
        "800",
        "865",
        "938",
        "869",
        "919",
        "885",
        "937",
    )
    assert neighbours.names["873"] == "Cambridgeshire"
    assert len(neighbours.by_authority) == 156
    assert {len(found) for found in neighbours.by_authority.values()} == {10}

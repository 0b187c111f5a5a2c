"""The DfE's statistical neighbour groupings: read back exactly as published, or refused saying where."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.domain.dfe import Neighbours, read_neighbours
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


NOT_GROUPINGS = "this is not a statistical neighbour file (no 'LA num' and 'SN1' columns)"


@pytest.mark.parametrize(
    "header",
    [
        "LA Name,SN1,SN2",  # no LA num
        "LA num,LA Name,GOReg",  # no neighbours
        "la num,LA Name,SN1",  # the DfE's names, as the DfE spells them
        "time_period,geographic_level,country_code,la_name,children",  # a statistics file
    ],
)
def test_a_file_that_is_not_groupings_is_refused(tmp_path: Path, header: str) -> None:
    path = write(tmp_path, [header, "873,Cambridgeshire,886"])
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert (refused.value.message, refused.value.where) == (NOT_GROUPINGS, f"{path.resolve()}, line 1")


def test_a_line_short_of_its_neighbours_is_refused_with_its_line(tmp_path: Path) -> None:
    short = grouping("204", "Hackney", HACKNEY).split(",")[:23]  # stops before SN10
    path = write(tmp_path, [HEADER, grouping("202", "Camden", CAMDEN), "", ",".join(short)])
    with pytest.raises(InputError) as refused:
        read_neighbours(path)
    assert (refused.value.message, refused.value.where) == (
        "this line has too few columns",
        f"{path.resolve()}, line 4",  # the blank line counts: it is line 4 in any editor
    )

"""The edges of reading a statistics file: a rate that can be a percentage, and a malformed line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.domain.dfe import read_ees_file
from cpdesk.errors import InputError
from tests.ees_files import ees_file


@pytest.mark.parametrize(
    ("cells", "unit"),
    [
        (("0", "100"), "percent"),  # both ends of a percentage are within it
        (("3.5", "100.5"), "number"),  # just past 100: not a percentage
        (('"1,250"', "3.5"), "number"),  # a number written with a thousands comma, past 100
        (('"0"', "64.5"), "percent"),
    ],
)
def test_a_rate_is_per_hundred_only_when_every_figure_is_from_0_to_100(
    tmp_path: Path, cells: tuple[str, str], unit: str
) -> None:
    path = ees_file(tmp_path / "rates.csv", [], [()], ["turnover_rate"], lambda y, a, c: (cells[a % 2],))
    assert read_ees_file(path).column("turnover_rate").unit == unit


def test_a_malformed_line_is_refused_with_its_line(tmp_path: Path) -> None:
    path = ees_file(tmp_path / "rates.csv", [], [()], ["children"], lambda y, a, c: (10 + a,))
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("Reporting year", '"Reporting" year')  # a quote that does not close the cell
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_ees_file(path)
    assert refused.value.message.startswith("the CSV is malformed (")
    assert refused.value.where == f"{path}, line 4"


def test_the_authorities_a_file_holds_are_listed_by_name_as_the_latest_year_names_them(
    tmp_path: Path,
) -> None:
    path = ees_file(tmp_path / "rates.csv", [], [()], ["children"], lambda y, a, c: (10 + a,))
    text = path.read_text(encoding="utf-8")
    # The 2025 rows name Oxfordshire anew, in lower case: the list follows them and ignores case.
    head, _, rows_2025 = text.partition("\n2025,")
    path.write_text(head + "\n2025," + rows_2025.replace("Oxfordshire", "bristol"), encoding="utf-8")
    authorities = read_ees_file(path).authorities()
    assert [(p.name, p.old_code, p.code, p.level) for p in authorities] == [
        ("bristol", "931", "E10000025", "local_authority"),
        ("Cambridgeshire", "873", "E10000003", "local_authority"),
        ("Warwickshire", "937", "E10000031", "local_authority"),
    ]

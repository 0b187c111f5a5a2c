"""The warning before saving text about a young person's challenge: what it finds and what it leaves alone."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpdesk.domain.privacy import (
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL,
    FULL_NAME,
    PHONE,
    Finding,
    describe,
    identifying_words,
    young_person_name_problem,
)

TODAY = date(2026, 12, 2)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.words) for f in identifying_words(text, today=TODAY)]


# --- the committee's ordinary writing gives no warning ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sam said the Children in Care Council wants more say on pocket money",
        "We wrote to the Care Leavers' Network on 3 March 2026",
        "The Young People's Corporate Parenting Meeting asked the Personal Adviser and the Virtual School.",
        "Cambridgeshire County Council agreed Priority 3 and Promise 7 on Monday 12 January 2026.",
        "The Corporate Parenting Sub-Committee met on 14/11/2025 and again on 2026-01-20.",
        "J.R. and Sam asked why the Leaving Care Grant is £2,000 in 2025 and 2026.",
        "Apparently Sam's Independent Reviewing Officer rang Childline on 0800 1111.",
        "Unfortunately the Care Leavers Covenant meeting moved from March to June.",
        "Sam J. told the Chair that 12 young people came to the summer trip.",
        "The Staying Put Policy was last reviewed in 2019 and Priority 2 is Amber.",
        "He walked 2 miles up the hill to the Family Hub in Wisbech.",
        "Sam (born 2010) wants a laptop for Year 11.",
    ],
)
def test_ordinary_committee_writing_gives_no_warning(text: str) -> None:
    assert found(text) == []


# --- each kind, in sentences a clerk might type -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jane Smith asked about her allowance.", "Jane Smith"),
        ("We told Tom O'Neill that the trip is booked.", "Tom O'Neill"),
        ("Mary-Jane Watson's carer came too.", "Mary-Jane Watson"),
        ("Her foster carer Mrs Smith agreed.", "Mrs Smith"),
        ("Mr. Patel will reply by Friday.", "Mr. Patel"),
        ("Sam Young said the bus pass ran out.", "Sam Young"),
        ("A letter went to J. Smith at the school.", "J. Smith"),
        ("Apparently Jane Smith was not told.", "Jane Smith"),
        ("Emily Clarke raised it first.", "Emily Clarke"),
        ("The Commissioner met Rachel de Souza.", "Rachel de Souza"),
        ("We told Will Smith on Monday.", "Will Smith"),
    ],
)
def test_full_names_are_found(text: str, words: str) -> None:
    assert found(text) == [(FULL_NAME, words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her DOB is 12/03/2010 so she turns 17 soon.", "12/03/2010"),
        ("D.O.B. 12.03.2010", "12.03.2010"),
        ("He was born on 12 March 2011.", "12 March 2011"),
        ("Date of birth: 2009-07-04", "2009-07-04"),
        ("Her birthday is 4 May, so the card must go by then.", "4 May"),
        ("Sam was born in March 2012 in Ely.", "March 2012"),
        ("12th March 2010 (DOB)", "12th March 2010"),
        # No birth words, but a date that would make someone 5 to 25 today may be a date of birth.
        ("The paper says March 12th 2015 next to his name.", "March 12th 2015"),
        ("Sam wrote 03/09/08 on the form.", "03/09/08"),
    ],
)
def test_dates_of_birth_are_found(text: str, words: str) -> None:
    assert found(text) == [(DATE_OF_BIRTH, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on 3 March 2026 agreed it.",  # this year
        "Agreed at the meeting of 10 July 2024.",  # two years ago: still a meeting, not a birth
        "The strategy runs to 31 March 2030.",  # the future
        "Adopted on 1 April 1995 by the old council.",  # too old to be a care leaver
    ],
)
def test_meeting_and_old_dates_without_birth_words_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_a_date_far_from_birth_words_or_in_another_sentence_is_a_meeting_date() -> None:
    assert found("Birthday vouchers were agreed at the Corporate Parenting meeting on 3 March 2026.") == []
    assert found("She was born abroad. We met on 3 March 2026.") == []


def test_the_date_rule_follows_today() -> None:
    text = "We first met on 3 March 2020."
    assert identifying_words(text, today=date(2024, 1, 1)) == []  # under 5 years ago: a meeting
    assert [f.kind for f in identifying_words(text, today=date(2026, 12, 2))] == [DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Call her on 07700 900123 after school.", "07700 900123"),
        ("Mobile 07700900123.", "07700900123"),
        ("Ring 07700-900-123 please", "07700-900-123"),
        ("Her gran's number is (01223) 456789.", "(01223) 456789"),
        ("Office: 020 7946 0958", "020 7946 0958"),
        ("Text +44 7700 900123 any time", "+44 7700 900123"),
        ("or +44 (0)7700 900 123.", "+44 (0)7700 900 123"),
        ("0044 7700 900123 abroad", "0044 7700 900123"),
        ("0300 123 4567 is the housing line", "0300 123 4567"),
    ],
)
def test_phone_numbers_are_found(text: str, words: str) -> None:
    assert found(text) == [(PHONE, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The grant is £1,500 and the bus pass £20.",
        "In 2025 and 2026 we met 12 times.",
        "Ring Childline on 0800 1111.",
        "The freephone helpline is 0800 123 4567.",  # an organisation's line, not a young person's
        "There were 123456789 views.",
        "Case reference 012345.",
    ],
)
def test_years_money_and_short_numbers_are_not_phones(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Email her at jane.smith@example.co.uk.", "jane.smith@example.co.uk"),
        ("sam_99+care@mail.example.com asked", "sam_99+care@mail.example.com"),
    ],
)
def test_email_addresses_are_found(text: str, words: str) -> None:
    assert found(text) == [(EMAIL, words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She moved to 12 Mill Road last week.", "12 Mill Road"),
        ("Flat 3, 14a Station Road.", "14a Station Road"),
        ("He lives at 5 High St. near the shop", "5 High St."),
        ("at 27 Chesterton Lane", "27 Chesterton Lane"),
        ("Post went to 9 St Ives Close", "9 St Ives Close"),
        ("the house at 8 mill road", "8 mill road"),
        ("Her postcode is CB3 0AP.", "CB3 0AP"),
        ("postcode cb30ap", "cb30ap"),
        ("PE13 1AB is wrong", "PE13 1AB"),
    ],
)
def test_addresses_are_found(text: str, words: str) -> None:
    assert found(text) == [(ADDRESS, words)]


@pytest.mark.parametrize(
    "text",
    [
        "We had 2 meetings in a row.",
        "3 young people walk to school.",
        "Sam is in KS4 2nd set.",
        "Priority 3 is about housing.",
    ],
)
def test_numbers_and_words_that_are_not_addresses(text: str) -> None:
    assert found(text) == []


# --- offsets, order and overlaps --------------------------------------------------------------------


def test_offsets_point_at_the_words_and_findings_are_in_text_order() -> None:
    text = (
        "Jane Smith (DOB 12/03/2010) lives at 12 Mill Road, CB1 2AB; "
        "ring 07700 900123 or email jane.smith@example.com."
    )
    findings = identifying_words(text, today=TODAY)
    assert [(f.kind, f.words) for f in findings] == [
        (FULL_NAME, "Jane Smith"),
        (DATE_OF_BIRTH, "12/03/2010"),
        (ADDRESS, "12 Mill Road"),
        (ADDRESS, "CB1 2AB"),
        (PHONE, "07700 900123"),
        (EMAIL, "jane.smith@example.com"),
    ]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.words
    assert findings[0].start == 0
    assert findings[2].start == text.index("12 Mill")


def test_overlapping_shapes_give_one_finding() -> None:
    text = "Write to Jane.Smith@example.com or Harvey Smith at 12 Harvey Smith Road"
    findings = identifying_words(text, today=TODAY)
    assert [(f.kind, f.words) for f in findings] == [
        (EMAIL, "Jane.Smith@example.com"),
        (FULL_NAME, "Harvey Smith"),
        (ADDRESS, "12 Harvey Smith Road"),
    ]
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start


def test_a_list_of_names_gives_one_finding_each() -> None:
    assert found("Ali Khan, Jo Brown and Tom O'Neill came.") == [
        (FULL_NAME, "Ali Khan"),
        (FULL_NAME, "Jo Brown"),
        (FULL_NAME, "Tom O'Neill"),
    ]


def test_without_today_the_clock_is_used() -> None:
    assert [f.kind for f in identifying_words("DOB 12/03/2010")] == [DATE_OF_BIRTH]


# --- describe ---------------------------------------------------------------------------------------


def test_describe_names_each_finding_in_plain_words() -> None:
    findings = [Finding(FULL_NAME, "Jane Smith", 0, 10), Finding(PHONE, "07700 900123", 20, 32)]
    assert (
        describe(findings) == "“Jane Smith” looks like a full name; “07700 900123” looks like a phone number."
    )
    assert describe([Finding(ADDRESS, "CB3 0AP", 0, 7)]) == "“CB3 0AP” looks like an address."
    assert describe([Finding(EMAIL, "a@b.org", 0, 7)]) == "“a@b.org” looks like an email address."
    assert describe([]) == ""


def test_describe_reads_what_identifying_words_found() -> None:
    text = "Sam Jones was born 1 May 2012."
    assert describe(identifying_words(text, today=TODAY)) == (
        "“Sam Jones” looks like a full name; “1 May 2012” looks like a date of birth."
    )


# --- a young person's name ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Sam", "Mary-Jane", "J.R.", "JR", "T.", "T", "J. R.", "  Sam  ", ""])
def test_first_names_and_initials_are_accepted(name: str) -> None:
    assert young_person_name_problem(name) is None


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("Sam Jones", "“Sam Jones” looks like a full name"),
        ("sam jones", "looks like a full name"),
        ("Mrs Smith", "looks like a full name"),
        ("Sam J.", "looks like a full name"),
        ("sam@example.com", "looks like an email address"),
        ("07700900123", "has numbers in it"),
        ("Sam 2010", "has numbers in it"),
        ("Sam!", "is not a first name or initials"),
    ],
)
def test_more_than_a_first_name_is_refused_with_a_reason(name: str, says: str) -> None:
    problem = young_person_name_problem(name)
    assert problem is not None
    assert says in problem
    assert "first name or initials" in problem


def test_a_refused_full_name_suggests_its_own_first_name_and_initials() -> None:
    assert young_person_name_problem("Sam Jones") == (
        "“Sam Jones” looks like a full name: record a young person by first name or initials only, "
        "such as “Sam” or “S.J.”"
    )


# --- any text --------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        " ", ".", ", ", "\n", "(", ")", "-", "/", "'", "’", "@", "+44 ", "07700 ", "900123", "0", "12",
        "2010", "March", "may", "Mr", "Mrs.", "J.", "Jane", "Smith", "O'Neill", "Road", "St", "born",
        "DOB", "CB3", "0AP", "de", "Care", "Council", "Sam's", "é", "ß", "İ",
    ]
)  # fmt: skip


@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map("".join)))
def test_any_text_gives_findings_that_point_at_their_words(text: str) -> None:
    findings = identifying_words(text, today=TODAY)
    assert isinstance(findings, list)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.words
        assert finding.words
    for before, after in itertools.pairwise(findings):
        assert before.end <= after.start
    assert isinstance(describe(findings), str)


@given(st.text(max_size=60))
def test_any_name_gives_a_sentence_or_none(name: str) -> None:
    problem = young_person_name_problem(name)
    assert problem is None or "first name or initials" in problem

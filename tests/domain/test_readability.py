"""Reading age: syllables, sentences, Flesch–Kincaid grade and the sentences too hard for young people."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.domain.readability import (
    ADULT,
    YOUNGEST,
    age_of,
    grade_of,
    hard_sentences,
    reading,
    sentences,
    syllables,
    words,
)

SIMPLE = "We asked the council to give us more pocket money."
BUREAUCRATIC = (
    "In accordance with the statutory responsibilities of the corporate parenting sub-committee, the "
    "authority will undertake a comprehensive evaluation of placement sufficiency and commissioning "
    "arrangements."
)

# Words with the syllables a dictionary gives them, chosen to exercise each rule.
WORDS = {
    "cat": 1,
    "make": 1,
    "table": 2,
    "little": 2,
    "people": 2,
    "homes": 1,
    "boxes": 2,
    "places": 2,
    "asked": 1,
    "wanted": 2,
    "called": 1,
    "handled": 2,
    "safely": 2,
    "placement": 2,
    "radio": 3,
    "action": 2,
    "million": 2,
    "serious": 3,
    "delicious": 3,
    "media": 3,
    "special": 2,
    "actual": 3,
    "quality": 3,
    "language": 2,
    "video": 3,
    "going": 2,
    "trying": 2,
    "player": 2,
    "young": 1,
    "happier": 3,
    "couldn't": 2,
    "money": 2,
    "council": 2,
    "committee": 3,
    "education": 4,
    "responsibility": 6,
    "opportunity": 5,
    "January": 4,
    "situation": 4,
}


@pytest.mark.parametrize(("word", "expected"), sorted(WORDS.items()))
def test_syllables_of_known_words(word: str, expected: int) -> None:
    assert syllables(word) == expected


def test_syllables_of_no_letters_and_of_case_and_apostrophes() -> None:
    assert syllables("") == syllables("123") == syllables("—") == 0
    assert syllables("EDUCATION") == syllables("Education") == 4
    assert syllables("don’t") == syllables("don't") == 1


def test_sentences_end_at_stops_but_not_after_titles_initials_or_before_lower_case() -> None:
    text = (
        "Dr. Patel came to our meeting. We asked, e.g. about Wi-Fi, and J. Smith wrote it down! "
        'Was it fair? "No," she said.\n'
        "- a list item\n"
        "- another item that\n"
        "  wraps onto the next line\n"
        "\n"
        "A heading without a stop\n"
        "The last sentence"
    )
    assert sentences(text) == [
        "Dr. Patel came to our meeting.",
        "We asked, e.g. about Wi-Fi, and J. Smith wrote it down!",
        "Was it fair?",
        '"No," she said.',
        "a list item",
        "another item that wraps onto the next line",
        "A heading without a stop",
        "The last sentence",
    ]


def test_words_split_hyphens_and_keep_apostrophes_and_numbers() -> None:
    assert words("Wi-Fi isn't on 2.5 days, £20 a week.") == [
        "Wi",
        "Fi",
        "isn't",
        "on",
        "2.5",
        "days",
        "20",
        "a",
        "week",
    ]


def test_a_simple_sentence_reads_at_about_eight_or_nine() -> None:
    result = reading(SIMPLE)
    assert (result.sentences, result.words, result.syllables) == (1, 10, 13)
    assert result.grade == pytest.approx(0.39 * 10 + 11.8 * 1.3 - 15.59, abs=0.05)
    assert 7 <= result.age <= 9
    assert hard_sentences([SIMPLE]) == []


def test_a_long_bureaucratic_sentence_is_flagged_with_its_hard_words() -> None:
    [hard] = hard_sentences(["We will check this in July.", BUREAUCRATIC])
    assert hard.sentence == BUREAUCRATIC
    assert hard.age == ADULT
    assert hard.long_sentence is True
    assert hard.words == 25
    assert {"responsibilities", "comprehensive", "evaluation", "sufficiency"} <= set(hard.long_words)
    assert not {"the", "will", "placement", "with"} & set(hard.long_words)
    assert hard.describe().startswith("reading age 18 (25 words long; long words: accordance, statutory")


def test_the_aim_can_be_set_and_a_sentence_at_the_aim_is_not_hard() -> None:
    text = "Your social worker will arrange a meeting about your education plan."
    age = reading(text).age
    assert 10 <= age <= 14
    assert hard_sentences([text], max_age=age) == []
    assert [h.age for h in hard_sentences([text], max_age=age - 1)] == [age]


def test_a_whole_text_is_measured_over_all_its_sentences() -> None:
    text = f"{SIMPLE} {BUREAUCRATIC}"
    whole = reading(text)
    assert whole.sentences == 2
    assert whole.words == 10 + 25
    assert whole.syllables == reading(SIMPLE).syllables + reading(BUREAUCRATIC).syllables
    assert whole.grade == grade_of(2, whole.words, whole.syllables)
    assert reading(SIMPLE).grade < whole.grade < reading(BUREAUCRATIC).grade


def test_very_short_texts_give_sensible_ages() -> None:
    assert reading("").age == YOUNGEST and reading("").grade == 0.0
    assert reading("Hi.").age == YOUNGEST
    assert reading("Yes!").age == YOUNGEST
    assert reading("Responsibility.").age <= 12  # one long word is not a university text
    assert reading("Accommodation arrangements.").age <= 14


def test_grade_and_age_arithmetic() -> None:
    assert grade_of(0, 0, 0) == 0.0
    assert grade_of(2, 40, 60) == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59, abs=0.05)
    assert age_of(0.0) == YOUNGEST
    assert age_of(4.4) == 9 and age_of(4.5) == 10
    assert age_of(40.0) == ADULT


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_reading_without_error(text: str) -> None:
    result = reading(text)
    assert YOUNGEST <= result.age <= ADULT
    assert result.grade >= 0
    assert result.words == sum(len(words(s)) for s in sentences(text))
    for hard in hard_sentences([text], max_age=YOUNGEST):
        assert hard.age > YOUNGEST
        assert hard.sentence in sentences(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "and", "the", ".", "!", "?", "\n", "Mr.", "- ", "2026"]), max_size=60)
)
def test_texts_of_real_words_keep_their_counts(tokens: list[str]) -> None:
    text = " ".join(tokens)
    result = reading(text)
    assert result.words == len(words(text))
    assert result.syllables >= result.words

"""How hard a text is to read: the Flesch–Kincaid grade and a UK reading age, for a text and each sentence.

The aim for what children and young people read (the "You said, we did" sheet, letters to young
people) is a UK reading age of about 9 to 11: short sentences, everyday words. A reading age is
the Flesch–Kincaid grade plus 5 (a US grade 4 pupil is about 9), never below 5; ages above
ADULT are not told apart, they all mean "an adult reader".

    grade = 0.39 × (words per sentence) + 11.8 × (syllables per word) − 15.59

Syllables are counted by rule (vowel groups, corrected for silent endings and the common ways
English splits or merges them) with a short list of exceptions: good enough to find hard
sentences, not a dictionary. Very short texts would give wild grades ("Responsibility." alone is
grade 55), so a text under MIN_WORDS words is topped up with ordinary words of ORDINARY_SYLLABLES
syllables for the per-word average. Pure Python, no network.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

AIM = (9, 11)  # the UK reading ages we write for when young people read it
MAX_AGE = AIM[1]
YOUNGEST = 5  # the floor: reading ages start at school age
ADULT = 18  # the ceiling: above this, all texts are "adult"
AGE_OVER_GRADE = 5  # UK reading age = US grade + 5
LONG_WORD = 3  # syllables: a word this long or longer makes a sentence harder for children
LONG_SENTENCE = 20  # words: more than this is a long sentence for children
MIN_WORDS = 10  # a text shorter than this is topped up with ordinary words for the per-word average
ORDINARY_SYLLABLES = 1.3  # syllables a word in plain writing for children


@dataclass(frozen=True)
class Reading:
    """How hard a text is: its counts, Flesch–Kincaid grade and UK reading age."""

    sentences: int
    words: int
    syllables: int
    grade: float  # Flesch–Kincaid grade, one decimal, never below 0
    age: int  # UK reading age, from YOUNGEST to ADULT


@dataclass(frozen=True)
class HardSentence:
    """A sentence that reads above the aim, and what makes it hard."""

    sentence: str
    age: int
    words: int
    long_words: tuple[str, ...]  # words of LONG_WORD syllables or more, each once, in order
    long_sentence: bool  # more than LONG_SENTENCE words

    def describe(self) -> str:
        """One line for a writer: the age and the reasons."""
        reasons = []
        if self.long_sentence:
            reasons.append(f"{self.words} words long")
        if self.long_words:
            reasons.append("long words: " + ", ".join(self.long_words))
        return f"reading age {self.age}" + (f" ({'; '.join(reasons)})" if reasons else "")


# --- sentences and words ---

# A full stop after a title ends no sentence.
TITLES = frozenset(["mr", "mrs", "ms", "mx", "dr", "prof", "st", "cllr", "rev", "sir"])
_SENTENCE_END = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s|$)")
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·]+|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s))\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")


def sentences(text: str) -> list[str]:
    """The sentences of a text, in order. A sentence ends at . ! ? or … unless lower case goes on
    after it (e.g. this) or it is a title or an initial (Dr. Patel, J. Smith); and at a line break
    unless the next line goes on in lower case, so list items and headings are sentences of their own."""
    found: list[str] = []
    for piece in _pieces(text):
        start = 0
        for end in _SENTENCE_END.finditer(piece):
            after = piece[end.end() :].lstrip()
            if after[:1].islower():
                continue
            before = piece[start : end.start()].split()
            last = before[-1].lower().lstrip("(\"'‘“") if before else ""
            if (
                end.group().startswith(".")
                and after
                and (last in TITLES or (len(last) == 1 and last.isalpha()))
            ):
                continue
            found.append(piece[start : end.end()].strip())
            start = end.end()
        found.append(piece[start:].strip())
    return [sentence for sentence in found if words(sentence)]


def _pieces(text: str) -> list[str]:
    """The text's lines with wrapped ones joined, list marks taken off and blank lines dropped."""
    pieces: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            pieces.append("")
            continue
        listed = _LIST_MARK.match(line)
        if listed:
            line = line[listed.end() :]
        if pieces and pieces[-1] and not listed and line[:1].islower():
            pieces[-1] += " " + line
        else:
            pieces.append(line)
    return [piece for piece in pieces if piece]


def words(text: str) -> list[str]:
    """The words of a text: letters (apostrophes inside) or numbers; a hyphenated word counts as its parts."""
    return _WORD.findall(text)


# --- syllables ---

# Words the rules get wrong that young people's and committee texts use often.
EXCEPTIONS = {
    "ago": 2,
    "anyone": 3,
    "area": 3,
    "areas": 3,
    "arent": 1,
    "being": 2,
    "business": 2,
    "create": 2,
    "created": 3,
    "creates": 2,
    "creating": 3,
    "every": 2,
    "everyone": 3,
    "everything": 3,
    "evening": 2,
    "eye": 1,
    "eyes": 1,
    "idea": 3,
    "ideas": 3,
    "lion": 2,
    "maybe": 2,
    "people": 2,
    "poem": 2,
    "poet": 2,
    "quiet": 2,
    "react": 2,
    "real": 1,
    "reality": 4,
    "really": 2,
    "recipe": 3,
    "science": 2,
    "someone": 2,
    "something": 2,
    "sometimes": 2,
    "theatre": 3,
    "wednesday": 2,
    "whole": 1,
}
_SPLITS = (  # vowels English says apart though they are written together (on the word, y marked)
    re.compile(r"(?<![ctsxgqnl])io(?!us$)"),  # ra-di-o, pe-ri-od; not ac-tion, mil-lion, re-gion
    re.compile(r"(?<![ctsxg])iou"),  # se-ri-ous, pre-vi-ous; not de-li-cious, an-xious, re-li-gious
    re.compile(r"(?<![cts])i[au]"),  # me-di-a, me-di-um, guar-di-an; not so-cial, Chris-tian, A-sian
    re.compile(r"(?<![qg])ua"),  # ac-tu-al, Jan-u-ar-y; not qual-i-ty, lan-guage
    re.compile(r"(?<![gq])ue[nl]"),  # in-flu-ence, cru-el; not league
    re.compile(r"(?<![gp])eo|^geo"),  # vi-de-o, the-o-ry, ge-og-ra-phy; not peo-ple, pi-geon
    re.compile(r"[aeiouy]ings?$"),  # go-ing, see-ing, try-ing
    re.compile(r"ie(?:r|st)$"),  # hap-pi-er, ea-si-est
    re.compile(r"[^aeiouy]ism$"),  # rac-ism
    re.compile(r"[ds]nt$"),  # could-n't, does-n't
)


def _mark_y(word: str) -> str:
    """The word with each consonant y written "_": at the start (young) or between vowels (player)."""
    chars = list(word)
    for i, ch in enumerate(chars):
        between = 0 < i < len(chars) - 1 and chars[i - 1] in "aeiou" and chars[i + 1] in "aeiou"
        if ch == "y" and (i == 0 or between):
            chars[i] = "_"
    return "".join(chars)


def syllables(word: str) -> int:
    """How many syllables an English word has, by rule: at least 1 for a word, 0 for no letters."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if w in EXCEPTIONS:
        return EXCEPTIONS[w]
    if len(w) <= 3:
        return 1
    w = _mark_y(w)
    count = len(re.findall(r"[aeiouy]+", w))
    count += sum(1 for rule in _SPLITS if rule.search(w))
    if re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouylr]le$", w):
        count -= 1  # a silent final e (make, home); but ta-ble and lit-tle keep theirs
    elif re.search(r"[^aeiouy]es$", w) and not re.search(r"(?:[sxzcg]|ch|sh|[^aeiouylr]l)es$", w):
        count -= 1  # makes, homes; but box-es, pla-ces, pa-ges, ta-bles
    elif re.search(r"[^aeiouytd]ed$", w) and not re.search(r"[^aeiouylr]led$", w):
        count -= 1  # asked, moved, called; but want-ed, need-ed, han-dled
    if re.search(r"[^aeiouy]e(?:ly|ment|ments|ful|less|ness)$", w):
        count -= 1  # late-ly, place-ment, care-ful, home-less: the e before the ending is silent too
    return max(1, count)


def _word_syllables(word: str) -> int:
    """Syllables of a word as read aloud: a number counts one a digit, at most three (2, 11, 2026)."""
    if word[:1].isdigit():
        return min(3, sum(ch.isdigit() for ch in word))
    return syllables(word)


# --- grades and ages ---


def grade_of(sentence_count: int, word_count: int, syllable_count: int) -> float:
    """The Flesch–Kincaid grade of counts, never below 0; a short text's words are topped up to MIN_WORDS."""
    if word_count == 0 or sentence_count == 0:
        return 0.0
    padding = max(0, MIN_WORDS - word_count)
    per_word = (syllable_count + padding * ORDINARY_SYLLABLES) / (word_count + padding)
    grade = 0.39 * (word_count / sentence_count) + 11.8 * per_word - 15.59
    return max(0.0, round(grade, 1))


def age_of(grade: float) -> int:
    """The UK reading age of a Flesch–Kincaid grade: grade + 5, from YOUNGEST to ADULT."""
    return max(YOUNGEST, min(ADULT, math.floor(grade + AGE_OVER_GRADE + 0.5)))


def reading(text: str) -> Reading:
    """How hard a whole text is to read."""
    return _measure(sentences(text))


def _measure(found: list[str]) -> Reading:
    all_words = [word for sentence in found for word in words(sentence)]
    syllable_count = sum(_word_syllables(word) for word in all_words)
    grade = grade_of(len(found), len(all_words), syllable_count)
    return Reading(len(found), len(all_words), syllable_count, grade, age_of(grade))


def hard_sentences(texts: Iterable[str], max_age: int = MAX_AGE) -> list[HardSentence]:
    """Every sentence of the texts that reads above max_age (11, the top of the aim for young people),
    in order, with its reading age and what makes it hard: long words, and being a long sentence."""
    hard: list[HardSentence] = []
    for text in texts:
        for sentence in sentences(text):
            measured = _measure([sentence])
            if measured.age <= max_age:
                continue
            sentence_words = words(sentence)
            long_words = dict.fromkeys(
                word for word in sentence_words if not word[:1].isdigit() and syllables(word) >= LONG_WORD
            )
            hard.append(
                HardSentence(
                    sentence=sentence,
                    age=measured.age,
                    words=len(sentence_words),
                    long_words=tuple(long_words),
                    long_sentence=len(sentence_words) > LONG_SENTENCE,
                )
            )
    return hard

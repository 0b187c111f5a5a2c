"""The DfE's words in the committee's: abbreviations spelled out, and measure names read as words."""

from __future__ import annotations

import re

GLOSSARY = {
    "CLA": "children looked after",
    "CIN": "children in need",
    "CPP": "child protection plan",
    "UASC": "unaccompanied asylum-seeking children",
    "SDQ": "strengths and difficulties questionnaire",
    "NEET": "not in education, employment or training",
    "EET": "in education, employment or training",
    "LA": "local authority",
}
# Capitals only and whole words only: "la" and "Cla" are left as they are, and so is "CLAIM".
_ABBREVIATION = re.compile(r"\b(" + "|".join(sorted(GLOSSARY, key=len, reverse=True)) + r")\b")
# Words a measure's name carries for its unit, which the indicator's unit says already.
_UNIT_WORDS = {
    "percent": {"percent", "percentage", "pct", "perc"},
    "count": {"count", "number", "num"},
    "number": {"count", "number", "num"},
}


def spelled_out(name: str) -> str:
    """A name with the DfE's abbreviations spelled out; each part (between colons) starts capitalised."""
    parts = []
    for part in name.split(": "):
        words = _ABBREVIATION.sub(lambda m: GLOSSARY[m.group(1)], part)
        if words != part and part[:1].isupper():
            words = words[:1].upper() + words[1:]
        parts.append(words)
    return ": ".join(parts)


def measure_words(label: str, unit: str) -> str:
    """A measure's label as words: no underscores, and no trailing unit word that its unit says already.

    A percentage whose name said so is marked (%), as a rate's name says what it is per.
    """
    words = label.replace("_", " ").split()
    dropped = False
    while len(words) > 1 and words[-1].lower() in _UNIT_WORDS.get(unit, set()):
        words.pop()
        dropped = True
    text = " ".join(words)
    return f"{text} (%)" if dropped and unit == "percent" else text

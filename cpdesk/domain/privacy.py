"""Words in free text that may identify a young person: full names, dates of birth, addresses, phones, emails.

Young people who raise challenges are named as little as possible (a first name or initials). Text typed
about their challenges may by accident hold more; `identifying_words` finds the words that look like it
so the form can warn before saving. These are heuristics: they aim to catch the common slips without
warning on the committee's ordinary writing (meeting dates, "Children in Care Council", "Priority 3"),
because a warning on every record teaches users to ignore it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from cpdesk.config import bundled_strategy_path

FULL_NAME = "full name"
DATE_OF_BIRTH = "date of birth"
ADDRESS = "address"
PHONE = "phone number"
EMAIL = "email address"

# A younger child rarely raises a challenge with the committee, so a bare date less than this many years
# ago is more likely a meeting or a decision than a birth (see identifying_words).
YOUNGEST_AGE = 5
OLDEST_AGE = 25  # care leavers are supported up to 25

_ARTICLE = {FULL_NAME: "a", DATE_OF_BIRTH: "a", ADDRESS: "an", PHONE: "a", EMAIL: "an"}
# When two findings overlap, the more specific shape wins (an email holds a name, an address a number).
_PRIORITY = {EMAIL: 0, PHONE: 1, DATE_OF_BIRTH: 2, ADDRESS: 3, FULL_NAME: 4}


@dataclass(frozen=True)
class Finding:
    """Words in a text that look like they identify someone, and where they are (for highlighting)."""

    kind: str  # "full name", "date of birth", "address", "phone number" or "email address"
    words: str  # the exact words in the text
    start: int
    end: int


# ---------------------------------------------------------------------------------------------------
# Words that are not names

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_COMMON = """
a about above across after afterwards again against ago agreed all almost along already also although
always am among an and another any anyone anything are around as ask asked asking at away back be because
been before being below best better between both but by can cannot could did do does doing done down
during each early either else enough even ever every everyone everything few first for from further
get gets getting give given go going good got great had has have having he her here hers herself him
himself his how however i if in instead into is it its itself just keep last later least less let like
likely many may maybe me might more most much must my myself near need needs never new next no nobody
none nor not nothing now of off often old on once one only or other others otherwise our ours ourselves
out over own perhaps please quite rather really said same say says see seen she should since so some
someone something sometimes soon still such than thank thanks that the their theirs them themselves
then there therefore these they this those though through thus to today together tomorrow too toward
towards under unless until up upon us very was we well were what whatever when whenever where whether
which while who whole whom whose why will with within without would yes yesterday yet you your yours
yourself yourselves
also additionally afterwards alongside although currently despite following finally firstly fortunately
generally hopefully however importantly initially instead meanwhile moreover nevertheless overall
previously recently regarding secondly similarly sadly subsequently thankfully therefore unfortunately
update updated outcome response responses action actions agreed noted note notes discussed
hello hi dear regards kind sincerely yours thanks ok okay
mr mrs ms miss mx dr prof sir madam
council councils county district borough city town parish unitary authority authorities cabinet committee
sub subcommittee board panel forum group groups network team teams service services department
directorate partnership partnerships trust trusts foundation charity charities agency agencies
commissioner ombudsman ofsted nhs icb police probation court courts tribunal government department dfe
school schools academy academies college colleges university universities nursery sixth form
virtual head headteacher teacher teachers pupil pupils student students apprenticeship apprenticeships
social worker workers personal adviser advisers advisor advisors independent reviewing officer officers
iro pa pep ehcp send sen cic cla lac yp uasc uasm care leaver leavers leaving children child young people
person parent parents parenting corporate carer carers foster fostering kinship adoption residential
home homes placement placements housing accommodation semi supported lodgings staying put
chair chairman chairperson vice member members councillor councillors cllr officer director executive
assistant manager managers lead leads senior principal deputy coordinator co ordinator participation
voice voices promise promises pledge pledges priority priorities strategy plan plans policy policies
report reports minutes agenda meeting meetings annual review reviews week month year day term
spring summer autumn winter easter christmas half holiday holidays
road rd street st avenue ave lane ln close drive dr way crescent court ct place pl gardens terrace
grove hill walk row square sq mews park parade green view rise vale
north south east west northern southern eastern western central upper lower great little
able access account activity advice allowance amount answer area areas art arts bank basic bed bill bills
budget bus business card cards case cases cash centre change changes chance check clear club clubs community
complaint complaints conference contact cost costs covenant culture data decision decisions dental detail
digital doctor education email emotional employment equipment event events experience family fair feedback
finance financial food free friend friends fund funding future gp grant grants group health healthy help
high hub hubs idea ideas information internet issue issues job jobs kit laptop learning leisure letter life
list local low main mental mobile money national need offer office online open opportunity opportunities
pathway pay payment phone physical pocket point positive practice problem problems project question
questions rate rating real red amber record records respect right rights room safe safety savings sport
sports support survey system talk text total training transport travel trip trips true value visit visits
wellbeing work working youth zone
cambridge cambridgeshire peterborough huntingdon huntingdonshire fenland ely wisbech march chatteris
whittlesey ramsey neots ives st soham littleport sawston histon cottenham england english britain
british uk london wales scotland ireland europe
"""

# Common first names that are also ordinary words: a Titlecase one mid-sentence, followed by a surname,
# is a name ("told Will Smith"), though the word alone is not.
_WORD_FIRST_NAMES = {
    "will", "mark", "bill", "grace", "rose", "faith", "hope", "joy", "jack", "pat", "sue", "dawn",
    "summer", "holly", "ivy", "lily", "daisy", "poppy", "ruby", "pearl", "amber", "robin", "dean",
    "frank", "guy", "miles", "rob", "sky", "skye", "harry", "jay", "victoria",
}  # fmt: skip
# Surnames that are also ordinary words: a name only straight after a first name ("Sam Young").
_WORD_SURNAMES = {
    "young", "white", "black", "green", "brown", "gray", "grey", "wood", "hall", "king", "hill", "baker",
    "cook", "bell", "ward", "shaw", "mills", "lord", "long", "little", "rose", "field", "fields", "may",
    "stone", "moore", "marsh", "bird", "fox", "hunt", "rice", "lane", "head", "best", "bishop", "carter",
    "walker", "turner", "parker", "cooper", "mason", "potter", "page", "price", "day", "love", "north",
    "west", "east", "south", "park", "bush", "brook", "brooks", "banks", "sharp", "gold", "rich", "wise",
    "dean", "cross", "church", "marshall", "webb", "lamb", "nash", "french", "english", "scott", "chase",
}  # fmt: skip
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof"}
_PARTICLES = {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "le", "la", "al", "el"}
# In the strategy, a name follows one of these: those words are people, not vocabulary.
_STRATEGY_NAME_AFTER = re.compile(
    r"\b(?:Councillor|Cllr|Director|Mr|Mrs|Ms|Dr)\.?,?\s+((?:[A-Z][a-z'’-]+\s*){1,3})"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def common_words() -> frozenset[str]:
    """Lower-case words that are not names: the bundled strategy's vocabulary and a short list of our own.

    The strategy's own people (after "Councillor", "Director" ...) are left out, so their names count.
    """
    words = set((_COMMON + " " + _MONTHS + " " + _DAYS).split())
    try:
        document = json.loads(bundled_strategy_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        document = None  # the list of our own still works without the strategy
    people: set[str] = set()
    for text in _strings(document):
        words.update(word.lower() for word in _WORD.findall(text))
        for match in _STRATEGY_NAME_AFTER.finditer(text):
            people.update(word.lower() for word in _WORD.findall(match.group(1)))
    words.update(part for word in list(words) for part in re.split(r"['’\-]", word) if part)
    return frozenset(words - people)


# ---------------------------------------------------------------------------------------------------
# Emails and phone numbers

_EMAIL = re.compile(r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b")  # fmt: skip
# A UK number: 0 then 1, 2, 3 or 7 and nine more digits, or +44/0044 (with an optional "(0)") and ten.
# Single spaces, dashes or a bracket may sit between digits; money, years and short numbers never match.
_PHONE = re.compile(
    r"(?<![\w+£$€.,/])"
    r"(?:(?:\+44|0044)[ \-]?(?:\(0\)[ \-]?)?|\(?0)"
    r"[1237](?:[ \-]?\)?[ \-]?\d){9}"
    r"(?![\d\w])"
)


def _emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield Finding(EMAIL, match.group(), match.start(), match.end())


def _phones(text: str) -> Iterator[Finding]:
    for match in _PHONE.finditer(text):
        words = match.group()
        if words.count("(") != words.count(")"):
            continue
        yield Finding(PHONE, words, match.start(), match.end())


# ---------------------------------------------------------------------------------------------------
# Addresses

_POSTCODE = re.compile(
    r"(?<![\w\-])([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})(?![\w\-])", re.IGNORECASE
)
_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Crescent|Cres|Court|Ct|Place|Pl|Gardens|"
    "Gdns|Terrace|Tce|Grove|Hill|Walk|Row|Square|Sq|Mews|Parade|Rise|View|Green|Park|Vale|Wharf|Yard|"
    "Embankment|Boulevard|Circus|Quay|End|Chase|Meadow|Meadows|Croft|Field|Fields|Approach|Passage"
)
_STREET = re.compile(
    r"(?<![\w£$€.,/])(\d{1,3}[A-Za-z]?(?:[\-–]\d{1,3}[A-Za-z]?)?),?\s+"
    r"((?:[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?\s+){1,3})"
    rf"(?:{_STREET_WORDS}|{_STREET_WORDS.lower()})\b\.?",
)


def _addresses(text: str) -> Iterator[Finding]:
    for match in _POSTCODE.finditer(text):
        if match.group(2)[1:].lower() in {"st", "nd", "rd", "th"} and " " in match.group():
            continue  # "B2 1st": an ordinal after a short code, not a postcode
        yield Finding(ADDRESS, match.group(), match.start(), match.end())
    common = common_words()
    for match in _STREET.finditer(text):
        names = match.group(2).split()
        # "12 Station Road" (Titlecase, any word) or "12 mill road" (lower case, but not a common word)
        if all(word[0].isupper() or word.rstrip(".").lower() not in common for word in names):
            end = match.end()
            if text[end - 1] == "." and len(text[: end - 1].rsplit(None, 1)[-1]) > 3:
                end -= 1  # "Mill Road." ends a sentence; "Mill Rd." is an abbreviation
            yield Finding(ADDRESS, text[match.start() : end], match.start(), end)


# ---------------------------------------------------------------------------------------------------
# Dates of birth

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATES = re.compile(
    rf"(?<![\w/.\-])(?:"
    rf"(?P<nd>\d{{1,2}})(?P<s1>[/\-])(?P<nm>\d{{1,2}})(?P=s1)(?P<ny>\d{{4}}|\d{{2}})"  # 12/03/2010, 12-03-10
    rf"|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})"  # 12.03.2010
    rf"|(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"  # 2010-03-12
    rf"|(?P<td>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<tm>{_MONTH})(?:,?\s+(?P<ty>\d{{4}}))?"  # 12 March (2010)
    rf"|(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}}){_ORD}(?:,?\s+(?P<my>\d{{4}}))?"  # March 12th(, 2010)
    rf"|(?P<ym>{_MONTH})\s+(?P<yy>\d{{4}})"  # March 2010
    rf"|(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})"  # 12/03 (only beside birth words)
    rf")(?![\w/\-]|\.\d)",
    re.IGNORECASE,
)
_BIRTH_WORDS = re.compile(r"\b(?:born|birth\w*|d\.?o\.?b\b\.?)", re.IGNORECASE)
_BIRTH_BEFORE = 30  # characters before a date where a birth word makes it a date of birth
_BIRTH_AFTER = 20  # ... and after ("12/03/2010 (DOB)", "12 March is her birthday")


def _month_number(name: str) -> int:
    return [m[:3] for m in _MONTHS.split()[:12]].index(name.lower().rstrip(".")[:3]) + 1


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= today.year % 100 else 1900
    return year


def _valid(year: int, month: int, day: int) -> date | None:
    for m, d in ((month, day), (day, month)):  # a UK date, or a US one if only that is a date
        try:
            return date(year, m, d)
        except ValueError:
            continue
    return None


def _full_date(match: re.Match[str], today: date) -> date | None:
    """The date a match names when it has a year; None for a partial date (no year) or not a date."""
    g = match.groupdict()
    if g["ny"]:
        return _valid(_year(g["ny"], today), int(g["nm"]), int(g["nd"]))
    if g["dy"]:
        return _valid(int(g["dy"]), int(g["dm"]), int(g["dd"]))
    if g["iy"]:
        return _valid(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["ty"]:
        return _valid(int(g["ty"]), _month_number(g["tm"]), int(g["td"]))
    if g["my"]:
        return _valid(int(g["my"]), _month_number(g["mm"]), int(g["md"]))
    return None


def _partial_is_date(match: re.Match[str]) -> bool:
    g = match.groupdict()
    if g["td"]:
        return 1 <= int(g["td"]) <= 31
    if g["md"]:
        return 1 <= int(g["md"]) <= 31
    if g["yy"]:
        return True
    if g["sd"]:
        return 1 <= int(g["sd"]) <= 31 and 1 <= int(g["sm"]) <= 12
    return False


def _near_birth_words(text: str, start: int, end: int) -> bool:
    before = re.split(r"[.!?]\s|\n", text[max(0, start - _BIRTH_BEFORE) : start])[-1]
    after = re.split(r"[.!?]\s|\n", text[end : end + _BIRTH_AFTER])[0]
    return bool(_BIRTH_WORDS.search(before) or _BIRTH_WORDS.search(after))


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _dates(text: str, today: date) -> Iterator[Finding]:
    for match in _DATES.finditer(text):
        start, end = match.span()
        full = _full_date(match, today)
        if _near_birth_words(text, start, end):
            if full is None and not _partial_is_date(match):
                continue
        elif full is None or not YOUNGEST_AGE <= _age(full, today) <= OLDEST_AGE:
            continue
        words = match.group()
        if words.endswith(".") and not re.search(
            r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$", words, re.I
        ):
            words, end = words[:-1], end - 1
        yield Finding(DATE_OF_BIRTH, words, start, end)


# ---------------------------------------------------------------------------------------------------
# Full names

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s\b|['’](?!\w))?\.?")
_NOT_NAME_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ship", "ships", "ically",
                     "ously", "ively", "fully", "ities", "ility", "ism")  # fmt: skip
# Sentence openers that are not first names ("Apparently Sam ...", "Following Sam's ..."); plain "-ly"
# is left out because many first names end so (Emily, Ashley, Riley).
_OPENER_ENDINGS = (
    *("ally", "ully", "ously", "ively", "ently", "antly", "ately"),
    *("ingly", "edly", "ibly", "ably", "ing"),
)


@dataclass(frozen=True)
class _Token:
    text: str  # without a possessive or a sentence's full stop
    start: int
    end: int
    initial: bool
    breaks_after: bool  # a possessive or a full stop ends the name here
    sentence_start: bool


def _titlecase_part(part: str) -> bool:
    for prefix in ("Mc", "Mac"):  # McDonald, MacLeod
        if part.startswith(prefix) and len(part) > len(prefix) + 1 and part[len(prefix)].isupper():
            part = part[len(prefix) :]
    return len(part) > 1 and part[0].isupper() and part[1:].islower()


def _is_titlecase(word: str) -> bool:
    parts = re.split(r"['’\-]", word)
    if len(parts) > 1 and len(parts[0]) == 1 and parts[0].isupper():  # O'Neill, D'Arcy
        parts = parts[1:]
    return all(_titlecase_part(p) for p in parts)


def _tokens(text: str) -> Iterator[list[_Token]]:
    """Runs of words separated only by spaces; each run is a candidate for a name."""
    run: list[_Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        raw = match.group()
        gap = text[previous_end : match.start()]
        sentence_start = (previous_end == 0 and not gap.strip()) or bool(
            re.search(r"[.!?:;\n•*\"“(]\s*$", gap)
        )
        if run and (gap not in (" ", "\u00a0") or run[-1].breaks_after):
            yield run
            run = []
        word, breaks = raw, False
        if word.endswith("."):
            word = word[:-1]
            breaks = not (len(word) == 1 and word.isupper()) and word.lower() not in _TITLES
        if re.search(r"['’]s?$", word):
            word, breaks = re.sub(r"['’]s?$", "", word), True
        initial = len(word) == 1 and word.isupper() and (raw.endswith(".") or word not in "AI")
        run.append(_Token(word, match.start(), match.start() + len(word), initial, breaks, sentence_start))
        previous_end = match.end()
    if run:
        yield run


def _names(text: str) -> Iterator[Finding]:
    common = common_words()
    months_days = set((_MONTHS + " " + _DAYS).split())
    for run in _tokens(text):
        kinds: list[str] = []  # "title", "name", "initial", "other" for each token
        for i, token in enumerate(run):
            lower = token.text.lower()
            before = kinds[i - 1] if i else "other"
            if token.initial:
                kinds.append("initial")
            elif lower in _TITLES and token.text[0].isupper():
                kinds.append("title")
            elif token.text in _PARTICLES and before == "name":
                kinds.append("particle")  # "Rachel de Souza"
            elif not _is_titlecase(token.text) or lower in months_days:
                kinds.append("other")
            elif before == "title" or (before == "name" and lower in _WORD_SURNAMES):
                kinds.append("name")  # "Mrs Young", "Sam Young"
            elif lower in _WORD_FIRST_NAMES and not token.sentence_start and lower in common:
                kinds.append("maybe")  # "told Will Smith": a name if a surname follows
            elif lower in common or lower.endswith(_NOT_NAME_ENDINGS):
                kinds.append("other")
            else:
                kinds.append("name")
        yield from _name_findings(text, run, kinds)


def _name_findings(text: str, run: list[_Token], kinds: list[str]) -> Iterator[Finding]:
    i = 0
    while i < len(run):
        if kinds[i] == "other":
            i += 1
            continue
        j = i
        while j < len(run) and kinds[j] != "other" and (j == i or kinds[j] != "title"):
            j += 1
        yield from _one_name(text, run[i:j], kinds[i:j])
        i = j


def _one_name(text: str, tokens: list[_Token], kinds: list[str]) -> Iterator[Finding]:
    if kinds and kinds[0] == "maybe" and (len(kinds) < 2 or kinds[1] != "name"):
        tokens, kinds = tokens[1:], kinds[1:]
    kinds = ["name" if k == "maybe" else k for k in kinds]
    # An ordinary word opening a sentence ("Apparently Sam said") is not the first part of a name.
    if (
        kinds
        and kinds[0] == "name"
        and tokens[0].sentence_start
        and tokens[0].text.lower().endswith(_OPENER_ENDINGS)
    ):
        tokens, kinds = tokens[1:], kinds[1:]
    while kinds and kinds[-1] != "name":  # "Sam J." is a first name and an initial: allowed
        tokens, kinds = tokens[:-1], kinds[:-1]
    has_title = bool(kinds) and kinds[0] == "title"
    if len(tokens) >= 2 and (has_title or kinds.count("name") + kinds.count("initial") >= 2):
        start, end = tokens[0].start, tokens[-1].end
        yield Finding(FULL_NAME, text[start:end], start, end)


# ---------------------------------------------------------------------------------------------------


def identifying_words(text: str, *, today: date | None = None) -> list[Finding]:
    """The words in `text` that look like a full name, a date of birth, an address, a phone or an email.

    In text order, never overlapping (an email beats a name inside it, a phone or a date beats an
    address's number, an address beats a name that is its street).

    Dates of birth. A date (day-month-year, day-month, month-year, in figures or words) counts when a
    birth word ("born", "birth", "birthday", "date of birth", "DOB", "D.O.B.") is within 30 characters
    before it or 20 after it in the same sentence. A full date without birth words counts only when it
    would make someone between 5 and 25 years old today: young enough to be a care leaver, old enough
    to raise a challenge. Meeting dates (this year, last year, planned) and bare years are never flagged,
    so the warning stays rare enough to be read.

    Full names: two or more Titlecase words in a row that are not common words (the bundled strategy's
    vocabulary and a list here), possibly with initials ("J. Smith"), or a title and a surname ("Mrs
    Smith"). One name alone ("Sam"), initials ("J.R.") and a first name with an initial ("Sam J.") are
    allowed. Names in capitals are not looked for.
    """
    today = today or date.today()
    found = [*_emails(text), *_phones(text), *_dates(text, today), *_addresses(text), *_names(text)]
    found.sort(key=lambda f: (_PRIORITY[f.kind], -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for finding in found:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def describe(findings: list[Finding]) -> str:
    """One plain sentence naming each finding: "“Jane Smith” looks like a full name; “…” looks like …"."""
    if not findings:
        return ""
    return "; ".join(f"“{f.words}” looks like {_ARTICLE[f.kind]} {f.kind}" for f in findings) + "."


_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,4}|[^\W\d_]{1,4}")  # "J.R.", "J. R.", "T." or "JR"
_ONE_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def young_person_name_problem(name: str) -> str | None:
    """Why a young person's name is refused (a plain sentence), or None for a first name or initials.

    Accepted: one word ("Sam", "Mary-Jane") or initials ("J.R.", "JR", "J. R.", "T."). An empty value
    is the caller's matter (None here).
    """
    value = " ".join(name.split())
    if not value or _ONE_WORD.fullmatch(value) or (_INITIALS.fullmatch(value) and value.upper() == value):
        return None
    advice = "record a young person by first name or initials only"
    words = _WORD.findall(value)
    if "@" in value:
        return f"“{value}” looks like an email address: {advice}, such as “Sam” or “S.J.”"
    if any(ch.isdigit() for ch in value):
        return f"“{value}” has numbers in it: {advice}, such as “Sam” or “S.J.”"
    if len(words) >= 2:
        if any(word.lower() in _TITLES for word in words):  # "Mrs Smith": the first name is not known
            return f"“{value}” looks like a full name: {advice}, such as “Sam” or “S.J.”"
        initials = ".".join(word[0].upper() for word in words) + "."
        return f"“{value}” looks like a full name: {advice}, such as “{words[0]}” or “{initials}”"
    return f"“{value}” is not a first name or initials: {advice}, such as “Sam” or “S.J.”"

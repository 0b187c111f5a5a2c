"""Dates as the committee uses them: ISO text in the database, municipal years from May to April."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cpdesk.errors import InputError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MUNICIPAL_YEAR_STARTS = 5  # May: councils' years run from the annual meeting in May to April


def parse_date(text: str, *, what: str = "date") -> date:
    """A YYYY-MM-DD date, or InputError naming what was expected."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise InputError(f"the {what} {text!r} is not a date written as YYYY-MM-DD") from exc


def parse_time(text: str) -> str:
    """A time of day as HH:MM (24-hour); empty means not yet set."""
    text = text.strip()
    if not text:
        return ""
    try:
        return datetime.strptime(text, "%H:%M").strftime("%H:%M")
    except ValueError as exc:
        raise InputError(f"the time {text!r} is not a time written as HH:MM (24-hour)") from exc


def long_date(day: date) -> str:
    """12 March 2025, as an agenda prints it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def municipal_year_start(day: date) -> int:
    """The calendar year in which the municipal year holding this day began."""
    return day.year if day.month >= MUNICIPAL_YEAR_STARTS else day.year - 1


def municipal_year_label(start_year: int) -> str:
    return f"{start_year}/{str(start_year + 1)[-2:]}"


def municipal_year_bounds(start_year: int) -> tuple[date, date]:
    """First and last day of the municipal year that starts in May of start_year."""
    return date(start_year, MUNICIPAL_YEAR_STARTS, 1), date(
        start_year + 1, MUNICIPAL_YEAR_STARTS, 1
    ) - timedelta(1)


def due_date_in_year(start_year: int, month: int) -> date:
    """The last day of the given month within the municipal year starting in start_year."""
    year = start_year if month >= MUNICIPAL_YEAR_STARTS else start_year + 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(1)

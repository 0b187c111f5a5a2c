"""Members, officers, young people, teams and the bodies that meet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

import peewee as pw

from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import utc_now

MEMBER_ROLES = {
    "chair": "Chair",
    "vice_chair": "Vice-Chair",
    "member": "Member",
    "co_opted": "Co-opted member",
    "substitute": "Substitute",
}
KINDS = {"member": "Member", "officer": "Officer", "young_person": "Young person"}
BODY_KINDS = {
    "sub_committee": "Sub-Committee",
    "young_people": "Young people's meeting",
    "steering_group": "Steering group",
    "parent_committee": "Parent committee",
}

DEFAULT_BODIES = (
    ("Children and Young People Committee", "parent_committee", None),
    ("Corporate Parenting Sub-Committee", "sub_committee", "Children and Young People Committee"),
    ("Young People's Corporate Parenting Meeting", "young_people", "Corporate Parenting Sub-Committee"),
    ("Corporate Parenting Steering Group", "steering_group", "Corporate Parenting Sub-Committee"),
)

# A first name ("Sam", "Mary-Jane", "O'Neil") or initials ("J", "J.S.", "J S"): never a full name.
_TITLE = re.compile(r"^(?:county\s+councillor|councillor|cllr\.?)\s+", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def plain_name(name: str) -> str:
    """A body's or person's name to compare: a title before it, case, hyphens and spacing do not matter."""
    name = _TITLE.sub("", name.strip())
    return " ".join(name.replace("-", " ").casefold().split())


def name_key(name: str) -> str:
    """A person's name to compare: "Chris Patel" is "Cllr Chris Patel" and "Councillor chris patel (Chair)".

    As plain_name, and a note in brackets after the name does not matter either.
    """
    return plain_name(_TRAILING_NOTE.sub("", name.strip()))


_YOUNG_PERSON_NAME = re.compile(r"^(?:[^\W\d_][\w'’-]{0,29}|(?:[^\W\d_]\.? ?){1,3})$")


@dataclass(frozen=True)
class Team:
    id: UUID
    name: str


@dataclass(frozen=True)
class Person:
    id: UUID
    name: str
    kind: str
    role: str
    post: str
    team: str
    team_id: UUID | None
    email: str

    @property
    def description(self) -> str:
        """Who they are, in a few words: 'Chair', 'Service Director, Fostering'."""
        if self.kind == "member":
            return MEMBER_ROLES.get(self.role, "Member")
        if self.kind == "officer":
            return ", ".join(part for part in (self.post, self.team) if part) or "Officer"
        return KINDS[self.kind]

    @property
    def label(self) -> str:
        return f"{self.name} ({self.description})"


@dataclass(frozen=True)
class Body:
    id: UUID
    name: str
    kind: str
    parent: str


def person_view(row: m.Person) -> Person:
    team = row.team
    return Person(
        row.id,
        row.name,
        row.kind,
        row.role,
        row.post,
        team.name if team else "",
        team.id if team else None,
        row.email,
    )


class PeopleService:
    """Who is who: kept so that meetings, attendance and actions can name people and teams."""

    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def ensure_defaults(self) -> None:
        """The bodies, and the teams the current strategy names, are there from the start."""
        with self._db.atomic():
            for name, kind, parent in DEFAULT_BODIES:
                if not m.Body.select().where(m.Body.name == name).exists():
                    parent_row = m.Body.get_or_none(m.Body.name == parent) if parent else None
                    m.Body.create(name=name, kind=kind, parent=parent_row)
            self.add_strategy_teams()

    def add_strategy_teams(self) -> int:
        """Add a team for each delivery team the current strategy names; return how many were new."""
        current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
        if current is None:
            return 0
        known = {t.name for t in m.Team.select(m.Team.name)}
        added = 0
        for team in (
            s.DeliveryTeam.select()
            .where(s.DeliveryTeam.strategy == current)
            .order_by(s.DeliveryTeam.position)
        ):
            if team.name not in known:
                m.Team.create(name=team.name)
                added += 1
        return added

    # --- teams ---

    def teams(self) -> list[Team]:
        rows = m.Team.select().where(m.Team.deleted_at.is_null()).order_by(m.Team.name)
        return [Team(r.id, r.name) for r in rows]

    def add_team(self, name: str) -> Team:
        name = _required(name, "team name")
        if m.Team.select().where(m.Team.name == name).exists():
            raise InputError(f"there is already a team called {name!r}")
        row = m.Team.create(name=name)
        return Team(row.id, row.name)

    # --- people ---

    def people(self, kind: str | None = None, *, include_binned: bool = False) -> list[Person]:
        query = m.Person.select(m.Person, m.Team).join(m.Team, pw.JOIN.LEFT_OUTER)
        if kind:
            query = query.where(m.Person.kind == kind)
        if not include_binned:
            query = query.where(m.Person.deleted_at.is_null())
        return [person_view(r) for r in query.order_by(m.Person.kind, m.Person.name)]

    def person(self, person_id: UUID) -> Person:
        row = m.Person.get_or_none(m.Person.id == person_id)
        if row is None:
            raise NotFoundError("that person is not in this database")
        return person_view(row)

    def add_member(self, name: str, role: str = "member", email: str = "") -> Person:
        if role not in MEMBER_ROLES:
            raise InputError(f"a member's role is one of {', '.join(MEMBER_ROLES.values())}, not {role!r}")
        return self._add(name=_required(name, "name"), kind="member", role=role, email=email.strip())

    def add_officer(self, name: str, post: str = "", team_id: UUID | None = None, email: str = "") -> Person:
        return self._add(
            name=_required(name, "name"), kind="officer", post=post.strip(), team=team_id, email=email.strip()
        )

    def add_young_person(self, name: str) -> Person:
        """Young people are recorded by first name or initials only."""
        name = _required(name, "name")
        if not _YOUNG_PERSON_NAME.match(name):
            raise InputError(
                f"{name!r}: record a young person by first name or initials only "
                "(for example 'Sam' or 'J.S.')"
            )
        return self._add(name=name, kind="young_person")

    def update_person(
        self,
        person_id: UUID,
        *,
        name: str | None = None,
        role: str | None = None,
        post: str | None = None,
        team_id: UUID | None = None,
        email: str | None = None,
    ) -> Person:
        row = m.Person.get_or_none(m.Person.id == person_id)
        if row is None:
            raise NotFoundError("that person is not in this database")
        if name is not None:
            name = _required(name, "name")
            if row.kind == "young_person" and not _YOUNG_PERSON_NAME.match(name):
                raise InputError(f"{name!r}: record a young person by first name or initials only")
            row.name = name
        if role is not None:
            if role not in MEMBER_ROLES:
                raise InputError(f"a member's role is one of {', '.join(MEMBER_ROLES.values())}")
            row.role = role
        if post is not None:
            row.post = post.strip()
        if team_id is not None:
            row.team_id = team_id
        if email is not None:
            row.email = email.strip()
        row.save()
        return person_view(row)

    def bin_person(self, person_id: UUID) -> None:
        with self._db.atomic():
            if (
                m.Person.update(deleted_at=utc_now())
                .where((m.Person.id == person_id) & m.Person.deleted_at.is_null())
                .execute()
            ):
                record("person", person_id, BINNED)

    def restore_person(self, person_id: UUID) -> None:
        with self._db.atomic():
            if (
                m.Person.update(deleted_at=None)
                .where((m.Person.id == person_id) & m.Person.deleted_at.is_null(False))
                .execute()
            ):
                record("person", person_id, RESTORED)

    def _add(self, **fields: object) -> Person:
        row = m.Person.create(**fields)
        return person_view(m.Person.get_by_id(row.id))

    # --- bodies ---

    def bodies(self) -> list[Body]:
        rows = list(m.Body.select().order_by(m.Body.name))
        names = {r.id: r.name for r in rows}
        return [Body(r.id, r.name, r.kind, names.get(r.parent_id, "") if r.parent_id else "") for r in rows]

    def body(self, kind: str) -> Body:
        """The (first) body of a kind, e.g. the Sub-Committee."""
        for body in self.bodies():
            if body.kind == kind:
                return body
        raise NotFoundError(f"there is no {BODY_KINDS.get(kind, kind)} in this database")


def _required(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InputError(f"the {what} must not be empty")
    return text

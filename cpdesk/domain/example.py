"""The example database: a year of invented meetings of both bodies, for learning cpdesk without real data."""

from __future__ import annotations

import io
import itertools
import random
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

from cpdesk.domain.agenda import AgendaItem, OfficerReport
from cpdesk.domain.audit import automatic
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.people import Person
from cpdesk.errors import DatabaseError, OutputError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s

EXAMPLE_NOTE = "Example: invented to show how cpdesk works. Nothing here is about real people."
MEMBERS = (
    ("Cllr Alex Morgan", "chair"),
    ("Cllr Bea Hughes", "vice_chair"),
    ("Cllr Chris Patel", "member"),
    ("Cllr Dana Lewis", "member"),
    ("Cllr Eli Brooks", "member"),
    ("Cllr Fran Osei", "member"),
    ("Gita Rowe", "co_opted"),
    ("Cllr Hal Turner", "substitute"),
)
OFFICERS = (
    ("Jo Ainsworth", "Service Director, Corporate Parenting", "Children in Care team"),
    ("Kim Bell", "Head of the Virtual School", "Virtual School"),
    ("Lee Carter", "Participation Lead", "Participation team"),
    ("Mo Dunn", "Fostering Service Manager", "Fostering Service"),
    ("Nia Evans", "Designated Nurse for Children in Care", "Clinical team"),
    ("Oli Fisher", "Leaving Care Service Manager", "Leaving Care Service"),
)
YOUNG_PEOPLE = ("Sam", "J.R.", "Priya", "T.", "Kai")
ITEMS = (
    (
        "Placement sufficiency and local homes",
        "decision",
        2,
        "Members are asked to agree the plan for two new children's homes.",
    ),
    (
        "Initial Health Assessment timeliness",
        "information",
        3,
        "An update on how quickly health assessments are completed after a child comes into care.",
    ),
    (
        "Personal Education Plans and attainment",
        "information",
        4,
        "How children in care are doing at school, and what the Virtual School is doing about it.",
    ),
    (
        "Care leavers in education, employment or training",
        "information",
        5,
        "Figures and stories from care leavers, and the apprenticeship offer.",
    ),
    (
        "Voice of children in care: Bright Spots survey",
        "decision",
        1,
        "Members are asked to agree the response to the survey findings.",
    ),
)
ACTIONS = (
    "Bring figures on placements outside Cambridgeshire, by age, to the next meeting",
    "Write to the Integrated Care Board about Initial Health Assessment delays",
    "Share the Bright Spots survey summary with all members",
    "Invite care leavers to present the Local Offer review",
    "Report the number of children placed in good or outstanding schools",
    "Set out the apprenticeship places the council offers care leavers",
    "Check that every child has a copy of the Promise",
    "Report how many young people took part in recruiting senior managers",
    "Review the Personal Adviser caseloads against the national guidance",
    "Arrange a visit for members to the new children's home",
)
QUESTIONS = (
    "How many care leavers are at university this year?",
    "How long do young people wait for a CAMHS appointment?",
    "How many foster carers did the council recruit this year?",
)


def _pdf(title: str, pages: int) -> bytes:
    """A small invented paper, made with reportlab, clearly marked as an example."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 770, title)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 745, "Example paper, invented to show how cpdesk works.")
        canvas.drawString(72, 60, f"Page {page} of {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def example_is_current(path: Path) -> bool:
    """Whether path holds an example database that still has a meeting from today on."""
    if not path.exists():
        return False
    try:
        with Desk.open(path) as desk:
            if not desk.is_example:
                raise OutputError(
                    "this file is not the example database; it was left as it is", where=str(path)
                )
            return any(meeting.day >= desk.today() for meeting in desk.meetings.meetings())
    except DatabaseError:
        return False


def write_example(path: Path, today: date | None = None) -> Path:
    """Make a new example database at path (which must not exist yet) around today's date."""
    path = Path(path)
    if path.exists():
        raise OutputError(
            "a file is already there; the example is only written to a new file", where=str(path)
        )
    day = today or date.today()
    with Desk.open(path, today=lambda: day) as desk, automatic():  # the log says cpdesk made it all
        _fill(desk, day)
    return path


def _fill(desk: Desk, today: date) -> None:
    rng = random.Random(20251123)
    tmp_folder = desk.path.parent
    with desk.bound(), desk.db.atomic():
        members = [desk.people.add_member(f"{name} (example)", role) for name, role in MEMBERS]
        teams = {t.name: t.id for t in desk.people.teams()}
        officers = [
            desk.people.add_officer(f"{name} (example)", post, teams.get(team))
            for name, post, team in OFFICERS
        ]
        young = [desk.people.add_young_person(name) for name in YOUNG_PEOPLE]
        for person_id in [p.id for p in members + officers + young]:
            m.Person.update(is_example=True).where(m.Person.id == person_id).execute()

        sub = desk.people.body("sub_committee").id
        yp_body = desk.people.body("young_people").id
        # A year of meetings every eight weeks: about nine months back and two and a half ahead of today.
        first = today - timedelta(weeks=38)
        first -= timedelta(days=(first.weekday() - 1) % 7)  # a Tuesday
        sub_meetings = [
            desk.meetings.create_meeting(
                sub, first + timedelta(weeks=8 * n), "10:00", "Example Room, County Offices", is_example=True
            )
            for n in range(7)
        ]
        yp_meetings = [
            desk.meetings.create_meeting(
                yp_body, mt.day - timedelta(days=7), "16:30", "Example Youth Centre", is_example=True
            )
            for mt in sub_meetings
        ]
        for meeting_id in [mt.id for mt in sub_meetings + yp_meetings]:
            m.Meeting.update(notes=EXAMPLE_NOTE).where(m.Meeting.id == meeting_id).execute()

        current = s.Strategy.get(s.Strategy.is_current == True)  # noqa: E712
        priorities = {p.number: p.id for p in s.Priority.select().where(s.Priority.strategy == current)}
        promises = [
            p.id for p in s.Promise.select().where(s.Promise.strategy == current).order_by(s.Promise.number)
        ]
        past = [mt for mt in sub_meetings if mt.day < today]
        for index, meeting in enumerate(sub_meetings):
            reports = desk.work_programme.due_for(meeting.id)
            desk.agenda.build_from_template(meeting.id, reports=reports[:2])
            title, item_type, priority, summary = ITEMS[index % len(ITEMS)]
            officer = officers[index % len(officers)]
            item = desk.agenda.add_item(
                meeting.id, title, item_type, presenter_id=officer.id, description=summary
            )
            desk.agenda.set_links(
                item.id, [("priority", priorities[priority]), ("promise", promises[index % 10])]
            )
            desk.agenda.save_report(
                item.id,
                OfficerReport(
                    title=title,
                    report_from=f"{officer.post} (example)",
                    key_decision=item_type == "decision",
                    forward_plan_ref=f"EX/{meeting.day.year}/{index + 1:02d}"
                    if item_type == "decision"
                    else "",
                    executive_summary=summary,
                    recommendations="The Sub-Committee is asked to note the report."
                    if item_type == "information"
                    else "The Sub-Committee is asked to agree the recommendations.",
                    voting_arrangements="Co-opted members are eligible to vote."
                    if item_type == "decision"
                    else "",
                    contact_name=officer.name,
                    contact_post=officer.post,
                    contact_email=f"{officer.name.split()[0].lower()}@example.invalid",
                    finance="No significant implications (example).",
                    legal="None (example).",
                    risk="Low (example).",
                    equality="Positive for children in care (example).",
                    climate="None (example).",
                ),
            )
            paper_path = tmp_folder / f".example-paper-{index}.pdf"
            paper_path.write_bytes(_pdf(title, 2 + index % 4))
            try:
                desk.agenda.attach_paper(item.id, paper_path, title=f"{title} (example report)")
            finally:
                paper_path.unlink(missing_ok=True)
            _attendance(desk, meeting.id, members, officers, rng)
            if meeting in past:
                _minutes(desk, meeting.id, desk.agenda.items(meeting.id), members, rng)
        _young_people_meetings(desk, yp_meetings, young, officers, today)
        _actions(desk, past, officers, members, teams, priorities, rng, today)
        _challenges(desk, yp_meetings, sub_meetings, officers, priorities, promises, today)
        # Held meetings: minutes approved at the next meeting, except the latest, still in draft.
        for meeting in past:
            desk.meetings.set_status(meeting.id, "held")
        for earlier, later in itertools.pairwise(past):
            desk.minutes.approve(earlier.id, later.id)
        upcoming = [mt for mt in sub_meetings if mt.day >= today]
        if upcoming:
            desk.meetings.set_status(upcoming[0].id, "agenda_published")


def _attendance(
    desk: Desk, meeting_id: UUID, members: list[Person], officers: list[Person], rng: random.Random
) -> None:
    regulars = [p for p in members if p.role != "substitute"]
    absent = rng.choice(regulars[2:])
    for person in regulars:
        desk.meetings.set_attendance(meeting_id, person.id, "apologies" if person is absent else "present")
    substitute = next(p for p in members if p.role == "substitute")
    desk.meetings.set_attendance(meeting_id, substitute.id, "substitute", substitute_for=absent.id)
    for officer in officers[:3]:
        desk.meetings.set_attendance(meeting_id, officer.id, "present")


def _minutes(
    desk: Desk, meeting_id: UUID, items: list[AgendaItem], members: list[Person], rng: random.Random
) -> None:
    for item in items:
        if item.standing_kind == "apologies":
            desk.minutes.set_discussion(
                item.id, "Apologies were received as recorded. No interests were declared."
            )
        elif item.standing_kind == "minutes":
            desk.minutes.set_discussion(
                item.id, "The minutes of the last meeting were agreed as a correct record."
            )
        elif item.standing_kind == "action_log":
            desk.minutes.set_discussion(item.id, "Members reviewed the action log and noted the updates.")
        elif item.standing_kind in ("young_people", "work_programme", "next_meeting"):
            desk.minutes.set_discussion(item.id, "Noted.")
        else:
            desk.minutes.set_discussion(
                item.id,
                f"Members discussed the report on {item.title.lower()} and asked "
                "how young people's views had shaped it. (Example minutes.)",
            )
            if item.item_type == "decision":
                desk.minutes.add_decision(
                    item.id,
                    "To agree the recommendations in the report.",
                    votes_for=6,
                    votes_against=0,
                    abstentions=rng.choice((0, 1)),
                )
            else:
                desk.minutes.add_decision(item.id, "To note the report.")


def _young_people_meetings(
    desk: Desk, meetings: list[Meeting], young: list[Person], officers: list[Person], today: date
) -> None:
    for meeting in meetings:
        for title, item_type in (
            ("Welcome and introductions", "standing"),
            ("What we want to ask the Sub-Committee", "information"),
            ("Activities and news", "information"),
        ):
            desk.agenda.add_item(meeting.id, title, "information" if item_type == "standing" else item_type)
        for person in young[:4]:
            desk.meetings.set_attendance(meeting.id, person.id, "present")
        desk.meetings.set_attendance(meeting.id, officers[2].id, "present")
        if meeting.day < today:
            desk.meetings.set_status(meeting.id, "held")


# Challenges young people raise, each with where it ends up: (what they said, theme, raised by (kind,
# name), what it concerns, its story). The stories cycle over the young people's meetings held so far.
CHALLENGES = (
    (
        "We want to help choose the activities at the holiday clubs.",
        "Activities",
        ("group", "Children in Care Council"),
        ("priority", 1),
        "done",
    ),
    (
        "Our pocket money has not gone up for years and everything costs more.",
        "Money",
        ("young_person", "Sam"),
        ("promise", 6),
        "done",
    ),
    (
        "We want free bus travel for everyone leaving care until they are 25.",
        "Travel",
        ("group", "Care leavers' network"),
        ("pledge_area", 1),
        "not_possible",
    ),
    (
        "We want to meet our social worker somewhere that is not school.",
        "Social workers",
        ("anonymous", ""),
        ("promise", 2),
        "response_agreed",
    ),
    (
        "Care leavers need help to find a home near their friends and their college.",
        "Housing",
        ("group", "Care leavers' network"),
        ("pledge_area", 3),
        "overdue",
    ),
    (
        "We want to know who to talk to when our placement is changing.",
        "Moving home",
        ("young_person", "J.R."),
        ("priority", 2),
        "taken",
    ),
)
STORIES = {  # what the committee said it would do, and what it did or why it could not, by challenge
    "We want to help choose the activities at the holiday clubs.": (
        "We will ask you before we decide, and tell you what we chose at your next meeting.",
        "You chose three of the summer activities, and more of you came than last year.",
    ),
    "Our pocket money has not gone up for years and everything costs more.": (
        "We will look at pocket money with you and with foster carers.",
        "Pocket money went up in April. You helped us decide how much.",
    ),
    "We want free bus travel for everyone leaving care until they are 25.": (
        "We will ask the bus companies and the council's transport team what can be done.",
        "The bus companies set their own fares. The council cannot pay for all travel this year. "
        "We have asked the companies again and will tell you what they say.",
    ),
    "We want to meet our social worker somewhere that is not school.": (
        "We will ask social workers to meet you where you choose, and check it happens.",
        "",
    ),
}


def _challenges(
    desk: Desk,
    yp_meetings: list[Meeting],
    sub_meetings: list[Meeting],
    officers: list[Person],
    priorities: dict[int, UUID],
    promises: list[UUID],
    today: date,
) -> None:
    """Challenges in every status, some with actions, one not possible with its reason."""
    areas = [
        a.id
        for a in s.PledgeArea.select()
        .where(s.PledgeArea.strategy == s.Strategy.get(s.Strategy.is_current == True))  # noqa: E712
        .order_by(s.PledgeArea.position)
    ]
    targets = {"priority": priorities, "promise": dict(enumerate(promises, 1)), "pledge_area": {}}
    targets["pledge_area"] = dict(enumerate(areas, 1))
    held = [(yp, sub) for yp, sub in zip(yp_meetings, sub_meetings, strict=True) if yp.day < today]
    participation = officers[2]
    stories = itertools.cycle(CHALLENGES)
    for (yp, sub), (words, theme, (kind, who), (link_kind, number), story) in zip(
        (meeting for meeting in held for _ in range(3)), stories, strict=False
    ):
        if story in ("done", "not_possible", "response_agreed", "overdue") and sub.day >= today:
            story = "taken"  # its committee has not met yet
        linked = targets[link_kind].get(number)
        challenge = desk.challenges.raise_challenge(
            yp.id,
            words,
            raised_by_kind=kind,
            raised_by=who,
            theme=theme,
            officer_id=participation.id,
            links=[(link_kind, linked)] if linked else [],
            is_example=True,
        )
        if story == "overdue":
            continue  # never taken: the committee that should have answered has met
        feedback = next(i.id for i in desk.agenda.items(sub.id) if i.standing_kind == "young_people")
        desk.challenges.take_to(challenge.id, feedback)
        if story == "taken":
            continue
        response, did = STORIES[words]
        desk.challenges.record_response(challenge.id, f"{response} (example)")
        action = desk.actions.raise_action(
            sub.id,
            f"Follow up young people's challenge: {words[0].lower()}{words[1:]}",
            item_id=feedback,
            owner_id=participation.id,
            due=sub.day + timedelta(weeks=6),
            is_example=True,
        )
        desk.challenges.link_action(challenge.id, action.id)
        if story == "response_agreed":
            continue
        step_day = min(today, sub.day + timedelta(weeks=4))
        if story == "done":
            desk.challenges.add_step(challenge.id, f"{did} (example)", on_date=step_day)
            desk.actions.add_update(action.id, "Done (example).", status="completed", on_date=step_day)
        told_day = min(today, sub.day + timedelta(weeks=8))
        desk.challenges.record_told(challenge.id, told_day, "At the young people's meeting (example)")
        desk.challenges.close(
            challenge.id,
            story,
            reason=f"{did} (example)" if story == "not_possible" else "",
            on_date=told_day,
        )


def _actions(
    desk: Desk,
    past: list[Meeting],
    officers: list[Person],
    members: list[Person],
    teams: dict[str, UUID],
    priorities: dict[int, UUID],
    rng: random.Random,
    today: date,
) -> None:
    """At least 30 actions and questions in every state, with dated updates."""
    plan = [
        "completed",
        "closed_no_further_action",
        "superseded",
        "in_progress",
        "open",
        "open_overdue",
        "open_due_soon",
        "in_progress_stale",
    ]
    count = 0
    for meeting in past:
        items = [i for i in desk.agenda.items(meeting.id) if not i.standing_kind]
        for _ in range(6):
            state = plan[count % len(plan)]
            owner = officers[count % len(officers)]
            team_id = owner.team_id
            description = ACTIONS[count % len(ACTIONS)]
            if state == "open_overdue":
                due = max(meeting.day + timedelta(days=1), today - timedelta(days=rng.randint(3, 40)))
            elif state == "open_due_soon":
                due = today + timedelta(days=rng.randint(1, 12))
            else:
                due = max(meeting.day, today) + timedelta(days=rng.randint(20, 90))
            row = desk.actions.raise_action(
                meeting.id,
                description,
                item_id=items[0].id if items else None,
                owner_id=owner.id,
                team_id=team_id,
                due=due,
                links=[("priority", priorities[1 + count % 5])],
                is_example=True,
            )
            _follow_up(desk, row.id, state, meeting.day, today, rng)
            count += 1
        question = QUESTIONS[past.index(meeting) % len(QUESTIONS)]
        asked = desk.actions.raise_action(
            meeting.id,
            question,
            kind="question",
            raised_by=members[2].id,
            owner_id=officers[0].id,
            due=meeting.day + timedelta(days=28),
            is_example=True,
        )
        if meeting is not past[-1]:  # the latest question is still waiting for its answer
            desk.actions.answer(
                asked.id,
                "An answer was sent to all members by email (example answer).",
                on_date=meeting.day + timedelta(days=20),
            )


def _follow_up(
    desk: Desk, action_id: UUID, state: str, raised: date, today: date, rng: random.Random
) -> None:
    def on(days: int) -> date:
        return min(today, raised + timedelta(days=days))

    if state in ("completed", "closed_no_further_action", "superseded"):
        desk.actions.add_update(
            action_id,
            "Work started; officers are gathering the information.",
            status="in_progress",
            on_date=on(14),
        )
        final = {
            "completed": "Done: the information was circulated to members.",
            "closed_no_further_action": "Members agreed no further action was needed.",
            "superseded": "Superseded by a new action agreed at a later meeting.",
        }[state]
        desk.actions.add_update(action_id, final, status=state, on_date=on(rng.randint(30, 50)))
    elif state == "in_progress":
        desk.actions.add_update(
            action_id,
            "In hand; a fuller update will come to the next meeting.",
            status="in_progress",
            on_date=max(raised, today - timedelta(days=rng.randint(5, 30))),
        )
    elif state == "in_progress_stale":
        desk.actions.add_update(
            action_id, "Officers have started on this.", status="in_progress", on_date=on(7)
        )

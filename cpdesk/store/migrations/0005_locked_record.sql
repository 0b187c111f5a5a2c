-- The record of a meeting whose minutes are approved is locked by the database itself, so that no
-- write path can forget the rule: its agenda, reports, papers, declarations, attendance, minutes,
-- decisions and the actions raised there cannot be added, changed, removed or restored. Corrections
-- are amendments, which stay open. An action raised there goes on being followed (owner, due date,
-- status, answer), but what was raised, where and by whom is part of the record.
-- A meeting that approved another's minutes is part of that record: it cannot be moved, cancelled
-- or binned. Each trigger raises a message starting 'cpdesk-locked:', which cpdesk reports in words.

CREATE TRIGGER "meeting_locked_update" BEFORE UPDATE ON "meeting"
WHEN OLD.status = 'minutes_approved' AND (NEW.body_id IS NOT OLD.body_id OR NEW.date IS NOT OLD.date OR NEW.time IS NOT OLD.time OR NEW.venue IS NOT OLD.venue OR NEW.status IS NOT OLD.status OR NEW.minutes_approved_at_id IS NOT OLD.minutes_approved_at_id OR NEW.notes IS NOT OLD.notes OR NEW.is_example IS NOT OLD.is_example OR NEW.deleted_at IS NOT OLD.deleted_at)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "meeting_locked_delete" BEFORE DELETE ON "meeting"
WHEN OLD.status = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "meeting_approver_update" BEFORE UPDATE ON "meeting"
WHEN (NEW.date IS NOT OLD.date OR NEW.body_id IS NOT OLD.body_id OR (NEW.status IS NOT OLD.status AND NEW.status <> 'minutes_approved') OR NEW.deleted_at IS NOT NULL)
    AND EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;

CREATE TRIGGER "meeting_approver_delete" BEFORE DELETE ON "meeting"
WHEN EXISTS (SELECT 1 FROM meeting WHERE minutes_approved_at_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: this meeting approved the minutes of an earlier meeting');
END;

CREATE TRIGGER "agenda_item_locked_insert" BEFORE INSERT ON "agenda_item"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_locked_update" BEFORE UPDATE ON "agenda_item"
WHEN (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.item_type IS NOT OLD.item_type OR NEW.standing_kind IS NOT OLD.standing_kind OR NEW.presenter_id IS NOT OLD.presenter_id OR NEW.annual_report IS NOT OLD.annual_report OR NEW.description IS NOT OLD.description OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_locked_delete" BEFORE DELETE ON "agenda_item"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_link_locked_insert" BEFORE INSERT ON "agenda_item_link"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_link_locked_update" BEFORE UPDATE ON "agenda_item_link"
WHEN (NEW.priority_id IS NOT OLD.priority_id OR NEW.commitment_id IS NOT OLD.commitment_id OR NEW.promise_id IS NOT OLD.promise_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "agenda_item_link_locked_delete" BEFORE DELETE ON "agenda_item_link"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "officer_report_locked_insert" BEFORE INSERT ON "officer_report"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "officer_report_locked_update" BEFORE UPDATE ON "officer_report"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.title IS NOT OLD.title OR NEW.report_from IS NOT OLD.report_from OR NEW.key_decision IS NOT OLD.key_decision OR NEW.forward_plan_ref IS NOT OLD.forward_plan_ref OR NEW.executive_summary IS NOT OLD.executive_summary OR NEW.recommendations IS NOT OLD.recommendations OR NEW.voting_arrangements IS NOT OLD.voting_arrangements OR NEW.contact_name IS NOT OLD.contact_name OR NEW.contact_post IS NOT OLD.contact_post OR NEW.contact_email IS NOT OLD.contact_email OR NEW.finance IS NOT OLD.finance OR NEW.legal IS NOT OLD.legal OR NEW.risk IS NOT OLD.risk OR NEW.equality IS NOT OLD.equality OR NEW.climate IS NOT OLD.climate OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "officer_report_locked_delete" BEFORE DELETE ON "officer_report"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_locked_insert" BEFORE INSERT ON "paper"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_locked_update" BEFORE UPDATE ON "paper"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.title IS NOT OLD.title OR NEW.file_name IS NOT OLD.file_name OR NEW.page_count IS NOT OLD.page_count OR NEW.size_bytes IS NOT OLD.size_bytes OR NEW.sha256 IS NOT OLD.sha256 OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_locked_delete" BEFORE DELETE ON "paper"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "declaration_locked_insert" BEFORE INSERT ON "declaration"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "declaration_locked_update" BEFORE UPDATE ON "declaration"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.person_id IS NOT OLD.person_id OR NEW.kind IS NOT OLD.kind OR NEW.interest IS NOT OLD.interest OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "declaration_locked_delete" BEFORE DELETE ON "declaration"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "minute_locked_insert" BEFORE INSERT ON "minute"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "minute_locked_update" BEFORE UPDATE ON "minute"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.discussion IS NOT OLD.discussion)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "minute_locked_delete" BEFORE DELETE ON "minute"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "decision_locked_insert" BEFORE INSERT ON "decision"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "decision_locked_update" BEFORE UPDATE ON "decision"
WHEN (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.position IS NOT OLD.position OR NEW.text IS NOT OLD.text OR NEW.votes_for IS NOT OLD.votes_for OR NEW.votes_against IS NOT OLD.votes_against OR NEW.abstentions IS NOT OLD.abstentions OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = NEW.agenda_item_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "decision_locked_delete" BEFORE DELETE ON "decision"
WHEN (SELECT status FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = OLD.agenda_item_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "attendance_locked_insert" BEFORE INSERT ON "attendance"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "attendance_locked_update" BEFORE UPDATE ON "attendance"
WHEN (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.person_id IS NOT OLD.person_id OR NEW.status IS NOT OLD.status OR NEW.substitute_for_id IS NOT OLD.substitute_for_id)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "attendance_locked_delete" BEFORE DELETE ON "attendance"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "action_locked_insert" BEFORE INSERT ON "action"
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "action_locked_update" BEFORE UPDATE ON "action"
WHEN (NEW.kind IS NOT OLD.kind OR NEW.reference IS NOT OLD.reference OR NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.description IS NOT OLD.description OR NEW.raised_by_id IS NOT OLD.raised_by_id OR NEW.is_example IS NOT OLD.is_example OR NEW.deleted_at IS NOT OLD.deleted_at)
    AND ((SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "action_locked_delete" BEFORE DELETE ON "action"
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_content_locked_insert" BEFORE INSERT ON "paper_content"
WHEN (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = NEW.paper_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_content_locked_update" BEFORE UPDATE ON "paper_content"
WHEN (NEW.paper_id IS NOT OLD.paper_id OR NEW.data IS NOT OLD.data)
    AND ((SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = OLD.paper_id)) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = NEW.paper_id)) = 'minutes_approved')
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;

CREATE TRIGGER "paper_content_locked_delete" BEFORE DELETE ON "paper_content"
WHEN (SELECT status FROM meeting WHERE id = (SELECT i.meeting_id FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE p.id = OLD.paper_id)) = 'minutes_approved'
BEGIN
    SELECT RAISE(ABORT, 'cpdesk-locked: the minutes of this meeting are approved and locked');
END;


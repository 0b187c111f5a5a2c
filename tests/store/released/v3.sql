-- A cpdesk database at schema version 3 (cpdesk 0.3.0): the version-2 data migrated, plus
-- indicators (the short strategy's context figures and one recorded indicator with a suppressed value).
-- Kept so that every later migration is tested on real version-3 data.
PRAGMA user_version = 3;
BEGIN TRANSACTION;
CREATE TABLE "action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('action', 'question')),
    "reference" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "agenda_item_id" TEXT,
    "description" TEXT NOT NULL,
    "raised_by_id" TEXT,
    "owner_id" TEXT,
    "owner_team_id" TEXT,
    "due_date" TEXT,
    "status" TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'completed', 'closed_no_further_action', 'superseded')),
    "answer" TEXT NOT NULL,
    "closed_on" TEXT,
    "last_update_on" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("raised_by_id") REFERENCES "person" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("owner_id") REFERENCES "person" ("id") ON DELETE SET NULL,
    FOREIGN KEY ("owner_team_id") REFERENCES "team" ("id") ON DELETE SET NULL
);
INSERT INTO "action" VALUES('156e7083293e4418b9d34d409c351a5f','2026-11-23T21:21:53.889337Z','2026-11-23T21:21:53.892106Z','action','A25-001','55d6a7ba5a4f4497b7ac8d96145c9cc8','4bf190de2430410a874316e3d739d941','Circulate the participation figures',NULL,'a75164d2da5c4981824d9254e6577e6d',NULL,'2025-07-31','in_progress','',NULL,'2025-07-01',0,NULL);
CREATE TABLE "action_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) = 1)
);
INSERT INTO "action_link" VALUES('b0627edf74814e72afa3232209829e45','2026-11-23T21:21:53.889720Z','2026-11-23T21:21:53.889725Z','503f89423b0843088040d3c99d3806a2',NULL,NULL,'156e7083293e4418b9d34d409c351a5f');
CREATE TABLE "action_update" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    "on_date" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
INSERT INTO "action_update" VALUES('5b19a4a39cc340d18c9d0d95e6df321c','2026-11-23T21:21:53.891914Z','2026-11-23T21:21:53.891924Z','156e7083293e4418b9d34d409c351a5f','2025-07-01','Figures requested.','in_progress','');
CREATE TABLE "agenda_item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "item_type" TEXT NOT NULL CHECK (item_type IN ('decision', 'information', 'standing')),
    "standing_kind" TEXT NOT NULL,
    "presenter_id" TEXT,
    "annual_report" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("presenter_id") REFERENCES "person" ("id") ON DELETE SET NULL
);
INSERT INTO "agenda_item" VALUES('b8e512467ce74952b4a0d370f6429970','2026-11-23T21:21:53.806532Z','2026-11-23T21:21:53.806539Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',0,'Apologies for absence and declarations of interest','standing','apologies',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('0434b095abb247adaa4654599dab1e28','2026-11-23T21:21:53.807222Z','2026-11-23T21:21:53.807226Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',1,'Minutes of the last meeting','standing','minutes',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('c381b5ad39554bfd8b014dab3487bbfc','2026-11-23T21:21:53.807925Z','2026-11-23T21:21:53.807929Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',2,'Action log','standing','action_log',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('01a1f1e7f9d541aca2434c9bae3927d7','2026-11-23T21:21:53.808741Z','2026-11-23T21:21:53.808746Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',3,'Feedback from the Young People''s Corporate Parenting Meeting','standing','young_people',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('4bf190de2430410a874316e3d739d941','2026-11-23T21:21:53.809862Z','2026-11-23T21:21:53.809866Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',4,'Corporate Parenting Annual Report','information','',NULL,'Corporate Parenting Annual Report','',NULL);
INSERT INTO "agenda_item" VALUES('67c41ad2ee25402c9bc3063439e29b2f','2026-11-23T21:21:53.810834Z','2026-11-23T21:21:53.810838Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',5,'Work programme','standing','work_programme',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('8ee522a60b1443b3889a28bfe0a38166','2026-11-23T21:21:53.811701Z','2026-11-23T21:21:53.811705Z','55d6a7ba5a4f4497b7ac8d96145c9cc8',6,'Date of the next meeting','standing','next_meeting',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('3f21ccf308f6493aa5c2f467e5595460','2026-11-23T21:21:53.895487Z','2026-11-23T21:21:53.895493Z','b21ad272666348c789664d708fd9a20f',0,'Apologies for absence and declarations of interest','standing','apologies',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('5bf34053a2a447da8e689044673002aa','2026-11-23T21:21:53.896163Z','2026-11-23T21:21:53.896167Z','b21ad272666348c789664d708fd9a20f',1,'Minutes of the last meeting','standing','minutes',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('f266874cb78449e59fe169d6747b1408','2026-11-23T21:21:53.896936Z','2026-11-23T21:21:53.896940Z','b21ad272666348c789664d708fd9a20f',2,'Action log','standing','action_log',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('598a23ce3218431b8996b49ae5344390','2026-11-23T21:21:53.897680Z','2026-11-23T21:21:53.897684Z','b21ad272666348c789664d708fd9a20f',3,'Feedback from the Young People''s Corporate Parenting Meeting','standing','young_people',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('4d72ffa692bb427393409457e86a3dda','2026-11-23T21:21:53.898765Z','2026-11-23T21:21:53.898768Z','b21ad272666348c789664d708fd9a20f',4,'Work programme','standing','work_programme',NULL,'','',NULL);
INSERT INTO "agenda_item" VALUES('6a7e6c8c82694ce289dfccc28aaba9c0','2026-11-23T21:21:53.899575Z','2026-11-23T21:21:53.899579Z','b21ad272666348c789664d708fd9a20f',5,'Date of the next meeting','standing','next_meeting',NULL,'','',NULL);
CREATE TABLE "agenda_item_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT,
    "commitment_id" TEXT,
    "promise_id" TEXT,
    "agenda_item_id" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("commitment_id") REFERENCES "commitment" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) + (promise_id IS NOT NULL) = 1)
);
CREATE TABLE "ambition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "ambition" VALUES('c2c5f162c5d24c44a7c2c1a8ca300260','2026-11-23T21:21:53.795044Z','2026-11-23T21:21:53.795054Z','c6f336501ba041bea3a47cda4c95b2ac',0,1,'Net zero carbon emissions for Cambridgeshire by 2045, and our communities and natural environment are supported to adapt and thrive as the climate changes');
CREATE TABLE "amendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "agenda_item_id" TEXT,
    "field" TEXT NOT NULL,
    "original" TEXT NOT NULL,
    "corrected" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "made_on" TEXT NOT NULL,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE TABLE "annual_report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "annual_report" VALUES('4942975c741943c3a64af5a8a48bbd98','2026-11-23T21:21:53.796471Z','2026-11-23T21:21:53.796476Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Corporate Parenting Annual Report','Annually, the Corporate Parenting Board will generate a report offering a comprehensive overview of the accomplishments, advancements, and challenges encountered in addressing the needs of Cambridgeshire''s looked after children and care leavers, whether placed within or outside the borough. This report will also outline the priorities for the upcoming year.');
INSERT INTO "annual_report" VALUES('6da7da9061554e31b462c323f5c7c3c2','2026-11-23T21:21:53.796666Z','2026-11-23T21:21:53.796670Z','c6f336501ba041bea3a47cda4c95b2ac',1,'Participation Annual Report','Annually, the Participation team will complete a report outlining the work that has been undertaken to hear the voice of our children and young people - to influence the service changes required to deliver a better care and support.');
CREATE TABLE "approach_item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "approach_item" VALUES('6b165b3303c1485d83be3e911c864ea1','2026-11-23T21:21:53.795416Z','2026-11-23T21:21:53.795423Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Prevention and Early Intervention','we strive to prioritise prevention and early intervention to support children and families, giving them every opportunity to stay together. If care becomes necessary, we will explore options for children to live within the wider family and friends'' networks whenever possible.');
CREATE TABLE "area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "old_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL CHECK (level IN ('national', 'regional', 'local_authority'))
);
INSERT INTO "area" VALUES('72c0a8c590de4cb9806cd3394c812724','2026-11-23T21:32:07.835829Z','2026-11-23T21:32:07.835837Z','E10000003','873','Cambridgeshire','local_authority');
CREATE TABLE "attendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "status" TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'substitute')),
    "substitute_for_id" TEXT,
    FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("substitute_for_id") REFERENCES "person" ("id") ON DELETE RESTRICT
);
INSERT INTO "attendance" VALUES('88eb3aa2750945848074c41dca5659bf','2026-11-23T21:21:53.805388Z','2026-11-23T21:21:53.805396Z','55d6a7ba5a4f4497b7ac8d96145c9cc8','766f10a2c1ef4e8c874c96c3190d2107','present',NULL);
CREATE TABLE "body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('sub_committee', 'young_people', 'steering_group', 'parent_committee')),
    "parent_id" TEXT,
    FOREIGN KEY ("parent_id") REFERENCES "body" ("id") ON DELETE SET NULL
);
INSERT INTO "body" VALUES('3eba02bf65794c2abecdf02b2734fd02','2026-11-23T21:21:53.784016Z','2026-11-23T21:21:53.784025Z','Children and Young People Committee','parent_committee',NULL);
INSERT INTO "body" VALUES('785251ad000949e7ae696614dface80c','2026-11-23T21:21:53.785916Z','2026-11-23T21:21:53.785921Z','Corporate Parenting Sub-Committee','sub_committee','3eba02bf65794c2abecdf02b2734fd02');
INSERT INTO "body" VALUES('62683076cbbc4735bc1a591289d90377','2026-11-23T21:21:53.786460Z','2026-11-23T21:21:53.786464Z','Young People''s Corporate Parenting Meeting','young_people','785251ad000949e7ae696614dface80c');
INSERT INTO "body" VALUES('e9781f3a4eb8494385fb33c59c6f27d4','2026-11-23T21:21:53.786907Z','2026-11-23T21:21:53.786911Z','Corporate Parenting Steering Group','steering_group','785251ad000949e7ae696614dface80c');
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "commitment" VALUES('5e4331b94340497c901f0fb8f4242837','2026-11-23T21:21:53.797523Z','2026-11-23T21:21:53.797528Z','503f89423b0843088040d3c99d3806a2',0,'Ensure children feel involved in decision making about their lives through the child''s journey.');
INSERT INTO "commitment" VALUES('dd0bd55c27f34811ac84d4d60ae222d7','2026-11-23T21:21:53.797625Z','2026-11-23T21:21:53.797628Z','503f89423b0843088040d3c99d3806a2',1,'Increase the number of children who participate and attend the Children in Care Council Meeting.');
CREATE TABLE "comparator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "comparator_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('national', 'regional', 'neighbour')),
    "rank" INTEGER NOT NULL,
    FOREIGN KEY ("area_id") REFERENCES "area" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("comparator_id") REFERENCES "area" ("id") ON DELETE CASCADE
);
CREATE TABLE "condition_for_success" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "condition_for_success" VALUES('a44dc163be2145f896707bfa9209e160','2026-11-23T21:21:53.795178Z','2026-11-23T21:21:53.795183Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Demonstrating strong leadership and implementing rigorous performance management.');
CREATE TABLE "context_figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL CHECK (unit IN ('count', 'percent')),
    "counts" TEXT NOT NULL,
    "as_of" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "context_figure" VALUES('812e4956c6704e3e8742f73acc688f24','2026-11-23T21:21:53.796784Z','2026-11-23T21:21:53.796793Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Context in Cambridgeshire',706.0,'count','Children in Care','2024-12','');
INSERT INTO "context_figure" VALUES('bb0069cc776044c0b4d09904e94f654a','2026-11-23T21:21:53.796941Z','2026-11-23T21:21:53.796946Z','c6f336501ba041bea3a47cda4c95b2ac',1,'Context in Cambridgeshire',412.0,'count','were male','2024-12','');
CREATE TABLE "decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "abstentions" INTEGER,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
INSERT INTO "decision" VALUES('3bcec5ead1394cde967136886a78013a','2026-11-23T21:21:53.888193Z','2026-11-23T21:21:53.888200Z','4bf190de2430410a874316e3d739d941',0,'To note the report.',5,0,0);
CREATE TABLE "declaration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('disclosable_pecuniary', 'other_registrable', 'non_registrable')),
    "interest" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT
);
INSERT INTO "declaration" VALUES('facc430c51a54d3fb586741032b3e1c8','2026-11-23T21:21:53.883779Z','2026-11-23T21:21:53.883785Z','4bf190de2430410a874316e3d739d941','766f10a2c1ef4e8c874c96c3190d2107','other_registrable','Governor of a school');
CREATE TABLE "delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "delivery_team" VALUES('6c5cee9c45014a159d5a076e48a0e9ce','2026-11-23T21:21:53.797829Z','2026-11-23T21:21:53.797833Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Participation team');
INSERT INTO "delivery_team" VALUES('93dbc902e4d44309a8c60119d78f669d','2026-11-23T21:21:53.798047Z','2026-11-23T21:21:53.798051Z','c6f336501ba041bea3a47cda4c95b2ac',1,'Virtual School');
INSERT INTO "delivery_team" VALUES('44182c1c4d694ecab3fcf9c50572e9dd','2026-11-23T21:21:53.798244Z','2026-11-23T21:21:53.798247Z','c6f336501ba041bea3a47cda4c95b2ac',2,'Children in Care team');
INSERT INTO "delivery_team" VALUES('702d3aa533d5411dbb37b9897433659b','2026-11-23T21:21:53.798440Z','2026-11-23T21:21:53.798443Z','c6f336501ba041bea3a47cda4c95b2ac',3,'Care Leavers team');
INSERT INTO "delivery_team" VALUES('8da1df8fe1f9471383698645ba681d2a','2026-11-23T21:21:53.798635Z','2026-11-23T21:21:53.798639Z','c6f336501ba041bea3a47cda4c95b2ac',4,'Independent Reviewing Officer Service');
INSERT INTO "delivery_team" VALUES('511a08aea4f24a7da3fcd33a7b51397e','2026-11-23T21:21:53.798828Z','2026-11-23T21:21:53.798832Z','c6f336501ba041bea3a47cda4c95b2ac',5,'Youth Offending Service');
INSERT INTO "delivery_team" VALUES('ad390bcf5fa84d1d8ac961aa57ebd9c9','2026-11-23T21:21:53.799022Z','2026-11-23T21:21:53.799025Z','c6f336501ba041bea3a47cda4c95b2ac',6,'Family Support and Safeguarding team');
INSERT INTO "delivery_team" VALUES('be1aa6bd98474fbeb8116f31187bc506','2026-11-23T21:21:53.799215Z','2026-11-23T21:21:53.799219Z','c6f336501ba041bea3a47cda4c95b2ac',7,'Fostering Service');
CREATE TABLE "exception_action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "exception_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    FOREIGN KEY ("exception_id") REFERENCES "indicator_exception" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("action_id") REFERENCES "action" ("id") ON DELETE CASCADE
);
CREATE TABLE "good_parenting_trait" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "good_parenting_trait" VALUES('552ee09e9abe4e569b9c52903a93e5a2','2026-11-23T21:21:53.796360Z','2026-11-23T21:21:53.796367Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Has high aspirations for children and young people''s achievements');
CREATE TABLE "governance_body" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "governance_body" VALUES('c043938f3e5d4c818d4682be09cd4b01','2026-11-23T21:21:53.796128Z','2026-11-23T21:21:53.796135Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Corporate Parenting Sub-Committee','Provides vision, strategy and performance accountability');
CREATE TABLE "indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'rate_per_10000', 'days', 'number')),
    "polarity" TEXT NOT NULL CHECK (polarity IN ('higher', 'lower', 'none')),
    "target" REAL,
    "source" TEXT NOT NULL,
    "source_key" TEXT,
    "deleted_at" TEXT
);
INSERT INTO "indicator" VALUES('496d5c47850b40e9836a7cf0b1c12094','2026-11-23T21:32:07.837585Z','2026-11-23T21:32:07.837591Z','Context in Cambridgeshire: Children in Care','From the strategy''s context figures (Context in Cambridgeshire).','count','none',NULL,'Corporate Parenting Strategy 2023-2028','strategy:2023-2028:Context in Cambridgeshire:Children in Care:count',NULL);
INSERT INTO "indicator" VALUES('586ada928f3749a998edbfa64396e0b1','2026-11-23T21:32:07.838230Z','2026-11-23T21:32:07.838234Z','Context in Cambridgeshire: Were male','From the strategy''s context figures (Context in Cambridgeshire).','count','none',NULL,'Corporate Parenting Strategy 2023-2028','strategy:2023-2028:Context in Cambridgeshire:were male:count',NULL);
INSERT INTO "indicator" VALUES('8ccc18a6300f4a2eb0be2e21bd24f2f9','2026-11-23T21:32:07.838605Z','2026-11-23T21:32:07.838609Z','Long-term placement stability (released test)','','percent','higher',75.0,'',NULL,NULL);
CREATE TABLE "indicator_exception" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "value_id" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "recorded_on" TEXT NOT NULL,
    FOREIGN KEY ("value_id") REFERENCES "indicator_value" ("id") ON DELETE CASCADE
);
CREATE TABLE "indicator_link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "priority_id" TEXT,
    "success_measure_id" TEXT,
    FOREIGN KEY ("indicator_id") REFERENCES "indicator" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("success_measure_id") REFERENCES "success_measure" ("id") ON DELETE CASCADE,
    CHECK ((priority_id IS NOT NULL) + (success_measure_id IS NOT NULL) = 1)
);
CREATE TABLE "indicator_value" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "value" REAL,
    "numerator" REAL,
    "denominator" REAL,
    "suppressed" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    FOREIGN KEY ("indicator_id") REFERENCES "indicator" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("area_id") REFERENCES "area" ("id") ON DELETE RESTRICT
);
INSERT INTO "indicator_value" VALUES('6e21264fd39f4faea546f03ce086ec52','2026-11-23T21:32:07.837879Z','2026-11-23T21:32:07.837888Z','496d5c47850b40e9836a7cf0b1c12094','72c0a8c590de4cb9806cd3394c812724','2024-12','2024-12-31',706.0,NULL,NULL,'','','strategy');
INSERT INTO "indicator_value" VALUES('b29d6047664042898cf7ef9ea208364e','2026-11-23T21:32:07.838367Z','2026-11-23T21:32:07.838372Z','586ada928f3749a998edbfa64396e0b1','72c0a8c590de4cb9806cd3394c812724','2024-12','2024-12-31',412.0,NULL,NULL,'','','strategy');
INSERT INTO "indicator_value" VALUES('859c43029d774b8f8f10f26e85656f88','2026-11-23T21:32:07.840111Z','2026-11-23T21:32:07.840119Z','8ccc18a6300f4a2eb0be2e21bd24f2f9','72c0a8c590de4cb9806cd3394c812724','2025','2025-12-31',71.0,142.0,201.0,'','','recorded');
INSERT INTO "indicator_value" VALUES('27332d1001b242c782e45f6c5a3040a0','2026-11-23T21:32:07.841508Z','2026-11-23T21:32:07.841514Z','8ccc18a6300f4a2eb0be2e21bd24f2f9','72c0a8c590de4cb9806cd3394c812724','2024','2024-12-31',NULL,NULL,NULL,'c','','recorded');
CREATE TABLE "meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "body_id" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "status" TEXT NOT NULL CHECK (status IN ('scheduled', 'agenda_published', 'held', 'cancelled', 'minutes_approved')),
    "minutes_approved_at_id" TEXT,
    "notes" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("body_id") REFERENCES "body" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("minutes_approved_at_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT
);
INSERT INTO "meeting" VALUES('55d6a7ba5a4f4497b7ac8d96145c9cc8','2026-11-23T21:21:53.801993Z','2026-11-23T21:21:53.902613Z','785251ad000949e7ae696614dface80c','2025-06-10','10:00','New Shire Hall','minutes_approved','b21ad272666348c789664d708fd9a20f','',0,NULL);
INSERT INTO "meeting" VALUES('b21ad272666348c789664d708fd9a20f','2026-11-23T21:21:53.802971Z','2026-11-23T21:21:53.802976Z','785251ad000949e7ae696614dface80c','2025-08-05','10:00','New Shire Hall','scheduled',NULL,'',0,NULL);
CREATE TABLE "minute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "discussion" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
INSERT INTO "minute" VALUES('5df5ae366aca4cd0a1f2d0ce5de3a97d','2026-11-23T21:21:53.887349Z','2026-11-23T21:21:53.887356Z','4bf190de2430410a874316e3d739d941','Members welcomed the report.');
CREATE TABLE "narrative" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "narrative" VALUES('ff62de5a774645f4afa6930bf84cd582','2026-11-23T21:21:53.794889Z','2026-11-23T21:21:53.794897Z','c6f336501ba041bea3a47cda4c95b2ac',0,'introduction','Introduction – Our strategy','A warm welcome to the Cambridgeshire Corporate Parenting Strategy 2025-2030

Corporate parenting is about everyone – elected members, council colleagues, and partner agencies – working together to provide the best support and protection for children in care. In Cambridgeshire County Council, the Corporate Parenting Sub-Committee brings everyone with Corporate Parenting responsibilities together, creating a welcoming space for our children, foster carers, and care leavers. Here, they can openly discuss and influence the entire range of services available to children and young people.

This strategy outlines our priorities for supporting our children in care and care leavers and establishes a framework that holds the council and their partners accountable for their promises and pledges. The Corporate Parenting Sub-Committee will diligently monitor our delivery against our strategy. Members will actively listen to young people and aim to ensure their happiness, health, access to quality education, and opportunities for training and employment. Additionally, it aims to ensure they have a home to go to when the time comes to live independently.

Our relational approach involves direct and routine engagement with children, their carers, and social workers, encouraging them to share experiences. This enables us to better understand the challenges they face and adapt services to meet their needs. Young people regularly provide feedback through statutory reviews, the Young Inspectors report, and the Children in Care Council/Voice.

Children’s experiences always form the core of our approach in Cambridgeshire County Council, with the strategy''s foundations set in consultation with our children and young people. Our priorities directly respond to The Cambridgeshire Promise, a list of commitments co-developed and endorsed by young people and endorsed by the Corporate Parenting Sub-Committee. We have further improved this by introducing our Pledges to care leavers.

In Cambridgeshire we care for our diverse group of children as corporate parents. We are committed to supporting each one of them in reaching their full potential, in line with their individual aspirations and goals. Every effort is made to ensure they have opportunities and encouragement they need to succeed. We are proud to have such a diverse group of children in our care and actively encourage everyone to feel confident and proud of who they are. Regardless of circumstances or characteristics, all our children and young people will receive the support they need to make every success of their lives.

At Cambridgeshire County Council, we understand that each child and young person has a unique history and vision for the future. This strategy seeks to ensure that their vision becomes a reality. Every child must be supported to reach their full potential, with no one left behind.');
CREATE TABLE "officer_report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "report_from" TEXT NOT NULL,
    "key_decision" INTEGER NOT NULL,
    "forward_plan_ref" TEXT NOT NULL,
    "executive_summary" TEXT NOT NULL,
    "recommendations" TEXT NOT NULL,
    "voting_arrangements" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_post" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "finance" TEXT NOT NULL,
    "legal" TEXT NOT NULL,
    "risk" TEXT NOT NULL,
    "equality" TEXT NOT NULL,
    "climate" TEXT NOT NULL,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
CREATE TABLE "paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "agenda_item_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "page_count" INTEGER NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE CASCADE
);
INSERT INTO "paper" VALUES('657c1db378e74f67b81449761a3b7336','2026-11-23T21:21:53.882653Z','2026-11-23T21:21:53.882669Z','4bf190de2430410a874316e3d739d941',0,'annual','annual.pdf',2,1831,'97778978421a40a3cbf20af739bb94f857d532d3c38335ee2d14fef0181f497c',NULL);
CREATE TABLE "paper_content" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "paper_id" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE CASCADE
);
INSERT INTO "paper_content" VALUES('9992847121d1482e9527d37d56263c41','2026-11-23T21:21:53.882926Z','2026-11-23T21:21:53.882932Z','657c1db378e74f67b81449761a3b7336',X'255044462D312E330A25938C8B9E205265706F72744C61622047656E6572617465642050444620646F63756D656E7420286F70656E736F75726365290A312030206F626A0A3C3C0A2F46312032203020520A3E3E0A656E646F626A0A322030206F626A0A3C3C0A2F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67202F4E616D65202F4631202F53756274797065202F5479706531202F54797065202F466F6E740A3E3E0A656E646F626A0A332030206F626A0A3C3C0A2F436F6E74656E7473203820302052202F4D65646961426F78205B20302030203539352E32373536203834312E38383938205D202F506172656E74203720302052202F5265736F7572636573203C3C0A2F466F6E74203120302052202F50726F63536574205B202F504446202F54657874202F496D61676542202F496D61676543202F496D61676549205D0A3E3E202F526F746174652030202F5472616E73203C3C0A0A3E3E200A20202F54797065202F506167650A3E3E0A656E646F626A0A342030206F626A0A3C3C0A2F436F6E74656E7473203920302052202F4D65646961426F78205B20302030203539352E32373536203834312E38383938205D202F506172656E74203720302052202F5265736F7572636573203C3C0A2F466F6E74203120302052202F50726F63536574205B202F504446202F54657874202F496D61676542202F496D61676543202F496D61676549205D0A3E3E202F526F746174652030202F5472616E73203C3C0A0A3E3E200A20202F54797065202F506167650A3E3E0A656E646F626A0A352030206F626A0A3C3C0A2F506167654D6F6465202F5573654E6F6E65202F5061676573203720302052202F54797065202F436174616C6F670A3E3E0A656E646F626A0A362030206F626A0A3C3C0A2F417574686F722028616E6F6E796D6F757329202F4372656174696F6E446174652028443A32303236313132333231323135332B30302730302729202F43726561746F722028616E6F6E796D6F757329202F4B6579776F726473202829202F4D6F64446174652028443A32303236313132333231323135332B30302730302729202F50726F647563657220285265706F72744C616220504446204C696272617279202D205C286F70656E736F757263655C2929200A20202F5375626A6563742028756E73706563696669656429202F5469746C652028756E7469746C656429202F54726170706564202F46616C73650A3E3E0A656E646F626A0A372030206F626A0A3C3C0A2F436F756E742032202F4B696473205B203320302052203420302052205D202F54797065202F50616765730A3E3E0A656E646F626A0A382030206F626A0A3C3C0A2F46696C746572205B202F415343494938354465636F6465202F466C6174654465636F6465205D202F4C656E677468203131390A3E3E0A73747265616D0A47617040445F2457466D274C686331695B683F4268504025382D72755A26233A2C4E422729756C405C274575545924662D2D6A353F56336E6C3F3C5B3A2E554B5E424C6567706E46454C266967603A74454F42592D5E4E2C40544955343C6A35453F753F2D5A224165425F6C256C2A624F2841524B7E3E656E6473747265616D0A656E646F626A0A392030206F626A0A3C3C0A2F46696C746572205B202F415343494938354465636F6465202F466C6174654465636F6465205D202F4C656E677468203132300A3E3E0A73747265616D0A47617040443373704B6C262D5B4456307238275029686061344A6C5C31614A4B54646C72586363582B363A36505F6058573B2D364A214829433D6854306B60687058402E443D4E3F30612643283860306B58264F586C66445E675E4D682E715A2B4A436E66452A42632D54243754366F53604528526B7E3E656E6473747265616D0A656E646F626A0A787265660A302031300A303030303030303030302036353533352066200A30303030303030303631203030303030206E200A30303030303030303932203030303030206E200A30303030303030313939203030303030206E200A30303030303030343032203030303030206E200A30303030303030363035203030303030206E200A30303030303030363733203030303030206E200A30303030303030393334203030303030206E200A30303030303030393939203030303030206E200A30303030303031323038203030303030206E200A747261696C65720A3C3C0A2F4944200A5B3C38346635383836653162353932616331333435373339353264323630383638313E3C38346635383836653162353932616331333435373339353264323630383638313E5D0A25205265706F72744C61622067656E6572617465642050444620646F63756D656E74202D2D2064696765737420286F70656E736F75726365290A0A2F496E666F2036203020520A2F526F6F742035203020520A2F53697A652031300A3E3E0A7374617274787265660A313431380A2525454F460A');
CREATE TABLE "person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('member', 'officer', 'young_person')),
    "role" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "team_id" TEXT,
    "email" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT,
    FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE SET NULL
);
INSERT INTO "person" VALUES('766f10a2c1ef4e8c874c96c3190d2107','2026-11-23T21:21:53.803617Z','2026-11-23T21:21:53.803624Z','Cllr Released','member','chair','',NULL,'',0,NULL);
INSERT INTO "person" VALUES('a75164d2da5c4981824d9254e6577e6d','2026-11-23T21:21:53.804083Z','2026-11-23T21:21:53.804087Z','Officer Released','officer','','Head of Service',NULL,'',0,NULL);
INSERT INTO "person" VALUES('8b334197364c445e821e4db3057dc69d','2026-11-23T21:21:53.804498Z','2026-11-23T21:21:53.804501Z','Sam','young_person','','',NULL,'',0,NULL);
CREATE TABLE "pledge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "introduction" TEXT NOT NULL,
    "personal_adviser" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "pledge" VALUES('db43425857764b3fba722d201fb49513','2026-11-23T21:21:53.795891Z','2026-11-23T21:21:53.795898Z','c6f336501ba041bea3a47cda4c95b2ac',0,'We are ambitious and optimistic about what you can achieve. We will nurture your aspirations and dreams by providing an easily accessible, up to date and inspiring Care Leaver Local Offer to enable you to reach your potential.

Our Care Experience Network have told us the following are the most important issues for our young people:','To help with this we will provide you with a dedicated Personal Adviser, who will build a trusted relationship with you, keeping in touch regularly and being your champion when you need one. We will support you to make informed choices about your present and future, as you get ready for independence.');
CREATE TABLE "pledge_area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "pledge_area" VALUES('da2966c36a154ccaaa980b9acd245eaa','2026-11-23T21:21:53.796011Z','2026-11-23T21:21:53.796017Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Education and employment','We will work with local colleges, youth organisations, charities, universities and employers to make sure you have access to courses and opportunities so that you can achieve your potential in education and work.');
CREATE TABLE "principle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "principle" VALUES('7a06c3e77c5d4918bdce4726e078eeda','2026-11-23T21:21:53.795296Z','2026-11-23T21:21:53.795303Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Act in the best interests and promote the physical and mental health and well-being, of our children and young people.');
CREATE TABLE "priority" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "delivered_by" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "priority" VALUES('503f89423b0843088040d3c99d3806a2','2026-11-23T21:21:53.797076Z','2026-11-23T21:21:53.797084Z','c6f336501ba041bea3a47cda4c95b2ac',0,1,'Voice of our children and young people','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of our services.','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of shaping future services.','The Participation team, the Virtual School, the Children in Care team, the Care Leavers team, the Independent Reviewing Officer Service, the Youth Offending Service, the Family Support and Safeguarding team and the Fostering Service.');
CREATE TABLE "priority_delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "team_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("team_id") REFERENCES "delivery_team" ("id") ON DELETE CASCADE
);
INSERT INTO "priority_delivery_team" VALUES('5bf11a14ed2e4833a99ed2a7be06598a','2026-11-23T21:21:53.797935Z','2026-11-23T21:21:53.797940Z','503f89423b0843088040d3c99d3806a2','6c5cee9c45014a159d5a076e48a0e9ce',0);
INSERT INTO "priority_delivery_team" VALUES('3e1f3008d8634c9c95218a03482a95b2','2026-11-23T21:21:53.798144Z','2026-11-23T21:21:53.798148Z','503f89423b0843088040d3c99d3806a2','93dbc902e4d44309a8c60119d78f669d',1);
INSERT INTO "priority_delivery_team" VALUES('a1213d273b8b4dc2a0406a35ca7d8f2d','2026-11-23T21:21:53.798340Z','2026-11-23T21:21:53.798344Z','503f89423b0843088040d3c99d3806a2','44182c1c4d694ecab3fcf9c50572e9dd',2);
INSERT INTO "priority_delivery_team" VALUES('dfc549391d034c56a6a75612a762bce8','2026-11-23T21:21:53.798537Z','2026-11-23T21:21:53.798540Z','503f89423b0843088040d3c99d3806a2','702d3aa533d5411dbb37b9897433659b',3);
INSERT INTO "priority_delivery_team" VALUES('39ce5f79f9a24f2ca952dbd281170603','2026-11-23T21:21:53.798729Z','2026-11-23T21:21:53.798733Z','503f89423b0843088040d3c99d3806a2','8da1df8fe1f9471383698645ba681d2a',4);
INSERT INTO "priority_delivery_team" VALUES('44d01a3b6a30479e89b63e6999ff0ca9','2026-11-23T21:21:53.798925Z','2026-11-23T21:21:53.798928Z','503f89423b0843088040d3c99d3806a2','511a08aea4f24a7da3fcd33a7b51397e',5);
INSERT INTO "priority_delivery_team" VALUES('0319f24134ae40fdae8c6db49ee84773','2026-11-23T21:21:53.799117Z','2026-11-23T21:21:53.799121Z','503f89423b0843088040d3c99d3806a2','ad390bcf5fa84d1d8ac961aa57ebd9c9',6);
INSERT INTO "priority_delivery_team" VALUES('79e97e0ea893476bb5e01838e73d57da','2026-11-23T21:21:53.799309Z','2026-11-23T21:21:53.799313Z','503f89423b0843088040d3c99d3806a2','be1aa6bd98474fbeb8116f31187bc506',7);
CREATE TABLE "promise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "promise" VALUES('9deb74f852e04242a8d9d36888014294','2026-11-23T21:21:53.795662Z','2026-11-23T21:21:53.795670Z','c6f336501ba041bea3a47cda4c95b2ac',0,1,'We will work to keep you safe and help you to keep yourself safe');
INSERT INTO "promise" VALUES('e03231e6157a4ef38e8bf216722417a2','2026-11-23T21:21:53.795784Z','2026-11-23T21:21:53.795787Z','c6f336501ba041bea3a47cda4c95b2ac',1,2,'We will do everything we can to make you feel cared about, valued, and respected as an individual');
CREATE TABLE "related_plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "related_plan" VALUES('a5e10ebde911433fbe800c47fe5ce10c','2026-11-23T21:21:53.795541Z','2026-11-23T21:21:53.795547Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Our co-produced Promise','a commitment to children in care.');
CREATE TABLE "setting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL
);
INSERT INTO "setting" VALUES('a9554438e9f64ae1a7370364151a5058','2026-11-23T21:32:07.836217Z','2026-11-23T21:32:07.836221Z','council_area','E10000003');
CREATE TABLE "strategy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "council" TEXT NOT NULL,
    "period_start" INTEGER NOT NULL,
    "period_end" INTEGER NOT NULL,
    "version_label" TEXT NOT NULL,
    "council_vision" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "imported_from" TEXT NOT NULL,
    "imported_at" TEXT NOT NULL,
    "is_current" INTEGER NOT NULL
);
INSERT INTO "strategy" VALUES('c6f336501ba041bea3a47cda4c95b2ac','2026-11-23T21:21:53.794703Z','2026-11-23T21:21:53.794710Z','Corporate Parenting Strategy','Cambridgeshire County Council',2023,2028,'2023-2028','Creating a greener, fairer and more caring Cambridgeshire','A shortened test copy','strategy-2023-2028-short.json','2026-11-23T21:21:53.794690Z',1);
CREATE TABLE "success_measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "success_measure" VALUES('b5b0e409012449979915b120a3f7c811','2026-11-23T21:21:53.797723Z','2026-11-23T21:21:53.797728Z','503f89423b0843088040d3c99d3806a2',0,'Put into action the Care Leavers Pledge which has been co-produced with young people.');
CREATE TABLE "team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_example" INTEGER NOT NULL,
    "deleted_at" TEXT
);
INSERT INTO "team" VALUES('4dd5a78aaf4b480a9e901b8c93769f3d','2026-11-23T21:21:53.787702Z','2026-11-23T21:21:53.787706Z','Participation team',0,NULL);
INSERT INTO "team" VALUES('84953d45e5f844a19eea5a728336c2f5','2026-11-23T21:21:53.787869Z','2026-11-23T21:21:53.787871Z','Virtual School',0,NULL);
INSERT INTO "team" VALUES('de5d03a0f2df4326934e173be88d9237','2026-11-23T21:21:53.788000Z','2026-11-23T21:21:53.788003Z','Children in Care team',0,NULL);
INSERT INTO "team" VALUES('16a70005542d4be68df0f412054d868b','2026-11-23T21:21:53.788127Z','2026-11-23T21:21:53.788129Z','Care Leavers team',0,NULL);
INSERT INTO "team" VALUES('396be3bae1554d3489cd50cf63c0b2dc','2026-11-23T21:21:53.788248Z','2026-11-23T21:21:53.788250Z','Independent Reviewing Officer Service',0,NULL);
INSERT INTO "team" VALUES('9b29f76dac72457298745100c54cb66b','2026-11-23T21:21:53.788368Z','2026-11-23T21:21:53.788370Z','Youth Offending Service',0,NULL);
INSERT INTO "team" VALUES('54b98792b41d4275895cbca925238f8b','2026-11-23T21:21:53.788487Z','2026-11-23T21:21:53.788489Z','Family Support and Safeguarding team',0,NULL);
INSERT INTO "team" VALUES('cbd7adf7c9a7401aa98d0fe6615953a4','2026-11-23T21:21:53.788730Z','2026-11-23T21:21:53.788732Z','Fostering Service',0,NULL);
INSERT INTO "team" VALUES('01b32cee8fbf4b51b00efd1159356671','2026-11-23T21:21:53.788856Z','2026-11-23T21:21:53.788858Z','Commissioning and Placements team',0,NULL);
INSERT INTO "team" VALUES('74fa9fe35be44bab9ef7c1de156ab990','2026-11-23T21:21:53.788973Z','2026-11-23T21:21:53.788975Z','Care Leavers Service',0,NULL);
INSERT INTO "team" VALUES('55e47dd9bf58449aa957a701b819c365','2026-11-23T21:21:53.789087Z','2026-11-23T21:21:53.789089Z','Housing team',0,NULL);
INSERT INTO "team" VALUES('6d4154ac9b294f87a057c3d70f95714b','2026-11-23T21:21:53.789203Z','2026-11-23T21:21:53.789205Z','Public Health colleagues',0,NULL);
INSERT INTO "team" VALUES('19ae8db3e079484fb9ad40c993833931','2026-11-23T21:21:53.789317Z','2026-11-23T21:21:53.789319Z','Clinical team',0,NULL);
INSERT INTO "team" VALUES('ecf6c419d1d442ce94315b1ad9c9cdaf','2026-11-23T21:21:53.789431Z','2026-11-23T21:21:53.789433Z','Leaving Care Service',0,NULL);
INSERT INTO "team" VALUES('7a8629c78bf444ccb19bdfb20d5d3ae5','2026-11-23T21:21:53.789545Z','2026-11-23T21:21:53.789547Z','EET coordinators',0,NULL);
INSERT INTO "team" VALUES('3739c54fa35d4ae89da7b55f12f2d8f8','2026-11-23T21:21:53.789660Z','2026-11-23T21:21:53.789661Z','HR colleagues',0,NULL);
INSERT INTO "team" VALUES('6848162f261e48358abb86c36b17ce10','2026-11-23T21:21:53.789777Z','2026-11-23T21:21:53.789779Z','Placements team',0,NULL);
CREATE TABLE "way_of_working" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "way_of_working" VALUES('af642f4b776e4fe7bcb4cf35e2770b04','2026-11-23T21:21:53.796245Z','2026-11-23T21:21:53.796252Z','c6f336501ba041bea3a47cda4c95b2ac',0,'Trauma informed and relationship based','We are committed to understanding the impact of trauma and building consistent and trusted relationships with children, young people, and families.');
CREATE TABLE "work_programme_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "report_title" TEXT NOT NULL,
    "due_month" INTEGER NOT NULL CHECK (due_month BETWEEN 1 AND 12),
    "notes" TEXT NOT NULL
);
INSERT INTO "work_programme_entry" VALUES('5713889da2ad47c294b518ea3e537b4b','2026-11-23T21:21:53.790780Z','2026-11-23T21:21:53.790785Z','Corporate Parenting Annual Report',6,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('6be036f37d8b4dda9c4980ff521d6d3b','2026-11-23T21:21:53.790968Z','2026-11-23T21:21:53.790971Z','Participation Annual Report',7,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('9c9bd4d6c6844f3b9c8fadfa462af8ca','2026-11-23T21:21:53.791107Z','2026-11-23T21:21:53.791109Z','Independent Reviewing Officer Annual Report',7,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('88bd14ee845c4b9ba2d34eb33127e500','2026-11-23T21:21:53.791238Z','2026-11-23T21:21:53.791240Z','Annual Health Report for Children in Care',9,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('ff03529f650b4b1f875d99c5e2abc7a9','2026-11-23T21:21:53.791364Z','2026-11-23T21:21:53.791367Z','The Virtual Head School Report for Children in Care',9,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('771d7519064142eb9719ea909017b4a6','2026-11-23T21:21:53.791492Z','2026-11-23T21:21:53.791495Z','Children Missing from Care Report',10,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('545ae187ea3a4d98a5631a0f09036584','2026-11-23T21:21:53.791617Z','2026-11-23T21:21:53.791619Z','Therapeutic Support Report from the Clinical team',11,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('b0b5fa582187477bbfef21cb4e29ce73','2026-11-23T21:21:53.791741Z','2026-11-23T21:21:53.791744Z','Foster Carers Charter',11,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('b417792db0e7452498eea717e7481aec','2026-11-23T21:21:53.791867Z','2026-11-23T21:21:53.791870Z','Foster Carers Annual Report',1,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('b901f50c4c224796803d15f0029d2527','2026-11-23T21:21:53.791996Z','2026-11-23T21:21:53.791999Z','Sufficiency Strategy',1,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('ca5d50cdf8d44bdeaba28ba390486848','2026-11-23T21:21:53.792141Z','2026-11-23T21:21:53.792144Z','Foster Carers Statement of Purpose',2,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('b9e6e5fe663c474c929aa97adf6047a9','2026-11-23T21:21:53.792267Z','2026-11-23T21:21:53.792269Z','Placement Stability Report',3,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('8b9ccbbeac814d27b0b34567b8d69b66','2026-11-23T21:21:53.792389Z','2026-11-23T21:21:53.792392Z','Adoption Statement of Purpose',3,'Month suggested by cpdesk: set the month this report is really due.');
INSERT INTO "work_programme_entry" VALUES('abd1b90b94a34f33b5069ce1cf8f2181','2026-11-23T21:21:53.792512Z','2026-11-23T21:21:53.792514Z','Adoption Annual Report',4,'Month suggested by cpdesk: set the month this report is really due.');
CREATE TABLE "you_said" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "you_said" VALUES('5d965e419f7e416eaff85594190d00c9','2026-11-23T21:21:53.797218Z','2026-11-23T21:21:53.797223Z','503f89423b0843088040d3c99d3806a2',0,'We want the feedback that we provide to make a difference');
INSERT INTO "you_said" VALUES('4b09227769a64bcba97a79aff8d6078f','2026-11-23T21:21:53.797328Z','2026-11-23T21:21:53.797332Z','503f89423b0843088040d3c99d3806a2',1,'We want to know how this will happen');
INSERT INTO "you_said" VALUES('929b91f3174c43fcb6fe8c42b250907b','2026-11-23T21:21:53.797425Z','2026-11-23T21:21:53.797429Z','503f89423b0843088040d3c99d3806a2',2,'We want to know how our voice can be used to influence change');
CREATE INDEX "narrative_strategy_id" ON "narrative" ("strategy_id");
CREATE UNIQUE INDEX "narrative_strategy_id_key" ON "narrative" ("strategy_id", "key");
CREATE INDEX "ambition_strategy_id" ON "ambition" ("strategy_id");
CREATE INDEX "condition_for_success_strategy_id" ON "condition_for_success" ("strategy_id");
CREATE INDEX "priority_strategy_id" ON "priority" ("strategy_id");
CREATE UNIQUE INDEX "priority_strategy_id_number" ON "priority" ("strategy_id", "number");
CREATE INDEX "you_said_priority_id" ON "you_said" ("priority_id");
CREATE INDEX "commitment_priority_id" ON "commitment" ("priority_id");
CREATE INDEX "success_measure_priority_id" ON "success_measure" ("priority_id");
CREATE INDEX "delivery_team_strategy_id" ON "delivery_team" ("strategy_id");
CREATE UNIQUE INDEX "delivery_team_strategy_id_name" ON "delivery_team" ("strategy_id", "name");
CREATE INDEX "priority_delivery_team_priority_id" ON "priority_delivery_team" ("priority_id");
CREATE INDEX "priority_delivery_team_team_id" ON "priority_delivery_team" ("team_id");
CREATE UNIQUE INDEX "priority_delivery_team_priority_id_team_id" ON "priority_delivery_team" ("priority_id", "team_id");
CREATE INDEX "principle_strategy_id" ON "principle" ("strategy_id");
CREATE INDEX "approach_item_strategy_id" ON "approach_item" ("strategy_id");
CREATE INDEX "related_plan_strategy_id" ON "related_plan" ("strategy_id");
CREATE INDEX "promise_strategy_id" ON "promise" ("strategy_id");
CREATE UNIQUE INDEX "promise_strategy_id_number" ON "promise" ("strategy_id", "number");
CREATE INDEX "pledge_strategy_id" ON "pledge" ("strategy_id");
CREATE INDEX "pledge_area_strategy_id" ON "pledge_area" ("strategy_id");
CREATE INDEX "governance_body_strategy_id" ON "governance_body" ("strategy_id");
CREATE INDEX "way_of_working_strategy_id" ON "way_of_working" ("strategy_id");
CREATE INDEX "good_parenting_trait_strategy_id" ON "good_parenting_trait" ("strategy_id");
CREATE INDEX "annual_report_strategy_id" ON "annual_report" ("strategy_id");
CREATE INDEX "context_figure_strategy_id" ON "context_figure" ("strategy_id");
CREATE UNIQUE INDEX "strategy_one_current" ON "strategy" ("is_current") WHERE "is_current" = 1;
CREATE UNIQUE INDEX "team_name" ON "team" ("name");
CREATE INDEX "person_team_id" ON "person" ("team_id");
CREATE UNIQUE INDEX "body_name" ON "body" ("name");
CREATE INDEX "body_parent_id" ON "body" ("parent_id");
CREATE INDEX "meeting_body_id" ON "meeting" ("body_id");
CREATE INDEX "meeting_minutes_approved_at_id" ON "meeting" ("minutes_approved_at_id");
CREATE INDEX "meeting_date" ON "meeting" ("date");
CREATE INDEX "attendance_meeting_id" ON "attendance" ("meeting_id");
CREATE INDEX "attendance_person_id" ON "attendance" ("person_id");
CREATE INDEX "attendance_substitute_for_id" ON "attendance" ("substitute_for_id");
CREATE UNIQUE INDEX "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", "person_id");
CREATE INDEX "agenda_item_meeting_id" ON "agenda_item" ("meeting_id");
CREATE INDEX "agenda_item_presenter_id" ON "agenda_item" ("presenter_id");
CREATE INDEX "agenda_item_link_priority_id" ON "agenda_item_link" ("priority_id");
CREATE INDEX "agenda_item_link_commitment_id" ON "agenda_item_link" ("commitment_id");
CREATE INDEX "agenda_item_link_promise_id" ON "agenda_item_link" ("promise_id");
CREATE INDEX "agenda_item_link_agenda_item_id" ON "agenda_item_link" ("agenda_item_id");
CREATE UNIQUE INDEX "officer_report_agenda_item_id" ON "officer_report" ("agenda_item_id");
CREATE INDEX "paper_agenda_item_id" ON "paper" ("agenda_item_id");
CREATE UNIQUE INDEX "paper_content_paper_id" ON "paper_content" ("paper_id");
CREATE INDEX "declaration_agenda_item_id" ON "declaration" ("agenda_item_id");
CREATE INDEX "declaration_person_id" ON "declaration" ("person_id");
CREATE UNIQUE INDEX "minute_agenda_item_id" ON "minute" ("agenda_item_id");
CREATE INDEX "decision_agenda_item_id" ON "decision" ("agenda_item_id");
CREATE INDEX "amendment_meeting_id" ON "amendment" ("meeting_id");
CREATE INDEX "amendment_agenda_item_id" ON "amendment" ("agenda_item_id");
CREATE UNIQUE INDEX "action_reference" ON "action" ("reference");
CREATE INDEX "action_meeting_id" ON "action" ("meeting_id");
CREATE INDEX "action_agenda_item_id" ON "action" ("agenda_item_id");
CREATE INDEX "action_raised_by_id" ON "action" ("raised_by_id");
CREATE INDEX "action_owner_id" ON "action" ("owner_id");
CREATE INDEX "action_owner_team_id" ON "action" ("owner_team_id");
CREATE INDEX "action_status" ON "action" ("status");
CREATE INDEX "action_due_date" ON "action" ("due_date");
CREATE INDEX "action_link_priority_id" ON "action_link" ("priority_id");
CREATE INDEX "action_link_commitment_id" ON "action_link" ("commitment_id");
CREATE INDEX "action_link_promise_id" ON "action_link" ("promise_id");
CREATE INDEX "action_link_action_id" ON "action_link" ("action_id");
CREATE INDEX "action_update_action_id" ON "action_update" ("action_id");
CREATE UNIQUE INDEX "work_programme_entry_report_title" ON "work_programme_entry" ("report_title");
CREATE UNIQUE INDEX "area_code" ON "area" ("code");
CREATE INDEX "comparator_area_id" ON "comparator" ("area_id");
CREATE INDEX "comparator_comparator_id" ON "comparator" ("comparator_id");
CREATE UNIQUE INDEX "comparator_area_id_comparator_id" ON "comparator" ("area_id", "comparator_id");
CREATE UNIQUE INDEX "setting_key" ON "setting" ("key");
CREATE UNIQUE INDEX "indicator_source_key" ON "indicator" ("source_key");
CREATE INDEX "indicator_link_indicator_id" ON "indicator_link" ("indicator_id");
CREATE INDEX "indicator_link_priority_id" ON "indicator_link" ("priority_id");
CREATE INDEX "indicator_link_success_measure_id" ON "indicator_link" ("success_measure_id");
CREATE INDEX "indicator_value_indicator_id" ON "indicator_value" ("indicator_id");
CREATE INDEX "indicator_value_area_id" ON "indicator_value" ("area_id");
CREATE UNIQUE INDEX "indicator_value_indicator_id_area_id_period" ON "indicator_value" ("indicator_id", "area_id", "period");
CREATE UNIQUE INDEX "indicator_exception_value_id" ON "indicator_exception" ("value_id");
CREATE INDEX "exception_action_exception_id" ON "exception_action" ("exception_id");
CREATE INDEX "exception_action_action_id" ON "exception_action" ("action_id");
CREATE UNIQUE INDEX "exception_action_exception_id_action_id" ON "exception_action" ("exception_id", "action_id");
COMMIT;

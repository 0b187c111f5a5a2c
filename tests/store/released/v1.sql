-- A cpdesk database at schema version 1 (cpdesk 0.1.0), holding a short strategy.
-- Kept so that every later migration is tested on real version-1 data.
PRAGMA user_version = 1;
BEGIN TRANSACTION;
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
INSERT INTO "ambition" VALUES('da44da880e274be1843d7624c6c54e96','2026-11-23T20:35:55.623725Z','2026-11-23T20:35:55.623732Z','377b018ce9034d86b2f39da02f826b98',0,1,'Net zero carbon emissions for Cambridgeshire by 2045, and our communities and natural environment are supported to adapt and thrive as the climate changes');
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
INSERT INTO "annual_report" VALUES('cc2f99f6b95e418aa2c325119f66ad00','2026-11-23T20:35:55.625634Z','2026-11-23T20:35:55.625639Z','377b018ce9034d86b2f39da02f826b98',0,'Corporate Parenting Annual Report','Annually, the Corporate Parenting Board will generate a report offering a comprehensive overview of the accomplishments, advancements, and challenges encountered in addressing the needs of Cambridgeshire''s looked after children and care leavers, whether placed within or outside the borough. This report will also outline the priorities for the upcoming year.');
INSERT INTO "annual_report" VALUES('2358adf86e0e43dfb7136efec5c27a95','2026-11-23T20:35:55.625763Z','2026-11-23T20:35:55.625767Z','377b018ce9034d86b2f39da02f826b98',1,'Participation Annual Report','Annually, the Participation team will complete a report outlining the work that has been undertaken to hear the voice of our children and young people - to influence the service changes required to deliver a better care and support.');
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
INSERT INTO "approach_item" VALUES('a5cbebd2d5dd45c489c95c2b4ac69728','2026-11-23T20:35:55.624170Z','2026-11-23T20:35:55.624178Z','377b018ce9034d86b2f39da02f826b98',0,'Prevention and Early Intervention','we strive to prioritise prevention and early intervention to support children and families, giving them every opportunity to stay together. If care becomes necessary, we will explore options for children to live within the wider family and friends'' networks whenever possible.');
CREATE TABLE "commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "commitment" VALUES('8d78b7315b014556ab2f5b36f6a9e069','2026-11-23T20:35:55.626702Z','2026-11-23T20:35:55.626707Z','2066db3aa11b4a87b391b71a621734b0',0,'Ensure children feel involved in decision making about their lives through the child''s journey.');
INSERT INTO "commitment" VALUES('31e0d7b87560422ab17732cd57da3269','2026-11-23T20:35:55.626823Z','2026-11-23T20:35:55.626827Z','2066db3aa11b4a87b391b71a621734b0',1,'Increase the number of children who participate and attend the Children in Care Council Meeting.');
CREATE TABLE "condition_for_success" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "condition_for_success" VALUES('816d700d52134f54924ce1c8198979e8','2026-11-23T20:35:55.623884Z','2026-11-23T20:35:55.623891Z','377b018ce9034d86b2f39da02f826b98',0,'Demonstrating strong leadership and implementing rigorous performance management.');
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
INSERT INTO "context_figure" VALUES('55887b695e034f42882394454bf2c029','2026-11-23T20:35:55.625882Z','2026-11-23T20:35:55.625889Z','377b018ce9034d86b2f39da02f826b98',0,'Context in Cambridgeshire',706.0,'count','Children in Care','2024-12','');
INSERT INTO "context_figure" VALUES('e5a9cf2ad7bf428ebbb69efcc6bd0290','2026-11-23T20:35:55.626059Z','2026-11-23T20:35:55.626063Z','377b018ce9034d86b2f39da02f826b98',1,'Context in Cambridgeshire',412.0,'count','were male','2024-12','');
CREATE TABLE "delivery_team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "delivery_team" VALUES('8e43627996ac4226840d359ac4cc6f4b','2026-11-23T20:35:55.627051Z','2026-11-23T20:35:55.627056Z','377b018ce9034d86b2f39da02f826b98',0,'Participation team');
INSERT INTO "delivery_team" VALUES('d3dc6202b78344b4acb6047d2e0f885c','2026-11-23T20:35:55.627418Z','2026-11-23T20:35:55.627422Z','377b018ce9034d86b2f39da02f826b98',1,'Virtual School');
INSERT INTO "delivery_team" VALUES('6073d9a3f06643788adeca6186fd9d41','2026-11-23T20:35:55.627624Z','2026-11-23T20:35:55.627627Z','377b018ce9034d86b2f39da02f826b98',2,'Children in Care team');
INSERT INTO "delivery_team" VALUES('d66c1bb5a7744c5c9598a583e33718fc','2026-11-23T20:35:55.627817Z','2026-11-23T20:35:55.627820Z','377b018ce9034d86b2f39da02f826b98',3,'Care Leavers team');
INSERT INTO "delivery_team" VALUES('275b6478752442d79da365aa1dbc1759','2026-11-23T20:35:55.628019Z','2026-11-23T20:35:55.628022Z','377b018ce9034d86b2f39da02f826b98',4,'Independent Reviewing Officer Service');
INSERT INTO "delivery_team" VALUES('1ed2ea34793c4d77b1ee89f5f9ddc2c3','2026-11-23T20:35:55.628214Z','2026-11-23T20:35:55.628217Z','377b018ce9034d86b2f39da02f826b98',5,'Youth Offending Service');
INSERT INTO "delivery_team" VALUES('b5182a7063ff4af0a93ed845ea6c17d2','2026-11-23T20:35:55.628411Z','2026-11-23T20:35:55.628414Z','377b018ce9034d86b2f39da02f826b98',6,'Family Support and Safeguarding team');
INSERT INTO "delivery_team" VALUES('1bc665d4d9554d7d80b1c8fa7ce7dff7','2026-11-23T20:35:55.628677Z','2026-11-23T20:35:55.628680Z','377b018ce9034d86b2f39da02f826b98',7,'Fostering Service');
CREATE TABLE "good_parenting_trait" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "good_parenting_trait" VALUES('b7737bcf0fec4e7aad715954cfdba03a','2026-11-23T20:35:55.625509Z','2026-11-23T20:35:55.625514Z','377b018ce9034d86b2f39da02f826b98',0,'Has high aspirations for children and young people''s achievements');
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
INSERT INTO "governance_body" VALUES('3c287d7c360d4aa0bfc896138ead0572','2026-11-23T20:35:55.625240Z','2026-11-23T20:35:55.625246Z','377b018ce9034d86b2f39da02f826b98',0,'Corporate Parenting Sub-Committee','Provides vision, strategy and performance accountability');
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
INSERT INTO "narrative" VALUES('e51c1a4e6309492facf56f03f3b0edf5','2026-11-23T20:35:55.623528Z','2026-11-23T20:35:55.623540Z','377b018ce9034d86b2f39da02f826b98',0,'introduction','Introduction – Our strategy','A warm welcome to the Cambridgeshire Corporate Parenting Strategy 2025-2030

Corporate parenting is about everyone – elected members, council colleagues, and partner agencies – working together to provide the best support and protection for children in care. In Cambridgeshire County Council, the Corporate Parenting Sub-Committee brings everyone with Corporate Parenting responsibilities together, creating a welcoming space for our children, foster carers, and care leavers. Here, they can openly discuss and influence the entire range of services available to children and young people.

This strategy outlines our priorities for supporting our children in care and care leavers and establishes a framework that holds the council and their partners accountable for their promises and pledges. The Corporate Parenting Sub-Committee will diligently monitor our delivery against our strategy. Members will actively listen to young people and aim to ensure their happiness, health, access to quality education, and opportunities for training and employment. Additionally, it aims to ensure they have a home to go to when the time comes to live independently.

Our relational approach involves direct and routine engagement with children, their carers, and social workers, encouraging them to share experiences. This enables us to better understand the challenges they face and adapt services to meet their needs. Young people regularly provide feedback through statutory reviews, the Young Inspectors report, and the Children in Care Council/Voice.

Children’s experiences always form the core of our approach in Cambridgeshire County Council, with the strategy''s foundations set in consultation with our children and young people. Our priorities directly respond to The Cambridgeshire Promise, a list of commitments co-developed and endorsed by young people and endorsed by the Corporate Parenting Sub-Committee. We have further improved this by introducing our Pledges to care leavers.

In Cambridgeshire we care for our diverse group of children as corporate parents. We are committed to supporting each one of them in reaching their full potential, in line with their individual aspirations and goals. Every effort is made to ensure they have opportunities and encouragement they need to succeed. We are proud to have such a diverse group of children in our care and actively encourage everyone to feel confident and proud of who they are. Regardless of circumstances or characteristics, all our children and young people will receive the support they need to make every success of their lives.

At Cambridgeshire County Council, we understand that each child and young person has a unique history and vision for the future. This strategy seeks to ensure that their vision becomes a reality. Every child must be supported to reach their full potential, with no one left behind.');
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
INSERT INTO "pledge" VALUES('4f39eb2048d84df8994551ff94458685','2026-11-23T20:35:55.624942Z','2026-11-23T20:35:55.624949Z','377b018ce9034d86b2f39da02f826b98',0,'We are ambitious and optimistic about what you can achieve. We will nurture your aspirations and dreams by providing an easily accessible, up to date and inspiring Care Leaver Local Offer to enable you to reach your potential.

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
INSERT INTO "pledge_area" VALUES('b50b16536aed448ebb1c77ac0bfd1ce6','2026-11-23T20:35:55.625094Z','2026-11-23T20:35:55.625100Z','377b018ce9034d86b2f39da02f826b98',0,'Education and employment','We will work with local colleges, youth organisations, charities, universities and employers to make sure you have access to courses and opportunities so that you can achieve your potential in education and work.');
CREATE TABLE "principle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "strategy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("strategy_id") REFERENCES "strategy" ("id") ON DELETE CASCADE
);
INSERT INTO "principle" VALUES('5818264f6c774fd9ac83ebc20e5af92f','2026-11-23T20:35:55.624028Z','2026-11-23T20:35:55.624035Z','377b018ce9034d86b2f39da02f826b98',0,'Act in the best interests and promote the physical and mental health and well-being, of our children and young people.');
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
INSERT INTO "priority" VALUES('2066db3aa11b4a87b391b71a621734b0','2026-11-23T20:35:55.626202Z','2026-11-23T20:35:55.626210Z','377b018ce9034d86b2f39da02f826b98',0,1,'Voice of our children and young people','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of our services.','Children in our care who have experienced our services that we provide have an active role in care planning and contribute to the development of shaping future services.','The Participation team, the Virtual School, the Children in Care team, the Care Leavers team, the Independent Reviewing Officer Service, the Youth Offending Service, the Family Support and Safeguarding team and the Fostering Service.');
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
INSERT INTO "priority_delivery_team" VALUES('4c02d029e39d46be988509b68ff7b436','2026-11-23T20:35:55.627182Z','2026-11-23T20:35:55.627188Z','2066db3aa11b4a87b391b71a621734b0','8e43627996ac4226840d359ac4cc6f4b',0);
INSERT INTO "priority_delivery_team" VALUES('07d14be5ced5443ca120207c5a8eb632','2026-11-23T20:35:55.627521Z','2026-11-23T20:35:55.627524Z','2066db3aa11b4a87b391b71a621734b0','d3dc6202b78344b4acb6047d2e0f885c',1);
INSERT INTO "priority_delivery_team" VALUES('1e337ed5eb804c35a42b04304ae7907c','2026-11-23T20:35:55.627719Z','2026-11-23T20:35:55.627723Z','2066db3aa11b4a87b391b71a621734b0','6073d9a3f06643788adeca6186fd9d41',2);
INSERT INTO "priority_delivery_team" VALUES('bf2dae99edb742969d8a6759579ddac3','2026-11-23T20:35:55.627914Z','2026-11-23T20:35:55.627917Z','2066db3aa11b4a87b391b71a621734b0','d66c1bb5a7744c5c9598a583e33718fc',3);
INSERT INTO "priority_delivery_team" VALUES('e2b8ca2e025442798cb3a145b9f79062','2026-11-23T20:35:55.628117Z','2026-11-23T20:35:55.628120Z','2066db3aa11b4a87b391b71a621734b0','275b6478752442d79da365aa1dbc1759',4);
INSERT INTO "priority_delivery_team" VALUES('e57b9d0a3f65402aa981cce7c759beee','2026-11-23T20:35:55.628310Z','2026-11-23T20:35:55.628313Z','2066db3aa11b4a87b391b71a621734b0','1ed2ea34793c4d77b1ee89f5f9ddc2c3',5);
INSERT INTO "priority_delivery_team" VALUES('faf0a4a4c17e4be086346e1b0e38fb10','2026-11-23T20:35:55.628506Z','2026-11-23T20:35:55.628509Z','2066db3aa11b4a87b391b71a621734b0','b5182a7063ff4af0a93ed845ea6c17d2',6);
INSERT INTO "priority_delivery_team" VALUES('bf2b3e22f1da4aa2a0fdf351e15c76fb','2026-11-23T20:35:55.628776Z','2026-11-23T20:35:55.628779Z','2066db3aa11b4a87b391b71a621734b0','1bc665d4d9554d7d80b1c8fa7ce7dff7',7);
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
INSERT INTO "promise" VALUES('a39948dad11c469582c32459b1031153','2026-11-23T20:35:55.624462Z','2026-11-23T20:35:55.624468Z','377b018ce9034d86b2f39da02f826b98',0,1,'We will work to keep you safe and help you to keep yourself safe');
INSERT INTO "promise" VALUES('bfed32a4f04041e1bd1624b615b5ce0f','2026-11-23T20:35:55.624722Z','2026-11-23T20:35:55.624729Z','377b018ce9034d86b2f39da02f826b98',1,2,'We will do everything we can to make you feel cared about, valued, and respected as an individual');
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
INSERT INTO "related_plan" VALUES('382fa0c651694e2db6f4f4d9df9e2292','2026-11-23T20:35:55.624313Z','2026-11-23T20:35:55.624320Z','377b018ce9034d86b2f39da02f826b98',0,'Our co-produced Promise','a commitment to children in care.');
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
INSERT INTO "strategy" VALUES('377b018ce9034d86b2f39da02f826b98','2026-11-23T20:35:55.623199Z','2026-11-23T20:35:55.623211Z','Corporate Parenting Strategy','Cambridgeshire County Council',2023,2028,'2023-2028','Creating a greener, fairer and more caring Cambridgeshire','A shortened test copy','strategy-2023-2028-short.json','2026-11-23T20:35:55.623163Z',1);
CREATE TABLE "success_measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "success_measure" VALUES('fa0aeebf7d884ca88eefe51b0e485abf','2026-11-23T20:35:55.626929Z','2026-11-23T20:35:55.626934Z','2066db3aa11b4a87b391b71a621734b0',0,'Put into action the Care Leavers Pledge which has been co-produced with young people.');
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
INSERT INTO "way_of_working" VALUES('edb02f6bce014f98ade87eb958faca62','2026-11-23T20:35:55.625376Z','2026-11-23T20:35:55.625381Z','377b018ce9034d86b2f39da02f826b98',0,'Trauma informed and relationship based','We are committed to understanding the impact of trauma and building consistent and trusted relationships with children, young people, and families.');
CREATE TABLE "you_said" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    "priority_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("priority_id") REFERENCES "priority" ("id") ON DELETE CASCADE
);
INSERT INTO "you_said" VALUES('7ae366dbb08846f8a07e27ef0746c5d0','2026-11-23T20:35:55.626371Z','2026-11-23T20:35:55.626377Z','2066db3aa11b4a87b391b71a621734b0',0,'We want the feedback that we provide to make a difference');
INSERT INTO "you_said" VALUES('2bd3aa4e38bb40b78296241ebdca9853','2026-11-23T20:35:55.626497Z','2026-11-23T20:35:55.626501Z','2066db3aa11b4a87b391b71a621734b0',1,'We want to know how this will happen');
INSERT INTO "you_said" VALUES('bfcaf53aba774ad194cc6ef0a10a43f0','2026-11-23T20:35:55.626602Z','2026-11-23T20:35:55.626605Z','2066db3aa11b4a87b391b71a621734b0',2,'We want to know how our voice can be used to influence change');
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
COMMIT;

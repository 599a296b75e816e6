-- The competence framework as data (seed 003, §2.3, Bijlage 1 and 2), versioned: a scan keeps
-- the version it was answered on. Version 1 is seeded here verbatim from the seed; only obvious
-- typing errors are corrected (geijkwaardig, op te hoogte, refelctiecirkel, signaleer, a stray
-- quotation mark). Items refer to each other by their key within the version.

CREATE TABLE framework_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_number  INT          NOT NULL,
    scale_points    INT          NOT NULL,
    label_low       VARCHAR(80)  NOT NULL,
    label_high      VARCHAR(80)  NOT NULL,
    published_at    ${timestamp},
    created_at      ${timestamp} NOT NULL,
    CONSTRAINT uk_framework_version UNIQUE (version_number)
) ${table_options};

CREATE TABLE framework_axis (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    axis_number  INT          NOT NULL,
    area         VARCHAR(120) NOT NULL,
    role_name    VARCHAR(120),
    CONSTRAINT uk_framework_axis UNIQUE (version_id, axis_number),
    CONSTRAINT fk_framework_axis_version FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ${table_options};

-- form: SELF_SCAN, STUDENT_TEACHER, SCHOOL_TEACHER_EDUCATOR; kind: STATEMENT, SUB_STATEMENT, OPEN_QUESTION
CREATE TABLE framework_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT        NOT NULL,
    axis_number  INT           NOT NULL,
    form         VARCHAR(30)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    item_key     VARCHAR(10)   NOT NULL,
    sort_order   INT           NOT NULL,
    wording      VARCHAR(1000) NOT NULL,
    parent_key   VARCHAR(10),
    mirrors_key  VARCHAR(10),
    CONSTRAINT uk_framework_item UNIQUE (version_id, item_key),
    CONSTRAINT fk_framework_item_version FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ${table_options};

CREATE INDEX ix_framework_item_form ON framework_item (version_id, form, sort_order);

CREATE TABLE self_scan (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    version_id    BIGINT       NOT NULL,
    moment        VARCHAR(10)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    started_at    ${timestamp} NOT NULL,
    submitted_at  ${timestamp},
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_self_scan_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_self_scan_version FOREIGN KEY (version_id) REFERENCES framework_version (id)
) ${table_options};

CREATE INDEX ix_self_scan_person ON self_scan (person_id, status);

CREATE TABLE self_scan_answer (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    scan_id   BIGINT NOT NULL,
    item_id   BIGINT NOT NULL,
    answer    INT    NOT NULL,
    CONSTRAINT uk_self_scan_answer UNIQUE (scan_id, item_id),
    CONSTRAINT fk_self_scan_answer_scan FOREIGN KEY (scan_id) REFERENCES self_scan (id) ON DELETE CASCADE,
    CONSTRAINT fk_self_scan_answer_item FOREIGN KEY (item_id) REFERENCES framework_item (id)
) ${table_options};

-- Version 1, from the seed --------------------------------------------------------------------

INSERT INTO framework_version (version_number, scale_points, label_low, label_high, published_at, created_at)
VALUES (1, 7, 'helemaal mee oneens', 'helemaal mee eens', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO framework_axis (version_id, axis_number, area, role_name)
SELECT id, 1, 'Agogische bekwaamheden', 'begeleider' FROM framework_version WHERE version_number = 1;
INSERT INTO framework_axis (version_id, axis_number, area, role_name)
SELECT id, 2, 'Organisatorische bekwaamheden', 'bruggenbouwer' FROM framework_version WHERE version_number = 1;
INSERT INTO framework_axis (version_id, axis_number, area, role_name)
SELECT id, 3, 'Opleidingsdidactische bekwaamheden', 'poortwachter' FROM framework_version WHERE version_number = 1;
INSERT INTO framework_axis (version_id, axis_number, area, role_name)
SELECT id, 4, 'Opleidingsdidactische bekwaamheden', 'leraar van leraren' FROM framework_version WHERE version_number = 1;
INSERT INTO framework_axis (version_id, axis_number, area, role_name)
SELECT id, 5, 'Ontwikkelingsbekwaam', NULL FROM framework_version WHERE version_number = 1;

-- Bijlage 1: the self-scan, 19 statements.
INSERT INTO framework_item (version_id, axis_number, form, kind, item_key, sort_order, wording, parent_key, mirrors_key)
SELECT v.id, s.axis_number, 'SELF_SCAN', 'STATEMENT', s.item_key, s.sort_order, s.wording, NULL, NULL
FROM framework_version v,
(SELECT 1 AS axis_number, 'S01' AS item_key, 1 AS sort_order, 'Ik ben in staat een goede professionele relatie op te bouwen ten behoeve van het ontwikkelingsproces van de student.' AS wording
 UNION ALL SELECT 1, 'S02', 2, 'Ik pas mijn wijze van begeleiden aan op de behoefte en leerstijl van de student.'
 UNION ALL SELECT 1, 'S03', 3, 'Ik bied op coachende wijze begeleiding om de zelfsturing van de student stapsgewijs te stimuleren.'
 UNION ALL SELECT 1, 'S04', 4, 'Ik geef de student de ruimte om zelfstandig problemen op te lossen en een eigen stijl te ontwikkelen.'
 UNION ALL SELECT 1, 'S05', 5, 'Ik ondersteun de student bij het ontwikkelen van de eigen beroepsidentiteit door het voeren van (reflectie)gesprekken en het aanbieden van verschillende activiteiten.'
 UNION ALL SELECT 2, 'S06', 6, 'Ik heb regelmatig contact met de SO of IO over de voortgang van de student, ik signaleer tijdig knelpunten en benoem deze.'
 UNION ALL SELECT 2, 'S07', 7, 'Ik heb contact met collega’s binnen de eigen school en de opleidingsschool voor het efficiënt kunnen begeleiden van studenten.'
 UNION ALL SELECT 2, 'S08', 8, 'Ik bepaal samen met de student en SO/IO de leerdoelen en leeractiviteiten om deze te behalen.'
 UNION ALL SELECT 3, 'S09', 9, 'Ik stimuleer de student in het bijhouden van het ontwikkelproces en het opstellen van (wekelijkse) reflecties, verslagen en portfolio’s.'
 UNION ALL SELECT 3, 'S10', 10, 'Ik kan het niveau van de student signaleren binnen het curriculum en ga confronterende gesprekken niet uit de weg.'
 UNION ALL SELECT 4, 'S11', 11, 'Ik zet mijn eigen handelen als voorbeeld in, bied de student gelegenheid mijn lessen te observeren en leg uit welke keuzes ik heb gemaakt en waarom.'
 UNION ALL SELECT 4, 'S12', 12, 'Ik sta open voor kritische vragen rondom mijn eigen handelen vanuit observaties en interpretaties en ga hier graag over in gesprek met de student.'
 UNION ALL SELECT 4, 'S13', 13, 'Ik stel flexibele leerroutes op en stel concrete begeleidings- en opleidingsactiviteiten op ten behoeve van de eigen ontwikkelingsbehoefte van de student'
 UNION ALL SELECT 4, 'S14', 14, 'Ik draag kennis en ervaring over en ben een vraagbaak voor de student.'
 UNION ALL SELECT 4, 'S15', 15, 'Ik daag door middel van observatie, reflectie en feedback de student uit de verbinding tussen theorie en praktijk te leggen.'
 UNION ALL SELECT 5, 'S16', 16, 'Ik reflecteer bewust op mijn bekwaamheden als werkplekopleider en onderneem activiteiten om hierin te ontwikkelen.'
 UNION ALL SELECT 5, 'S17', 17, 'Ik herken en erken mijn eigen bekwaamheden als werkplekbegeleider en houd ze op peil.'
 UNION ALL SELECT 5, 'S18', 18, 'Ik neem actief deel aan bijeenkomsten rondom samen opleiden intern en/of extern.'
 UNION ALL SELECT 5, 'S19', 19, 'Ik toon een kritische houding ten opzichte van het samen opleiden en het eigen handelen als opleider en werk eraan dit voortdurend te verbeteren.'
) s
WHERE v.version_number = 1;

-- Bijlage 2, first form: feedback from the student teacher, with sub-statements and a feed-forward
-- question per area. mirrors_key: the self-scan statement it asks about ('' in the list = none).
INSERT INTO framework_item (version_id, axis_number, form, kind, item_key, sort_order, wording, parent_key, mirrors_key)
SELECT v.id, t.axis_number, 'STUDENT_TEACHER', t.kind, t.item_key, t.sort_order, t.wording, NULLIF(t.parent_key, ''), NULLIF(t.mirrors_key, '')
FROM framework_version v,
(SELECT 1 AS axis_number, 'STATEMENT' AS kind, 'T01' AS item_key, 1 AS sort_order, 'De wpb is in staat een goede professionele relatie op te bouwen ten behoeve van het ontwikkelingsproces van de student.' AS wording, '' AS parent_key, 'S01' AS mirrors_key
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T01a', 2, 'De relatie is gelijkwaardig.', 'T01', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T01b', 3, 'De wpb zoekt actief naar verbinding met mij.', 'T01', ''
 UNION ALL SELECT 1, 'STATEMENT', 'T02', 4, 'De wpb past zijn/haar wijze van begeleiden aan op de behoefte en leerstijl van de student.', '', 'S02'
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T02a', 5, 'De wpb daagt me uit om verder te komen in mijn ontwikkeling.', 'T02', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T02b', 6, 'De wpb heeft oog voor mijn manier van leren.', 'T02', ''
 UNION ALL SELECT 1, 'STATEMENT', 'T03', 7, 'De wpb biedt op coachende wijze begeleiding om de zelfsturing van de student stapsgewijs te stimuleren.', '', 'S03'
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T03a', 8, 'De wpb laat mij zelf nadenken over activiteiten om mezelf te ontwikkelen', 'T03', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T03b', 9, 'Voert regelmatig een gesprek over de voortgang waarbij mijn eigen reflectie centraal staat', 'T03', ''
 UNION ALL SELECT 1, 'STATEMENT', 'T04', 10, 'De wpb geeft de student de ruimte om zelfstandig problemen op te lossen en een eigen stijl te ontwikkelen.', '', 'S04'
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T04a', 11, 'De wpb laat me fouten maken zowel in de les als in de voorbereiding.', 'T04', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T04b', 12, 'De wpb biedt ruimte om nieuwe dingen te proberen.', 'T04', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T04c', 13, 'De wpb verkent samen met mij meerdere oplossingen voor een probleem.', 'T04', ''
 UNION ALL SELECT 1, 'STATEMENT', 'T05', 14, 'De wpb ondersteunt de student bij het ontwikkelen van de eigen beroepsidentiteit door het voeren van (reflectie)gesprekken en het aanbieden van verschillende activiteiten.', '', 'S05'
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T05a', 15, 'De wpb laat mij kennismaken met alle aspecten van het beroep van leraar.', 'T05', ''
 UNION ALL SELECT 1, 'SUB_STATEMENT', 'T05b', 16, 'De wpb laat mij reflecteren op mijn rol ten aanzien van collega’s (leidinggevende, concierge, zorg, vakcollega’s).', 'T05', ''
 UNION ALL SELECT 1, 'OPEN_QUESTION', 'TF1', 17, 'Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?', '', ''
 UNION ALL SELECT 2, 'STATEMENT', 'T06', 18, 'De wpb heeft regelmatig contact met mijn SO en IO over mijn voortgang.', '', 'S06'
 UNION ALL SELECT 2, 'STATEMENT', 'T07', 19, 'De wpb overlegt met andere werkplekbegeleiders over de begeleiding van studenten.', '', 'S07'
 UNION ALL SELECT 2, 'STATEMENT', 'T08', 20, 'De wpb bepaalt samen met mij en SO/IO de leerdoelen.', '', 'S08'
 UNION ALL SELECT 2, 'STATEMENT', 'T09', 21, 'De wpb bepaalt samen met mij leeractiviteiten om de doelen te behalen.', '', 'S08'
 UNION ALL SELECT 2, 'OPEN_QUESTION', 'TF2', 22, 'Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?', '', ''
 UNION ALL SELECT 3, 'STATEMENT', 'T10', 23, 'De wpb maakt met mij afspraken over het documenteren van het ontwikkelproces, zoals opstellen van (wekelijkse) reflecties, verslagen en portfolio’s.', '', 'S09'
 UNION ALL SELECT 3, 'STATEMENT', 'T11', 24, 'De wpb kan mijn niveau signaleren en gaat confronterende gesprekken niet uit de weg.', '', 'S10'
 UNION ALL SELECT 3, 'STATEMENT', 'T12', 25, 'De wpb geeft duidelijk aan of ik het gewenste niveau heb bereikt.', '', 'S10'
 UNION ALL SELECT 3, 'OPEN_QUESTION', 'TF3', 26, 'Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?', '', ''
 UNION ALL SELECT 4, 'STATEMENT', 'T13', 27, 'Mijn wpb is een voorbeeld voor mij als aankomende leraar. Bijvoorbeeld door:', '', 'S11'
 UNION ALL SELECT 4, 'SUB_STATEMENT', 'T13a', 28, 'Samen lessen voor te bereiden en keuzes toe te lichten.', 'T13', ''
 UNION ALL SELECT 4, 'SUB_STATEMENT', 'T13b', 29, 'Observaties te vergelijken en te bespreken.', 'T13', ''
 UNION ALL SELECT 4, 'STATEMENT', 'T14', 30, 'De wpb staat open voor kritische vragen rondom zijn/haar handelen vanuit observaties en interpretaties en gaat hier graag met mij over in gesprek.', '', 'S12'
 UNION ALL SELECT 4, 'STATEMENT', 'T15', 31, 'De wpb stelt flexibele leerroutes op en stelt concrete begeleidings- en opleidingsactiviteiten op ten behoeve van mijn ontwikkelingsbehoefte.', '', 'S13'
 UNION ALL SELECT 4, 'SUB_STATEMENT', 'T15a', 32, 'De wpb stelt leeractiviteiten voor en geeft aan wat hij/zij verwacht van mij te zien.', 'T15', ''
 UNION ALL SELECT 4, 'STATEMENT', 'T16', 33, 'De wpb draagt kennis en ervaring over en is een vraagbaak voor mij.', '', 'S14'
 UNION ALL SELECT 4, 'SUB_STATEMENT', 'T16a', 34, 'De wpb laat merken op de hoogte te zijn van (recente) ontwikkelingen op het gebied van vakdidactiek en pedagogiek', 'T16', ''
 UNION ALL SELECT 4, 'STATEMENT', 'T17', 35, 'De wpb daagt mij door middel van observatie, reflectie en feedback uit de verbinding tussen theorie en praktijk te leggen.', '', 'S15'
 UNION ALL SELECT 4, 'SUB_STATEMENT', 'T17a', 36, 'De wpb doorloopt met mij de reflectiecirkel en laat daarin de theorie en de praktijk samenkomen.', 'T17', ''
 UNION ALL SELECT 4, 'OPEN_QUESTION', 'TF4', 37, 'Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?', '', ''
 UNION ALL SELECT 5, 'STATEMENT', 'T18', 38, 'De wpb vraagt feedback van mij over de begeleiding.', '', 'S16'
 UNION ALL SELECT 5, 'STATEMENT', 'T19', 39, 'De wpb werkt aan zijn/haar eigen ontwikkeling door zich bijvoorbeeld te verdiepen in mijn opleiding, onze literatuur of het bijwonen van scholingsbijeenkomsten voor wpb’s.', '', 'S18'
 UNION ALL SELECT 5, 'OPEN_QUESTION', 'TF5', 40, 'Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?', '', ''
) t
WHERE v.version_number = 1;

-- Bijlage 2, second form: feedback from the schoolopleider, the 19 statements in the third person.
INSERT INTO framework_item (version_id, axis_number, form, kind, item_key, sort_order, wording, parent_key, mirrors_key)
SELECT v.id, o.axis_number, 'SCHOOL_TEACHER_EDUCATOR', 'STATEMENT', o.item_key, o.sort_order, o.wording, NULL, o.mirrors_key
FROM framework_version v,
(SELECT 1 AS axis_number, 'O01' AS item_key, 1 AS sort_order, 'De wpb is in staat een goede professionele relatie op te bouwen ten behoeve van het ontwikkelingsproces van de student.' AS wording, 'S01' AS mirrors_key
 UNION ALL SELECT 1, 'O02', 2, 'De wpb past zijn/haar wijze van begeleiden aan op de behoefte en leerstijl van de student.', 'S02'
 UNION ALL SELECT 1, 'O03', 3, 'De wpb biedt op coachende wijze begeleiding om de zelfsturing van de student stapsgewijs te stimuleren.', 'S03'
 UNION ALL SELECT 1, 'O04', 4, 'De wpb geeft de student de ruimte om zelfstandig problemen op te lossen en een eigen stijl te ontwikkelen.', 'S04'
 UNION ALL SELECT 1, 'O05', 5, 'De wpb ondersteunt de student bij het ontwikkelen van de eigen beroepsidentiteit door het voeren van (reflectie)gesprekken en het aanbieden van verschillende activiteiten.', 'S05'
 UNION ALL SELECT 2, 'O06', 6, 'De wpb heeft regelmatig contact met de SO of IO over de voortgang van de student, hij/zij signaleert tijdig knelpunten en benoemt deze.', 'S06'
 UNION ALL SELECT 2, 'O07', 7, 'De wpb heeft contact met collega’s binnen de eigen school en de opleidingsschool voor het efficiënt kunnen begeleiden van studenten.', 'S07'
 UNION ALL SELECT 2, 'O08', 8, 'De wpb bepaalt samen met de student en SO/IO de leerdoelen en leeractiviteiten om deze te behalen.', 'S08'
 UNION ALL SELECT 3, 'O09', 9, 'De wpb stimuleert de student in het bijhouden van het ontwikkelproces en het opstellen van (wekelijkse) reflecties, verslagen en portfolio’s.', 'S09'
 UNION ALL SELECT 3, 'O10', 10, 'De wpb kan het niveau van de student signaleren binnen het curriculum en gaat confronterende gesprekken niet uit de weg.', 'S10'
 UNION ALL SELECT 4, 'O11', 11, 'De wpb zet zijn/haar eigen handelen als voorbeeld in, biedt de student gelegenheid lessen te observeren en legt uit welke keuzes hij/zij heeft gemaakt en waarom.', 'S11'
 UNION ALL SELECT 4, 'O12', 12, 'De wpb staat open voor kritische vragen rondom zijn/haar handelen vanuit observaties en interpretaties en gaat hier graag over in gesprek met de student.', 'S12'
 UNION ALL SELECT 4, 'O13', 13, 'De wpb stelt flexibele leerroutes op en stelt concrete begeleidings- en opleidingsactiviteiten op ten behoeve van de eigen ontwikkelingsbehoefte van de student', 'S13'
 UNION ALL SELECT 4, 'O14', 14, 'De wpb draagt kennis en ervaring over en is een vraagbaak voor de student.', 'S14'
 UNION ALL SELECT 4, 'O15', 15, 'De wpb daagt door middel van observatie, reflectie en feedback de student uit de verbinding tussen theorie en praktijk te leggen.', 'S15'
 UNION ALL SELECT 5, 'O16', 16, 'De wpb reflecteert bewust op zijn/haar bekwaamheden als werkplekopleider en onderneemt activiteiten om hierin te ontwikkelen.', 'S16'
 UNION ALL SELECT 5, 'O17', 17, 'De wpb herkent en erkent zijn/haar eigen bekwaamheden als werkplekbegeleider en houdt ze op peil.', 'S17'
 UNION ALL SELECT 5, 'O18', 18, 'De wpb neemt actief deel aan bijeenkomsten rondom samen opleiden intern en/of extern.', 'S18'
 UNION ALL SELECT 5, 'O19', 19, 'De wpb toont een kritische houding ten opzichte van het samen opleiden en het eigen handelen als opleider en werkt eraan dit voortdurend te verbeteren.', 'S19'
) o
WHERE v.version_number = 1;

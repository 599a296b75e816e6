-- Issue 12 §2: the library seeded from the sources, as usable tools rather than pasted text, and
-- the tables of its two interactive tools (checklists and card decks).
--
-- Every seeded item is the partnership's, has no author and names its source in source_name.
-- The wording is the sources' own, quoted verbatim (Dutch, whatever the interface language);
-- only the line-end hyphenation of the PDF texts is joined, tabs inside sentences are spaces, and
-- obvious typing errors are corrected (seed 000: "dezeontmoeting" and its question printed twice;
-- seed 003: "Stap1", "onderscheid" for "onderscheidt", "ingezet in" for "ingezet worden in").
-- Section headings are the sources' where they have one; the headings "Materiaal", "Gebruik",
-- "In Leerkring" and "Over deze bron" and their texts are ours, as are the "Werkvorm n (duur)."
-- openings of the work forms' descriptions.
-- LibrarySeedReferenceTest reads this file and checks titles, checklist entries and cards against
-- the seed documents.
--
-- Seed 004 describes its step plan and its two sets of question cards but does not contain them
-- (they are appendices of the report that are not in the source text): the step plan is seeded
-- with what the text says of it, the question cards are not seeded. The card deck tool is seeded
-- with seed 002's example questions for a reflective dialogue, one set per research phase.

-- The tools ----------------------------------------------------------------------------------

-- A checklist's entries, in order (item.tool = CHECKLIST).
CREATE TABLE library_checklist_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    entry_number  INT           NOT NULL,
    wording       VARCHAR(300)  NOT NULL,
    explanation   VARCHAR(2000),
    CONSTRAINT uk_library_checklist_entry UNIQUE (item_id, entry_number),
    CONSTRAINT fk_library_checklist_entry_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

-- A person's filled-in checklist: private to them, kept each time they save, so that they can
-- compare fills over time. Seed 001 §4.4: "ruimte om te scoren waar er voldoende aandacht voor of
-- voldoende beeld over is (geweest) en waar er ruimte is voor verbetering".
CREATE TABLE library_checklist_fill (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id    BIGINT        NOT NULL,
    person_id  BIGINT        NOT NULL,
    saved_at   ${timestamp}  NOT NULL,
    note       VARCHAR(2000),
    CONSTRAINT fk_library_checklist_fill_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_checklist_fill_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_library_checklist_fill_person ON library_checklist_fill (person_id, item_id, saved_at);

-- judgement: SUFFICIENT (voldoende aandacht), IMPROVE (ruimte voor verbetering), NOT_APPLICABLE.
-- An entry left open has no row.
CREATE TABLE library_checklist_answer (
    fill_id    BIGINT       NOT NULL,
    entry_id   BIGINT       NOT NULL,
    judgement  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (fill_id, entry_id),
    CONSTRAINT fk_library_checklist_answer_fill FOREIGN KEY (fill_id) REFERENCES library_checklist_fill (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_checklist_answer_entry FOREIGN KEY (entry_id) REFERENCES library_checklist_entry (id) ON DELETE CASCADE
) ${table_options};

-- A card deck's sets and their cards, in order (item.tool = CARD_DECK).
CREATE TABLE library_card_set (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    set_number  INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    CONSTRAINT uk_library_card_set UNIQUE (item_id, set_number),
    CONSTRAINT fk_library_card_set_item FOREIGN KEY (item_id) REFERENCES library_item (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE library_card (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    set_id       BIGINT        NOT NULL,
    card_number  INT           NOT NULL,
    wording      VARCHAR(500)  NOT NULL,
    CONSTRAINT uk_library_card UNIQUE (set_id, card_number),
    CONSTRAINT fk_library_card_set FOREIGN KEY (set_id) REFERENCES library_card_set (id) ON DELETE CASCADE
) ${table_options};

-- A person's favourite cards: at most one mark per person and card.
CREATE TABLE library_card_favourite (
    person_id  BIGINT       NOT NULL,
    card_id    BIGINT       NOT NULL,
    marked_at  ${timestamp} NOT NULL,
    PRIMARY KEY (person_id, card_id),
    CONSTRAINT fk_library_card_favourite_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_card_favourite_card FOREIGN KEY (card_id) REFERENCES library_card (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_library_card_favourite_card ON library_card_favourite (card_id);

-- Seed 003, Bijlage 3: the six work forms ---------------------------------------------------

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-kalibreren-bekwaamheden', 'Kalibreren: bekwaamheden werkplekopleider',
'Werkvorm 1 (60 min.). Interactieve werkvormen in de bijeenkomsten zijn heel belangrijk om de betrokkenheid van de deelnemers te vergroten.',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 1',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- The brief's title: a browser test searches "Kalibreren leeruitkomsten"; the seed's heading is
-- "Kalibreren: leeruitkomsten aanstaande leraar" and opens the description.
INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-kalibreren-leeruitkomsten', 'Kalibreren leeruitkomsten',
'Kalibreren: leeruitkomsten aanstaande leraar (60 min.). Bovenstaande werkvorm kan je ook gebruiken voor leeruitkomsten per stagesoort.',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 2',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-waarderen-begeleiding', 'Waarderen verschillende vormen van begeleiding/ opleidingsdidactiek',
'Werkvorm 3 (30 tot 60 min.). De werkvorm is geïnspireerd door onderzoek naar adaptief begeleiden en verschillende begeleidingsactiviteiten. De copyright van deze werkvorm ligt bij de Radboud Docenten Academie, die deze werkvorm ontwikkeld heeft.',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 3',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-identiteitsontwikkeling', 'Onderzoekende dialoog identiteitsontwikkeling bij adolescenten',
'Werkvorm 4 (60 min.; werkvorm www.musework.nl). Deelnemers ruilen brieven en lezen de brief van een andere deelnemer.',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 4',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-eigen-deelnemers', 'Onderzoekende dialoog: de eigen deelnemers aan het woord',
'Werkvorm 5. Maak gebruik van de expertise binnen de groep.',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 5',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('werkvorm-interventiemogelijkheden', 'Interventiemogelijkheden onderzoeken bij verschillende situaties',
'Werkvorm 6 (60 min.). Welke interventiemogelijkheden heb je in deze situaties als werkplekopleider?',
'WORK_FORM', NULL,
'Van werkplekbegeleider naar werkplekopleider (Platform Samen Opleiden & Professionaliseren, 2024), Bijlage 3, werkvorm 6',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Werkvorm 1
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Stap 1 Bekwaamheden verkennen (15 min.)',
'Iedere deelnemer krijgt een blad met de bekwaamheidsgebieden van de werkplekopleider. Per bekwaamheidsgebied noteren de deelnemers voor zichzelf welk concreet gedrag zij verwachten van een begeleider die deze vaardigheid goed beheerst.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-bekwaamheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Stap 2 Beelden afstemmen (30 min.; in groepjes of tweetallen)',
'Elk groepje noteert minimaal drie concrete gedragingen op een flip-over of digitale poster die een werkplekopleider vertoont bij een bepaalde bekwaamheid.

Bijvoorbeeld bij agogische bekwaamheden:
• De werkplekbegeleider stelt open vragen en laat stiltes vallen zodat de aanstaande leraar zelf reflecteert.
• Hij geeft de aanstaande leraar de ruimte om een eigen lesaanpak te proberen en reflecteert daarna samen.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-bekwaamheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Stap 3 plenair (15 min.)',
'De groepen delen hun ideeën. Daarna vult de facilitator de lijst aan met gedragingen die nog niet genoemd zijn. De groep is zich er immers vaak niet van bewust wat zij nog kunnen leren, slechts wat zij al weten.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-bekwaamheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Materiaal',
'• Een blad met de bekwaamheidsgebieden van de werkplekopleider, voor iedere deelnemer.
• Een flip-over of digitale poster per groepje.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-bekwaamheden';

-- Werkvorm 2
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Werkwijze',
'Bovenstaande werkvorm kan je ook gebruiken voor leeruitkomsten per stagesoort. Volg de stappen van werkvorm 1 (Kalibreren: bekwaamheden werkplekopleider).

Kies per groepje één stagesoort, bijvoorbeeld:
• Eerstejaars hbo-stage
• Eenjarige master

Niet alle groepsleden hoeven ervaring te hebben met deze specifieke stagesoort. Juist door uitwisseling leren zij van elkaar en doen ze nieuwe inzichten op.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-leeruitkomsten';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Materiaal',
'• De leeruitkomsten van de gekozen stagesoort.
• Een flip-over of digitale poster per groepje.'
FROM library_item WHERE seed_key = 'werkvorm-kalibreren-leeruitkomsten';

-- Werkvorm 3
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Stap 1 Verkennen vormen van opleidingsdidactiek',
'De deelnemers leggen voor zichzelf de kaartjes met verschillende begeleidingsmogelijkheden in het blauwe kwadrant. Hiermee bepalen zij welke begeleidingsvormen zij toepassen en welke niet (horizontale as) en of deze begeleidingsvormen een hoog of laag rendement hebben (verticale as).'
FROM library_item WHERE seed_key = 'werkvorm-waarderen-begeleiding';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Stap 2 In gesprek over de inzichten',
'In twee- tot viertallen voeren de deelnemers een gesprek over de gelegde kaarten.
• Wat valt op?
• Wat wordt veel of weinig gebruikt?
• Waar komt dit door? Is er sprake van ongemak of mogelijk onwetendheid?

Het groene kwadrant kan vervolgens ingezet worden in de begeleiding. De student legt daarbij de kaartjes op het assenstelsel. De verticale as (leerzaam/niet leerzaam) blijft gelijk, de horizontale as onderscheidt of de student een activiteit als oncomfortabel of juist als prettig en comfortabel ervaart. Dit helpt om in een vroeg stadium het gesprek aan te gaan over wederzijdse verwachtingen in het begeleidingsproces.'
FROM library_item WHERE seed_key = 'werkvorm-waarderen-begeleiding';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Stap 3 Conclusie trekken plenair',
'Deelnemers delen de inzichten en bepalen waar zij meer aandacht aan willen besteden. Misschien willen zij een bepaalde begeleidingsvorm vaker toepassen, intensiveren of juist minder inzetten.'
FROM library_item WHERE seed_key = 'werkvorm-waarderen-begeleiding';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Materiaal',
'• Kaartjes met verschillende begeleidingsmogelijkheden.
• Een blauw kwadrant (toepassen of niet; hoog of laag rendement) en een groen kwadrant (leerzaam of niet; oncomfortabel of prettig) om de kaartjes op te leggen.'
FROM library_item WHERE seed_key = 'werkvorm-waarderen-begeleiding';

-- Werkvorm 4
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Vooraf',
'Deelnemers lezen relevante literatuur over de identiteitsontwikkeling van jongeren (bijvoorbeeld Erikson, Marcia, De Wilde en Theunissen)'
FROM library_item WHERE seed_key = 'werkvorm-identiteitsontwikkeling';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Stap 1 inzicht opschrijven (15 min.)',
'Iedere deelnemer schrijft (eventueel anoniem) een brief, waarin zij reflecteren op bijvoorbeeld:
• Wat hen het meest is bijgebleven uit de literatuur over identiteitsontwikkeling.
• Hoe deze kennis hen helpt om adolescenten beter te begrijpen.
• Welke verbinding zij zien met het begeleiden van aanstaande leraren.
• Eventuele vragen of dilemma’s die zij willen voorleggen aan een andere deelnemer. Koppel deze inzichten aan de praktijk van het begeleiden van aanstaande leraren.'
FROM library_item WHERE seed_key = 'werkvorm-identiteitsontwikkeling';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Stap 2 Brieven beantwoorden (30 min.)',
'Deelnemers ruilen brieven en lezen de brief van een andere deelnemer. Vervolgens schrijven ze een antwoord waarin zij:
• Reageren op de vragen en inzichten van de ander.
• Nieuwe perspectieven of praktijkvoorbeelden inbrengen.
• Kritische reflecties toevoegen en eventuele tegenargumenten formuleren.

Deze ronde kan eventueel worden herhaald.'
FROM library_item WHERE seed_key = 'werkvorm-identiteitsontwikkeling';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Stap 3 In kleine groepen of plenair bespreken (15 min.)',
'• Wat heeft de brievenwisseling jullie opgeleverd?
• Hoe is jullie begrip van identiteitsontwikkeling en begeleiding veranderd of verdiept?
• Hoe kunnen jullie deze inzichten in de praktijk toepassen?'
FROM library_item WHERE seed_key = 'werkvorm-identiteitsontwikkeling';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 5, 'Materiaal',
'• Relevante literatuur over de identiteitsontwikkeling van jongeren.
• Papier voor een brief.'
FROM library_item WHERE seed_key = 'werkvorm-identiteitsontwikkeling';

-- Werkvorm 5
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Werkwijze',
'Maak gebruik van de expertise binnen de groep. In de deelnemers van het traject dat centraal staat in dit katern was er veel kennis van NLP en Didactisch coachen. Deze kennis is gedeeld en vervolgens hebben de deelnemers de volgende vraag gezamenlijk verkend: hoe kunnen deze inzichten worden ingezet bij de begeleiding van aanstaande leraren?'
FROM library_item WHERE seed_key = 'werkvorm-eigen-deelnemers';

-- Werkvorm 6
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Doel',
'De deelnemers wilden graag oefenen met situaties en interventies die zij zelf (nog) niet hadden meegemaakt, maar die wel kunnen voorkomen in het begeleiden van aanstaande leraren. Welke interventiemogelijkheden heb je in deze situaties als werkplekopleider?'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Stap 1 situaties omschrijven (5-10 minuten)',
'Beschrijf individueel zoveel mogelijk situaties die je met aanstaande leraren kan meemaken en waar je als werkplekopleider mee aan de slag moet. Bijvoorbeeld: een ongepaste kledingstijl, een niet voorbereide les, verder gevorderd zijn dan gebruikelijk is in deze fase van de opleiding, te laat komen, moeite hebben met orde houden, niet reflecteren op papier.'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Stap 2 groeperen (15 min.)',
'Groepeer de situaties en leg overlappende situaties bij elkaar.'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Stap 3 Interventies formuleren (10 min.)',
'Bedenk individueel bij elke situatie zoveel mogelijk verschillende interventies.'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 5, 'Stap 4 Bespreken (25 min.)',
'Bespreek de verschillende interventies. Brengt het nieuwe inzichten? Wat wil je daarmee doen?'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 6, 'Verdiepingsmogelijkheden',
'• Koppel de interventies aan de bekwaamheden van de aanstaande leraar. Welke kerncompetenties spelen een rol?
• Bepaal welke bekwaamheden van de werkplekopleider worden ingezet bij bepaalde interventies.
• Reflecteer: welke interventies pas je het snelst toe? Wat zegt dat over je eigen bekwaamheden? Waarin kun je jezelf verder ontwikkelen?'
FROM library_item WHERE seed_key = 'werkvorm-interventiemogelijkheden';

-- Seed 000: the collegial-feedback conversation guide (the duos' conversation page follows it) ----

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('collegiale-feedback', 'Collegiale feedback: gespreksleidraad',
'De gespreksleidraad met de werkwijze en voorbeeldvragen is een hulpmiddel om elkaar verdiepende en reflectieve vragen te stellen die helpen om te reflecteren/na te denken over complexe of cruciale begeleidingssituaties. In Leerkring leggen de duo''s hun collegiale feedbackgesprekken langs deze leidraad vast.',
'CONVERSATION_TOOL', NULL,
'Collegiale feedback (Van Dijk, Keijzer, Lohman & van der Aa, Kansrijke Entree, Hogeschool Rotterdam, 2023), Werkwijze en Gespreksleidraad',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Doel en opbrengsten',
'Collegiale feedback heeft als doel het stimuleren van passende begeleiding door uitwisseling tussen professionals over de invulling en aanpak van begeleiding. De gesprekken dragen bij aan:
• Bewustwording van eigen handelen en vergroting handelingsrepertoire;
• Meer gemeenschappelijkheid in opvattingen over principes voor passende begeleiding en toepassing van deze principes in de praktijk, bij uiteenlopende studenten en praktijksituaties;
• Uitwisselen van kennis en expertise;
• Uitbreiding van netwerk.'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Werkwijze',
'WAT
• Gesprek over een ervaring met een student of met een andere begeleider
• De ervaring komt voort uit een ontmoeting of gebeurtenis
• Onderwerp is het professioneel handelen van de begeleider
• Aandacht voor belangrijke kenmerken van goede begeleiding of samenwerking

HOE
• In koppels van begeleiders
• Laagdrempelig – op praktische momenten en plaatsen
• Eigen inbreng van ervaring, ontmoeting, gebeurtenis
• A = de ‘interviewer’, B = de ‘verteller’
• A let erop dat belangrijke kenmerken van begeleiding worden besproken
• A leidt het gesprek met een startvraag, vervolgvragen en reflectieve vragen
• B antwoordt en reageert op alle vragen voor zover deze dat wil'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Vooraf',
'• Afspraak over dag en tijdstip van gesprek
• Denk alvast na over een ontmoeting die je kortgeleden had'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Inchecken en startvraag',
'INCHECKEN
• Komt het gelegen? Plaats, tijd, stress

STARTVRAAG
A. Welke ontmoeting die je afgelopen week hebt gehad met een student of een andere begeleider, wil je bespreken?
B. Vertelt over de ontmoeting, kort maar compleet
• Wat gebeurde er? Wat was er aan de hand?
• Hoe heb je de begeleiding aangepakt?
• Aanleiding
• Achtergrond / situatie, student
• Context (klas, werkvloer, koffieautomaat enz.)'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 5, 'Vervolgvragen',
'A. Luistert eerst goed naar het verhaal. Stelt indien nodig verhelderende vragen om de casus goed te begrijpen, bijvoorbeeld:
• Wat was de aanleiding voor de ontmoeting? Wat ging eraan vooraf?
• Hoe heb je de begeleiding aangepakt?

A. Gaat dieper in op specifieke begeleidingskenmerken. Hoe kijk je naar deze ontmoeting als het gaat om …
1. Aandacht hebben voor de relatie met de student (interesse tonen, vertrouwen schenken)?
2. Een goed beeld hebben van de student? Wat de student kan en wil in leren en werk? Wat zijn eventuele belemmerende persoonlijke omstandigheden?
3. Inspelen op de behoeften van de student?
4. Uitspreken van verwachtingen naar de student en afspraken
5. Jouw benaderbaarheid (frequent en informeel contact)
6. Stimuleren van de autonomie van de student
7. Positieve en progressiegerichte benadering
8. Volhoudende houding

Denk daarbij aan belangrijke kenmerken voor samenwerking met andere begeleiders:
• Samen optrekken – match student/stageplek, tijdige info, pedagogische lijn
• Regie, taken, verantwoordelijkheden – onderlinge verwachtingen en afspraken over wie wat doet/moet doen
• Kennis en expertise van elkaar benutten

B. Geeft aanvullende antwoorden en gaat dieper in op de verschillende begeleidingskenmerken die van toepassing zijn'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 6, 'Verdieping',
'A. Stelt enkele vragen die uitnodigen om te reflecteren op het handelen van B. Stel alleen open vragen (begin de vraag niet met een werkwoord). Bijvoorbeeld:
• Welke invloed had jij, en welke had(den) de ander of anderen in deze ontmoeting?
• Waar vind jij dat je anders had kunnen of moeten handelen? Welke alternatieven kan je bedenken?
• Welke uitkomst had je liever gehad? Hoe kan je daar een volgende keer op aansturen?
• Wat zit je dwars?
• Hoe kan je deze (niet zo positieve) ervaring ombuigen tot een positieve?

B. Geeft antwoord op een vraag (of meerdere vragen)'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 7, 'Check en afsluiting',
'CHECK
A. Trekt conclusies en checkt waar de kern zit: Zit het probleem in …?
B. Reageert
A. (indien gewenst of van toepassing) Deelt eigen ervaringen, geeft tips, advies, doet suggesties enz.

AFSLUITING
A en B Wisselen inzichten uit die zij hebben opgedaan
B Benoemt welke actie(s) deze gaat ondernemen
B Benoemt wat deze gaat veranderen of welke andere aanpak in begeleiding deze gaat uitproberen'
FROM library_item WHERE seed_key = 'collegiale-feedback';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 8, 'In Leerkring',
'Duo''s gebruiken deze leidraad: via Reflecties en dan het gesprek van hun duo leggen zij bij elke stap vast wat er besproken is. Alleen de twee partners lezen die aantekeningen.'
FROM library_item WHERE seed_key = 'collegiale-feedback';

-- Seed 001: the two checklists ---------------------------------------------------------------

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('checklist-begeleiding', 'Checklist individuele begeleiding: acht kenmerken van passende begeleiding',
'De begeleider kan de checklist voorafgaand aan een gesprek gebruiken, tijdens een gesprek of na afloop van een gesprek. Vooraf kan de checklist behulpzaam zijn om te checken waar de begeleider (meer) aandacht aan moet besteden. Tijdens het gesprek kan de checklist als hulpmiddel dienen om niets te vergeten. Na afloop van een gesprek kan de checklist helpen om te reflecteren op de inzet als begeleider of als collega-begeleider.',
'CHECKLIST', 'CHECKLIST',
'Kansrijke Entree, onderzoeksrapport (Hogeschool Rotterdam), §4.1 Acht kenmerken voor individuele begeleiding, §4.4 Twee checklists en Bijlage 3',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('checklist-samenwerking', 'Checklist professionele samenwerking: zes kenmerken voor effectieve samenwerking',
'De checklists kunnen individueel gebruikt worden of als begeleidend koppel. In de checklist is er ruimte om te scoren waar er voldoende aandacht voor of voldoende beeld over is (geweest) en waar er ruimte is voor verbetering.',
'CHECKLIST', 'CHECKLIST',
'Kansrijke Entree, onderzoeksrapport (Hogeschool Rotterdam), §4.1 Zes kenmerken voor effectieve samenwerking, §4.4 Twee checklists en Bijlage 3',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Gebruik',
'Vul de checklist in: per kenmerk voldoende aandacht, ruimte voor verbetering of niet van toepassing. Elke keer dat je opslaat, wordt een nieuwe invulling bewaard; alleen jij ziet je invullingen en je kunt ze met elkaar vergelijken.'
FROM library_item WHERE seed_key IN ('checklist-begeleiding', 'checklist-samenwerking');

-- Entry wording: the characteristic as §4.1 names it; explanation: its "Toelichting" in Bijlage 3.
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 1, 'Goede relatie met de student', 'Contact maken, oprechte interesse tonen in de student als persoon, vertrouwen schenken en empathisch zijn, dragen bij aan de kwaliteit van de interacties tussen begeleider en student. Een goede relatie tussen begeleider en student bevordert de betrokkenheid en motivatie van de student, wat het vooruitzicht op studentsucces verhoogt.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 2, 'Goed beeld van de student', 'Weten wat de capaciteiten, interesses en leerstijl van de student zijn, wat deze kan en wil leren. Zicht hebben op eventuele persoonlijke omstandigheden die het leren, naar school gaan en stagelopen, kunnen belemmeren. Moeite doen om de student persoonlijk te leren kennen. Een goed beeld hebben van de student zorgt ervoor dat de begeleiding beter aansluit bij de behoeften van de student.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 3, 'Inspelen op behoeften', 'Met gedrag en acties flexibel en alert inspelen op de specifieke situatie en achtergrond van de student en variëren in de begeleiding. De begeleider past de begeleiding aan aan de behoeften van de individuele student, het moment en de context.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 4, 'Verwachtingen uitspreken', 'Heldere en realistische doelen stellen, concrete verwachtingen uitspreken en verduidelijken. Afspraken maken met de student over tussenstappen en het tijdpad van de doelen en deze afspraken monitoren. Dit kan helpen bij het motiveren van de student en het vergroten van diens gevoel van controle over het eigen leerproces.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 5, 'Toegankelijk en laagdrempelig zijn', 'Aanwezig en bereikbaar zijn voor makkelijk, informeel en frequent contact. Zowel gepland als ongepland beschikbaar en bereikbaar zijn.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 6, 'Autonomie stimuleren', 'Door de autonomie van de student te bevorderen, leert deze eigen keuzes te maken en de consequenties daarvan in te zien. Dit kan door de student in kleine, realistische stapjes steeds meer verantwoordelijkheid te geven in werkzaamheden op stage en opdrachten voor school.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 7, 'Positieve en progressiegerichte benadering', 'Een positieve en niet-oordelende benadering volgen in de wijze van feedback of instructie. Motiveren van de student en het geloof in de student blijven uitstralen. Dat betekent ook fouten toelaten en tijd maken om successen te vieren. Een progressiegerichte benadering richt zich op het waarderen van kleine stapjes vooruit, wat kan helpen bij het vergroten van het zelfvertrouwen en de motivatie van de student. De nadruk ligt op successen en kwaliteiten en niet op wat (nog) niet goed gaat.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 8, 'Volhouden en vasthouden aan doelen', 'Vasthouden aan doelen, volhouden ook al is het contact met de student moeizaam of komt deze afspraken niet na. Entree-studenten begeleiden vergt uithoudingsvermogen. Volhouden in de begeleiding, vasthouden aan de doelen en aan het contact met de student, ook bij grotere of kleinere tegenslag, is niet gemakkelijk. Studenten verdienen (bijna) altijd een tweede kans. Overleggen bij twijfels en steun zoeken bij een collega-begeleider kan helpen om het niet op te geven.'
FROM library_item WHERE seed_key = 'checklist-begeleiding';

INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 1, 'Gedeeld beeld van de student', 'Een gedeeld beeld van de student onder de betrokken begeleiders is nodig voor een passende (pedagogische) aanpak op stage en school. De student beslist welke informatie deze wil delen met de begeleiders over persoonlijke omstandigheden die de studie of stage kunnen beïnvloeden, bijvoorbeeld via een zelfgeschreven handleiding.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 2, 'Aansluiten bij leerbehoeften van de student', 'Nagaan via inbreng van zowel student, praktijkbegeleider als mentor of de stageplek aansluit bij de behoeften en interesses van de student en of de begeleiding passend is. Doel is dat de student zo ruim mogelijke leerervaringen kan opdoen.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 3, 'Pedagogische aanpak', 'Overleggen over de pedagogische aanpak en begeleidingsstijl die de begeleiders aanhouden, waarbij het belang van de student altijd voorop staat. Bespreken van elkaars verwachtingen over studentprestaties en -gedrag.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 4, 'Informeren', 'Elkaar op tijd én voldoende informeren over voortgang en eventuele belemmeringen via vaste contactmomenten en informeel contact. Een beperkt aantal sleutelfiguren en een stabiele kern van begeleiders draagt bij aan snelle en effectieve communicatie.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 5, 'Regie en verantwoordelijkheid', 'Verhelderen wie welke taken en rollen in de begeleiding vervult. Afspreken wie de regie voert, wie welke beslissingen neemt, wie het initiatief neemt en wie de eindverantwoordelijkheid draagt. Dit ook met de student bespreken.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';
INSERT INTO library_checklist_entry (item_id, entry_number, wording, explanation)
SELECT id, 6, 'Elkaars deskundigheid respecteren en benutten', 'Bespreken en benutten van elkaars kennis en expertise over de Entree-studentendoelgroep, respecteren van elkaars verschillende blik. Waar nodig inschakelen van interne of externe experts en/of betrekken van personen uit andere disciplines.'
FROM library_item WHERE seed_key = 'checklist-samenwerking';

-- Seed 002: feedback tips (BKC) and the reflective-dialogue questions -------------------------

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('feedback-tips', 'Feedback vragen, geven en ontvangen',
'In onderstaande tabel staan oorzaken en tips rondom wat wel en wat niet kan werken bij feedback vragen, geven en ontvangen. Geef BKC feedback: Bevestiging, Kritiek, Constructief.',
'CONVERSATION_TOOL', NULL,
'Handvatten bij aanbeveling 4: stimuleer samen leren in het team (leidraad Werken aan onderwijsverbetering), 6 Feedback vragen, geven en ontvangen',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Oorzaken voor feedback die niet wordt benut',
'• De ontvanger kan de taak en persoon niet scheiden: ‘Vind je me niet aardig?’
• De ontvanger voelt zich aangevallen of onzeker: ‘Doe ik het dan niet goed?’
• De ontvanger erkent de expertise van de feedbackgever niet: ‘Wie ben jij om dit te zeggen?’
• De feedback sluit niet aan: ‘De ontvanger is gericht op een ander doel.’
• De feedback is niet concreet: ‘Daar kan ik niets mee.’'
FROM library_item WHERE seed_key = 'feedback-tips';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Tips voor het geven van feedback',
'• Geef alleen feedback als de collega er open voor staat.
• Zorg voor tijd en rust. Vermijd meeluisteraars.
• Laat in taalgebruik en nonverbaal gedrag merken dat de feedback losstaat van de relatie met iemand.
• Geef doelgerichte feedback. Vraag waar de collega feedback op wil hebben of geef aan in welk kader je feedback geeft.
• Geef BKC feedback:
  – Bevestiging van iets wat goed gaat.
  – Kritiek op iets wat nog ontbreekt of onvoldoende zichtbaar is.
  – Constructieve opmerking gericht op ontwikkeling.
• Geef concrete feedback, illustreer met voorbeelden.
• Geef je feedback zo snel mogelijk.
• Bedank degene die de feedback ontvangt voor het open staan voor de feedback.'
FROM library_item WHERE seed_key = 'feedback-tips';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Tips voor het vragen van feedback',
'• Vraag zo specifiek mogelijk om feedback, geef duidelijk aan waar je feedback op wilt hebben.
• Vraag feedback aan iemand die je respecteert en vertrouwt.
• Reageer niet defensief als de feedback niet meteen bevalt, zeg dat je erover nadenkt.
• Vraag door als iets onduidelijk is, vraag om concrete voorbeelden.
• Wees ervan bewust dat iedereen altijd vanuit zijn eigen referentiekader feedback geeft. Ga steeds na of de feedback overeenkomt met je eigen ideeën en vraag zo nodig om toelichting.
• Sluit af met concrete voornemens voor verbetering. Deze kun je eventueel later weer met behulp van de feedbackgever evalueren.
• Bedank de feedbackgever.'
FROM library_item WHERE seed_key = 'feedback-tips';

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('reflectieve-dialoog', 'Voorbeeldvragen voor reflectieve dialoog',
'Onderstaande vragen kunnen deelnemers aan een PLG – of ander subteam dat onderzoekmatig werkt aan onderwijsverbetering – stellen aan collega’s tijdens verschillende fasen van het onderzoeksproces. De vragen bevorderen de reflectieve dialoog en helpen om collega’s actief te betrekken. Dit in tegenstelling tot collega’s alleen informeren.',
'INSTRUMENT', 'CARD_DECK',
'Handvatten bij aanbeveling 4: stimuleer samen leren in het team (leidraad Werken aan onderwijsverbetering), 9 Voorbeeldvragen voor reflectieve dialoog',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Probleemanalyse',
'• Wat is de oorzaak van dit probleem of verbeterwens?
• Wie ervaart dit probleem?
• Wat is al geprobeerd om het probleem op te lossen?
• Welke extra informatie is er nodig om het probleem op te lossen?'
FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Literatuurstudie',
'• Komt de gevonden literatuur overeen met onze visie op onderwijs?
• Komt de gevonden literatuur overeen met onze ervaringen?
• Welke verschillen zijn er tussen teamleden?'
FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Onderzoeksopzet',
'• Wie moeten we bevragen of observeren en hoe vaak?
• In hoeverre is de situatie of de persoon representatief?
• Krijgen we op deze manier een betrouwbaar beeld?'
FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Resultaten',
'• In hoeverre komen de resultaten overeen met onze verwachtingen?
• Wat betekenen de resultaten voor ons?'
FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 5, 'Conclusies en aanbevelingen',
'• Wat kunnen verklaringen zijn voor de bevindingen?
• Is extra onderzoek nodig?
• Welke verbeteracties zijn nodig?'
FROM library_item WHERE seed_key = 'reflectieve-dialoog';

-- The same questions as a card deck: one set per research phase.
INSERT INTO library_card_set (item_id, set_number, title)
SELECT id, 1, 'Probleemanalyse' FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_card_set (item_id, set_number, title)
SELECT id, 2, 'Literatuurstudie' FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_card_set (item_id, set_number, title)
SELECT id, 3, 'Onderzoeksopzet' FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_card_set (item_id, set_number, title)
SELECT id, 4, 'Resultaten' FROM library_item WHERE seed_key = 'reflectieve-dialoog';
INSERT INTO library_card_set (item_id, set_number, title)
SELECT id, 5, 'Conclusies en aanbevelingen' FROM library_item WHERE seed_key = 'reflectieve-dialoog';

INSERT INTO library_card (set_id, card_number, wording)
SELECT s.id, c.card_number, c.wording
FROM library_card_set s JOIN library_item i ON i.id = s.item_id,
(SELECT 1 AS set_number, 1 AS card_number, 'Wat is de oorzaak van dit probleem of verbeterwens?' AS wording
 UNION ALL SELECT 1, 2, 'Wie ervaart dit probleem?'
 UNION ALL SELECT 1, 3, 'Wat is al geprobeerd om het probleem op te lossen?'
 UNION ALL SELECT 1, 4, 'Welke extra informatie is er nodig om het probleem op te lossen?'
 UNION ALL SELECT 2, 1, 'Komt de gevonden literatuur overeen met onze visie op onderwijs?'
 UNION ALL SELECT 2, 2, 'Komt de gevonden literatuur overeen met onze ervaringen?'
 UNION ALL SELECT 2, 3, 'Welke verschillen zijn er tussen teamleden?'
 UNION ALL SELECT 3, 1, 'Wie moeten we bevragen of observeren en hoe vaak?'
 UNION ALL SELECT 3, 2, 'In hoeverre is de situatie of de persoon representatief?'
 UNION ALL SELECT 3, 3, 'Krijgen we op deze manier een betrouwbaar beeld?'
 UNION ALL SELECT 4, 1, 'In hoeverre komen de resultaten overeen met onze verwachtingen?'
 UNION ALL SELECT 4, 2, 'Wat betekenen de resultaten voor ons?'
 UNION ALL SELECT 5, 1, 'Wat kunnen verklaringen zijn voor de bevindingen?'
 UNION ALL SELECT 5, 2, 'Is extra onderzoek nodig?'
 UNION ALL SELECT 5, 3, 'Welke verbeteracties zijn nodig?') c
WHERE i.seed_key = 'reflectieve-dialoog' AND s.set_number = c.set_number;

-- Seed 004: the step plan of the internship conversation (what the source text says of it) -----

INSERT INTO library_item (seed_key, title, description, item_type, tool, source_name, visibility, created_at, updated_at)
VALUES ('stappenplan-stagegesprek', 'Het goede stagegesprek: uitgangspunten en stappenplan',
'Het stappenplan helpt met verduidelijken van wie wat doet voor, tijdens en na het stagegesprek. Uit het co-creatie proces kwam duidelijk naar voren dat voorbereiden een grote rol kan spelen in het bereiken van afstemming en duidelijkheid.',
'INSTRUMENT', NULL,
'Gesprekstool voor stagebegeleiding in het mbo (De Vos & Ceelen, challenge MBOin2030), De opbrengst: I Uitgangspunten en II Stappenplan',
'PARTNERSHIP', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 1, 'Uitgangspunten voor het goede stagegesprek',
'Ook wanneer een stagegesprek gevoerd wordt zonder vragenkaartjes of stappenplan, zijn deze uitgangspunten belangrijk voor alle betrokken.
• Elkaar beter leren kennen als mens en (toekomstig) beroepsbeoefenaar
• Gelijkwaardigheid met ruimte voor het perspectief van de student, het werkveld en de opleiding
• Leren centraal met ruimte voor individuele ontwikkeling en positieve feedback
• Aandacht voor begeleiden en bewust in gesprek over hoe de begeleiding verloopt
• Geen verrassingen maar tussentijds inzicht in de ontwikkeling van de student, waardoor de beoordeling geen verrassing is
• Afstemmen en duidelijkheid door afspraken te maken over wie wat doet voor, tijdens en na stagegesprekken'
FROM library_item WHERE seed_key = 'stappenplan-stagegesprek';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 2, 'Stappenplan: format voor rolverduidelijking en een verandering van werkwijze',
'Het stappenplan helpt met verduidelijken van wie wat doet voor, tijdens en na het stagegesprek. Uit het co-creatie proces kwam duidelijk naar voren dat voorbereiden een grote rol kan spelen in het bereiken van afstemming en duidelijkheid. Dit was met name voor de studenten een belangrijk uitgangspunt en het stappenplan kan hierbij helpen.'
FROM library_item WHERE seed_key = 'stappenplan-stagegesprek';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 3, 'Gesprekstool: twee sets vragenkaartjes',
'De gesprekstool bestaat uit twee sets vragenkaartjes: set 1 bevat vragen over leren en set 2 gaat over begeleiding. De vragen in set 1 zijn voor de student, terwijl set 2 vragen voor zowel de student als de praktijkopleider bevat. De korte instructie laat verschillende manieren en momenten zien waarop de vragenkaartjes kunnen worden ingezet.'
FROM library_item WHERE seed_key = 'stappenplan-stagegesprek';
INSERT INTO library_section (item_id, section_number, heading, body)
SELECT id, 4, 'Over deze bron',
'De brontekst beschrijft het stappenplan en de twee sets vragenkaartjes, maar de producten zelf zijn bijlagen bij het rapport die niet in de brontekst staan. Daarom staan hier de uitgangspunten en wat de tekst over het stappenplan en de kaartjes zegt; het stappenplan zelf (wie wat doet voor, tijdens en na het gesprek) en de kaartjes volgen zodra hun tekst er is.'
FROM library_item WHERE seed_key = 'stappenplan-stagegesprek';

-- Competence areas (framework axes) and phases ----------------------------------------------
-- Axes: 1 agogisch, 2 organisatorisch, 3 en 4 opleidingsdidactisch, 5 ontwikkelingsbekwaam.
-- Phases: 1 leervraag, 2 onderzoekende dialoog, 3 co-design, 4 uitproberen, 5 reflectie.

INSERT INTO library_item_area (item_id, axis_number)
SELECT i.id, a.axis_number FROM library_item i,
(SELECT 'werkvorm-kalibreren-bekwaamheden' AS seed_key, 1 AS axis_number
 UNION ALL SELECT 'werkvorm-kalibreren-bekwaamheden', 2
 UNION ALL SELECT 'werkvorm-kalibreren-bekwaamheden', 3
 UNION ALL SELECT 'werkvorm-kalibreren-bekwaamheden', 4
 UNION ALL SELECT 'werkvorm-kalibreren-bekwaamheden', 5
 UNION ALL SELECT 'werkvorm-kalibreren-leeruitkomsten', 3
 UNION ALL SELECT 'werkvorm-kalibreren-leeruitkomsten', 4
 UNION ALL SELECT 'werkvorm-waarderen-begeleiding', 1
 UNION ALL SELECT 'werkvorm-waarderen-begeleiding', 3
 UNION ALL SELECT 'werkvorm-waarderen-begeleiding', 4
 UNION ALL SELECT 'werkvorm-identiteitsontwikkeling', 1
 UNION ALL SELECT 'werkvorm-identiteitsontwikkeling', 5
 UNION ALL SELECT 'werkvorm-eigen-deelnemers', 5
 UNION ALL SELECT 'werkvorm-interventiemogelijkheden', 1
 UNION ALL SELECT 'werkvorm-interventiemogelijkheden', 3
 UNION ALL SELECT 'werkvorm-interventiemogelijkheden', 4
 UNION ALL SELECT 'collegiale-feedback', 1
 UNION ALL SELECT 'collegiale-feedback', 2
 UNION ALL SELECT 'collegiale-feedback', 5
 UNION ALL SELECT 'checklist-begeleiding', 1
 UNION ALL SELECT 'checklist-samenwerking', 2
 UNION ALL SELECT 'feedback-tips', 1
 UNION ALL SELECT 'feedback-tips', 5
 UNION ALL SELECT 'reflectieve-dialoog', 5
 UNION ALL SELECT 'stappenplan-stagegesprek', 1
 UNION ALL SELECT 'stappenplan-stagegesprek', 2) a
WHERE i.seed_key = a.seed_key;

INSERT INTO library_item_phase (item_id, phase)
SELECT i.id, p.phase FROM library_item i,
(SELECT 'werkvorm-kalibreren-bekwaamheden' AS seed_key, 1 AS phase
 UNION ALL SELECT 'werkvorm-kalibreren-bekwaamheden', 2
 UNION ALL SELECT 'werkvorm-kalibreren-leeruitkomsten', 2
 UNION ALL SELECT 'werkvorm-waarderen-begeleiding', 2
 UNION ALL SELECT 'werkvorm-waarderen-begeleiding', 3
 UNION ALL SELECT 'werkvorm-identiteitsontwikkeling', 2
 UNION ALL SELECT 'werkvorm-eigen-deelnemers', 2
 UNION ALL SELECT 'werkvorm-interventiemogelijkheden', 2
 UNION ALL SELECT 'werkvorm-interventiemogelijkheden', 3
 UNION ALL SELECT 'collegiale-feedback', 4
 UNION ALL SELECT 'collegiale-feedback', 5
 UNION ALL SELECT 'checklist-begeleiding', 4
 UNION ALL SELECT 'checklist-begeleiding', 5
 UNION ALL SELECT 'checklist-samenwerking', 4
 UNION ALL SELECT 'checklist-samenwerking', 5
 UNION ALL SELECT 'feedback-tips', 2
 UNION ALL SELECT 'feedback-tips', 5
 UNION ALL SELECT 'reflectieve-dialoog', 2
 UNION ALL SELECT 'reflectieve-dialoog', 5
 UNION ALL SELECT 'stappenplan-stagegesprek', 3
 UNION ALL SELECT 'stappenplan-stagegesprek', 4) p
WHERE i.seed_key = p.seed_key;

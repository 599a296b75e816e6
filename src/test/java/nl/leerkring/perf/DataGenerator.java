package nl.leerkring.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.leerkring.library.DutchSearchTerms;

/**
 * Fills a MariaDB database that the app has already migrated and seeded with its demo people
 * (start it once on the empty database) with N cohorts of realistic content in every table, for
 * the load benchmark ({@code src/test/bench/bench.sh}, issue 15). Batched JDBC inserts with ids
 * chosen here (so rows can point at each other without reading keys back), one seeded
 * {@link Random}: the same N gives the same database.
 *
 * <p>Around the demo accounts: the demo facilitator runs nine more cohorts (ten in all), Pieter
 * ({@code wpb1}) is a member of two of them besides the demo cohort with the whole loop filled in
 * and a draft self-scan to fill, and the coordinator sees them all. The other cohorts are run by
 * generated facilitators, ten each; every generated person has the demo password.
 *
 * <p>Run: {@code mvn -Pperf test-compile exec:java -Dperf.cohorts=1000 -Dperf.db.url=jdbc:mariadb://127.0.0.1:3306/lk_perf}.
 * Refuses a database that already holds generated people.
 */
public final class DataGenerator {

    private static final int MEMBERS = 12;
    private static final int MEETINGS = 6;
    private static final String[] FIRST = {"Anouk", "Bram", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Jesse", "Kim",
        "Lotte", "Milan", "Noor", "Olaf", "Puck", "Quinten", "Roos", "Sem", "Tess", "Ruben", "Vera", "Wouter", "Yara", "Zoë"};
    private static final String[] LAST = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen"};
    private static final String[] SCHOOLS = {"Opleidingsschool Zutphen", "Opleidingsschool Utrecht", "Partnerschap Noord",
        "Opleidingsschool Rijnmond", "Partnerschap Twente"};
    private static final String[] SENTENCES = {
        "Hoe help ik mijn aanstaande leraar om de theorie van de opleiding te koppelen aan de eigen lessen?",
        "Samen met mijn student een les voorbereiden en nabespreken met de kijkwijzer.",
        "Het stageplan van mijn student naast de stagedocumenten van de opleiding leggen.",
        "Ik merk dat ik te snel oplossingen geef in plaats van vragen te stellen.",
        "De dialoog over de leeruitkomsten gaf me nieuwe ideeën voor de begeleiding.",
        "Volgende keer laat ik mijn student eerst zelf reflecteren voordat ik feedback geef.",
        "Observeren in elkaars lessen en daarna een onderzoekende dialoog voeren.",
        "Hoe bepaal ik of het stageplan van mijn student op het juiste niveau is?"};
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT"};
    private static final String[] VISIBILITY = {"GROUP", "GROUP", "FACILITATOR", "PRIVATE"};
    private static final String[] PREP = {"prep_review", "prep_dialogue", "prep_deepening", "prep_design", "prep_evaluation"};
    /** The order in which batches are written, so that every foreign key finds its row. */
    private static final List<String> TABLES = List.of("person", "person_role", "cohort", "cohort_member", "meeting", "attendance",
            "meeting_summary", "self_scan", "self_scan_answer", "scan_cohort", "feedback_request", "feedback_link", "feedback_answer",
            "learning_question", "practice_plan", "reflection", "reflection_response", "duo", "collegial_conversation",
            "group_session", "group_idea", "group_vote", "library_item", "library_section", "library_item_area",
            "library_item_phase", "meeting_material", "outbox_mail");

    private final Connection db;
    private final Random random = new Random(15);
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    private final Map<String, Long> nextId = new HashMap<>();
    private final Map<String, Batch> batches = new HashMap<>();

    private long versionId;
    private final List<Long> scanItems = new ArrayList<>();
    private final Map<String, List<long[]>> feedbackItems = new HashMap<>();
    private final List<Long> axes = new ArrayList<>();
    private String passwordHash;
    private long demoFacilitator;
    private long pieter;
    private long sanne;

    private DataGenerator(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        int cohorts = Integer.getInteger("perf.cohorts", 1_000);
        String url = System.getProperty("perf.db.url", "jdbc:mariadb://127.0.0.1:3306/lk_perf");
        String options = (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useBulkStmts=true";
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url + options, System.getProperty("perf.db.user", "root"),
                System.getProperty("perf.db.password", ""))) {
            db.setAutoCommit(false);
            new DataGenerator(db).generate(cohorts);
        }
        System.out.printf("Generated %d cohorts in %.1f s%n", cohorts, (System.nanoTime() - started) / 1e9);
    }

    private void generate(int cohorts) throws SQLException {
        if (scalar("SELECT COUNT(*) FROM person WHERE email LIKE 'perf-%'") > 0) {
            throw new IllegalStateException("This database already holds generated data; drop and create it first.");
        }
        demoFacilitator = scalar("SELECT id FROM person WHERE email = 'facilitator@demo.leerkring.nl'");
        pieter = scalar("SELECT id FROM person WHERE email = 'wpb1@demo.leerkring.nl'");
        sanne = scalar("SELECT id FROM person WHERE email = 'wpb2@demo.leerkring.nl'");
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT password_hash FROM person WHERE id = " + demoFacilitator)) {
            r.next();
            passwordHash = r.getString(1);
        }
        versionId = scalar("SELECT id FROM framework_version WHERE published_at IS NOT NULL ORDER BY version_number DESC LIMIT 1");
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, form, kind FROM framework_item WHERE version_id = " + versionId
                        + " ORDER BY sort_order")) {
            while (r.next()) {
                String form = r.getString(2);
                boolean open = "OPEN_QUESTION".equals(r.getString(3));
                if ("SELF_SCAN".equals(form) && "STATEMENT".equals(r.getString(3))) {
                    scanItems.add(r.getLong(1));
                } else if (!"SELF_SCAN".equals(form)) {
                    feedbackItems.computeIfAbsent(form, f -> new ArrayList<>()).add(new long[] {r.getLong(1), open ? 1 : 0});
                }
            }
        }
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM framework_axis WHERE version_id = " + versionId + " ORDER BY axis_number")) {
            while (r.next()) {
                axes.add(r.getLong(1));
            }
        }
        for (String table : List.of("person", "cohort", "meeting", "attendance", "self_scan", "self_scan_answer", "scan_cohort",
                "feedback_request", "feedback_link", "feedback_answer", "learning_question", "practice_plan", "duo",
                "group_session", "group_idea", "group_vote", "reflection", "reflection_response", "collegial_conversation",
                "meeting_summary", "outbox_mail", "library_item", "cohort_member")) {
            nextId.put(table, scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table));
        }
        List<Long> partnershipItems = new ArrayList<>();
        long facilitator = demoFacilitator;
        for (int c = 0; c < cohorts; c++) {
            if (c >= 9 && (c - 9) % 10 == 0) {
                facilitator = person("perf-f", "FACILITATOR");
            }
            cohort(c, facilitator, partnershipItems);
            if (c % 50 == 49) {
                flush();
                System.out.printf("  %d cohorts%n", c + 1);
            }
        }
        flush();
        pieterFillsAScan();
        flush();
    }

    private void cohort(int number, long facilitator, List<Long> partnershipItems) throws SQLException {
        LocalDate start = now.toLocalDate().minusDays(random.nextInt(540)).plusDays(60);
        long cohort = id("cohort");
        add("cohort", "INSERT INTO cohort (id, name, partnership, start_date, facilitator_id, created_at, version, duos_self_chosen) "
                + "VALUES (?,?,?,?,?,?,0,FALSE)", cohort, "Cohort " + (number + 1) + " " + pick(LAST),
                SCHOOLS[number % SCHOOLS.length], java.sql.Date.valueOf(start), facilitator, ts(start.atStartOfDay().minusDays(30)));
        List<Long> people = new ArrayList<>();
        if (number < 2) {
            people.add(pieter);
            if (number == 0) {
                people.add(sanne);
            }
        }
        while (people.size() < MEMBERS) {
            people.add(person("perf-p", "PARTICIPANT"));
        }
        for (long person : people) {
            add("cohort_member", "INSERT INTO cohort_member (id, cohort_id, person_id, added_at, state, accepted_at) "
                    + "VALUES (?,?,?,?,'ACCEPTED',?)", id("cohort_member"), cohort, person, ts(start.atStartOfDay().minusDays(28)),
                    ts(start.atStartOfDay().minusDays(27)));
            outbox(cohort, person, "invite-" + cohort + "-" + person, "Uitnodiging: bijeenkomst 1");
        }
        long[] meetings = new long[MEETINGS];
        boolean[] held = new boolean[MEETINGS];
        for (int m = 0; m < MEETINGS; m++) {
            LocalDateTime at = start.plusWeeks(4L * m).atTime(13, 0);
            meetings[m] = id("meeting");
            held[m] = at.isBefore(now);
            add("meeting", "INSERT INTO meeting (id, cohort_id, meeting_number, starts_at, duration_minutes, location, "
                    + "homework, theory, " + PREP[m % PREP.length] + ", calendar_sequence) VALUES (?,?,?,?,180,?,?,?,?,0)",
                    meetings[m], cohort, m + 1, ts(at), "Lokaal " + (100 + random.nextInt(200)), held[m] ? pick(SENTENCES) : null,
                    pick(SENTENCES), pick(SENTENCES));
            if (held[m]) {
                for (long person : people) {
                    add("attendance", "INSERT INTO attendance (id, meeting_id, person_id, status, recorded_at) VALUES (?,?,?,?,?)",
                            id("attendance"), meetings[m], person, pick(STATUSES), ts(at.plusHours(4)));
                }
                add("meeting_summary", "INSERT INTO meeting_summary (id, meeting_id, cohort_id, text, updated_at, sent_at, "
                        + "sent_by_id, version) VALUES (?,?,?,?,?,?,?,0)", id("meeting_summary"), meetings[m], cohort,
                        "Onze gezamenlijke leervraag:\n" + pick(SENTENCES) + "\n\nAfspraken:\n" + pick(SENTENCES),
                        ts(at.plusDays(3)), ts(at.plusDays(3)), facilitator);
            }
        }
        boolean finished = held[MEETINGS - 1];
        for (long person : people) {
            if (person == pieter) {
                continue; // the demo data gave him a scan already; he gets a draft below
            }
            scan(cohort, person, "START", start.atStartOfDay().minusDays(7));
            if (finished) {
                scan(cohort, person, "END", start.plusWeeks(20).atStartOfDay());
            }
        }
        for (long person : people) {
            feedback(person, start.atStartOfDay().minusDays(20));
            add("learning_question", "INSERT INTO learning_question (id, cohort_id, person_id, axis_id, question, created_at) "
                    + "VALUES (?,?,?,?,?,?)", id("learning_question"), cohort, person, pick(axes), pick(SENTENCES),
                    ts(start.atStartOfDay().plusDays(1)));
            for (int m = 0; m < MEETINGS && held[m]; m++) {
                LocalDateTime after = start.plusWeeks(4L * m).atTime(20, 0);
                boolean reported = m + 1 < MEETINGS && held[m + 1];
                add("practice_plan", "INSERT INTO practice_plan (id, meeting_id, person_id, question, plan, estimated_minutes, "
                        + "created_at, updated_at, report_how, report_student, report_learned, reported_at, version) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)", id("practice_plan"), meetings[m], person, pick(SENTENCES),
                        pick(SENTENCES), 30 + 15 * random.nextInt(6), ts(after), ts(after), reported ? pick(SENTENCES) : null,
                        reported ? pick(SENTENCES) : null, reported ? pick(SENTENCES) : null, reported ? ts(after.plusDays(20)) : null);
                if (random.nextInt(10) < 8) {
                    long reflection = id("reflection");
                    add("reflection", "INSERT INTO reflection (id, cohort_id, meeting_id, person_id, answer_1, answer_2, answer_3, "
                            + "answer_4, visibility, submitted_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                            reflection, cohort, meetings[m], person, pick(SENTENCES), pick(SENTENCES), pick(SENTENCES),
                            pick(SENTENCES), pick(VISIBILITY), ts(after.plusDays(1)), ts(after.plusDays(1)));
                    for (int r = random.nextInt(3); r > 0; r--) {
                        add("reflection_response", "INSERT INTO reflection_response (id, reflection_id, author_id, text, created_at) "
                                + "VALUES (?,?,?,?,?)", id("reflection_response"), reflection, pick(people), pick(SENTENCES),
                                ts(after.plusDays(2)));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < people.size(); i += 2) {
            long duo = id("duo");
            add("duo", "INSERT INTO duo (id, cohort_id, person_a_id, person_b_id, created_at) VALUES (?,?,?,?,?)", duo, cohort,
                    people.get(i), people.get(i + 1), ts(start.atStartOfDay().plusDays(1)));
            if (held[1]) {
                add("collegial_conversation", "INSERT INTO collegial_conversation (id, duo_id, interviewer_id, narrator_id, held_on, "
                        + "check_in, opening, follow_up, deepening, check_step, closing_insights, actions, created_by, updated_at, "
                        + "version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", id("collegial_conversation"), duo, people.get(i),
                        people.get(i + 1), java.sql.Date.valueOf(start.plusWeeks(5)), pick(SENTENCES), pick(SENTENCES),
                        pick(SENTENCES), pick(SENTENCES), pick(SENTENCES), pick(SENTENCES), pick(SENTENCES), people.get(i),
                        ts(start.plusWeeks(5).atTime(17, 0)));
            }
        }
        if (held[0]) {
            groupSession(cohort, meetings[0], facilitator, people, start.atTime(14, 0));
        }
        library(cohort, meetings, facilitator, people, start, partnershipItems);
    }

    private void scan(long cohort, long person, String moment, LocalDateTime at) throws SQLException {
        long scan = id("self_scan");
        add("self_scan", "INSERT INTO self_scan (id, person_id, version_id, moment, status, started_at, submitted_at, version) "
                + "VALUES (?,?,?,?,'SUBMITTED',?,?,0)", scan, person, versionId, moment, ts(at), ts(at.plusHours(1)));
        for (long item : scanItems) {
            add("self_scan_answer", "INSERT INTO self_scan_answer (id, scan_id, item_id, answer) VALUES (?,?,?,?)",
                    id("self_scan_answer"), scan, item, 2 + random.nextInt(5));
        }
        add("scan_cohort", "INSERT INTO scan_cohort (id, scan_id, cohort_id, brought_along, linked_at) VALUES (?,?,?,FALSE,?)",
                id("scan_cohort"), scan, cohort, ts(at.plusHours(1)));
    }

    /** Three raters asked, all answered (above the anonymity threshold): two student teachers and a school educator. */
    private void feedback(long person, LocalDateTime at) throws SQLException {
        for (String role : List.of("STUDENT_TEACHER", "STUDENT_TEACHER", "SCHOOL_TEACHER_EDUCATOR")) {
            List<long[]> items = feedbackItems.getOrDefault(role, List.of());
            long request = id("feedback_request");
            add("feedback_request", "INSERT INTO feedback_request (id, participant_id, rater_role, rater_name, rater_email, language, "
                    + "deadline, anonymous, moment, form, version_id, status, created_at, opened_at, submitted_at, reminders_sent, "
                    + "last_mail_at, version) VALUES (?,?,?,?,?,'nl',?,?,'START',?,?,'SUBMITTED',?,?,?,0,?,0)", request, person, role,
                    pick(FIRST) + " " + pick(LAST), "rater" + request + "@example.org", java.sql.Date.valueOf(at.toLocalDate().plusDays(14)),
                    random.nextBoolean(), role, versionId, ts(at), ts(at.plusDays(1)), ts(at.plusDays(2)), ts(at));
            add("feedback_link", "INSERT INTO feedback_link (id, request_id, token_hash, created_at) VALUES (?,?,?,?)",
                    id("feedback_link"), request, String.format("%064x", request), ts(at));
            for (long[] item : items) {
                boolean open = item[1] == 1;
                boolean cannotJudge = !open && random.nextInt(20) == 0;
                add("feedback_answer", "INSERT INTO feedback_answer (id, request_id, item_id, answer, cannot_judge, text_answer) "
                        + "VALUES (?,?,?,?,?,?)", id("feedback_answer"), request, item[0], open || cannotJudge ? null : 2 + random.nextInt(5),
                        cannotJudge, open ? pick(SENTENCES) : null);
            }
        }
    }

    private void groupSession(long cohort, long meeting, long facilitator, List<Long> people, LocalDateTime at) throws SQLException {
        long session = id("group_session");
        add("group_session", "INSERT INTO group_session (id, cohort_id, meeting_id, stage, started_by_id, started_at, shared_question, "
                + "axis_id, closed_at, version) VALUES (?,?,?,'CLOSED',?,?,?,?,?,0)", session, cohort, meeting, facilitator, ts(at),
                pick(SENTENCES), pick(axes), ts(at.plusHours(1)));
        List<Long> ideas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long idea = id("group_idea");
            ideas.add(idea);
            add("group_idea", "INSERT INTO group_idea (id, session_id, author_id, idea_text, created_at) VALUES (?,?,?,?,?)", idea,
                    session, people.get(i), pick(SENTENCES), ts(at.plusMinutes(5)));
        }
        for (long voter : people) {
            add("group_vote", "INSERT INTO group_vote (id, session_id, voter_id, idea_id, points) VALUES (?,?,?,?,2)",
                    id("group_vote"), session, voter, ideas.get(random.nextInt(2)));
            add("group_vote", "INSERT INTO group_vote (id, session_id, voter_id, idea_id, points) VALUES (?,?,?,?,1)",
                    id("group_vote"), session, voter, ideas.get(2 + random.nextInt(2)));
        }
    }

    /** One item of the cohort's own, every tenth cohort one for the partnership; each meeting held gets one attached. */
    private void library(long cohort, long[] meetings, long facilitator, List<Long> people, LocalDate start, List<Long> partnership)
            throws SQLException {
        libraryItem(cohort, "COHORT", people.get(0), start);
        if (partnership.isEmpty() || random.nextInt(10) == 0) {
            partnership.add(libraryItem(null, "PARTNERSHIP", facilitator, start));
        }
        for (int m = 0; m < 3; m++) {
            add("meeting_material", "INSERT INTO meeting_material (meeting_id, item_id, agenda_part, sort_order, added_at) "
                    + "VALUES (?,?,?,1,?)", meetings[m], partnership.get(random.nextInt(partnership.size())),
                    m == 0 ? "THEORY" : m == 1 ? "DIALOGUE" : "REVIEW", ts(start.atStartOfDay()));
        }
    }

    private long libraryItem(Long cohort, String visibility, long author, LocalDate start) throws SQLException {
        long item = id("library_item");
        String title = pick(new String[] {"Kijkwijzer", "Reflectievragen", "Werkvorm", "Gespreksleidraad", "Stappenplan"}) + " "
                + pick(LAST) + " " + item;
        String description = pick(SENTENCES) + " " + pick(SENTENCES);
        String section = pick(SENTENCES);
        add("library_item", "INSERT INTO library_item (id, title, description, item_type, author_id, visibility, cohort_id, "
                + "search_terms, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,0)", item, title, description,
                pick(new String[] {"WORK_FORM", "ASSIGNMENT", "INSTRUMENT", "LITERATURE"}), author, visibility, cohort,
                DutchSearchTerms.column(title + "\n" + description + "\nStappen\n" + section), ts(start.atStartOfDay()),
                ts(start.atStartOfDay()));
        add("library_section", "INSERT INTO library_section (item_id, section_number, heading, body) VALUES (?,1,'Stappen',?)",
                item, section);
        add("library_item_area", "INSERT INTO library_item_area (item_id, axis_number) VALUES (?,?)", item, 1 + random.nextInt(axes.size()));
        add("library_item_phase", "INSERT INTO library_item_phase (item_id, phase) VALUES (?,?)", item, 1 + random.nextInt(5));
        return item;
    }

    private void outbox(long cohort, long person, String key, String subject) throws SQLException {
        add("outbox_mail", "INSERT INTO outbox_mail (id, idempotency_key, recipient, recipient_name, subject, text_body, html_body, "
                + "status, attempts, next_attempt_at, created_at, sent_at, cohort_id) VALUES (?,?,?,?,?,?,?,'SENT',1,?,?,?,?)",
                id("outbox_mail"), key, "person" + person + "@example.org", pick(FIRST), subject, pick(SENTENCES),
                "<p>" + pick(SENTENCES) + "</p>", ts(now.minusDays(30)), ts(now.minusDays(30)), ts(now.minusDays(30)), cohort);
    }

    /** Pieter's self-scan in progress (moment OTHER), half answered: the form the benchmark opens and saves in. */
    private void pieterFillsAScan() throws SQLException {
        long scan = id("self_scan");
        add("self_scan", "INSERT INTO self_scan (id, person_id, version_id, moment, status, started_at, version) "
                + "VALUES (?,?,?,'OTHER','DRAFT',?,0)", scan, pieter, versionId, ts(now.minusDays(1)));
        for (int i = 0; i < scanItems.size() / 2; i++) {
            add("self_scan_answer", "INSERT INTO self_scan_answer (id, scan_id, item_id, answer) VALUES (?,?,?,?)",
                    id("self_scan_answer"), scan, scanItems.get(i), 4);
        }
    }

    private long person(String prefix, String role) throws SQLException {
        long person = id("person");
        add("person", "INSERT INTO person (id, email, display_name, password_hash, language, activated_at, disabled, created_at, "
                + "version, credentials_version) VALUES (?,?,?,?,'nl',?,FALSE,?,0,0)", person, prefix + person + "@demo.leerkring.nl",
                pick(FIRST) + " " + pick(LAST), passwordHash, ts(now.minusYears(2)), ts(now.minusYears(2)));
        add("person_role", "INSERT INTO person_role (person_id, role) VALUES (?,?)", person, role);
        return person;
    }

    private long id(String table) {
        return nextId.merge(table, 1L, Long::sum) - 1;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Timestamp ts(LocalDateTime at) {
        return Timestamp.valueOf(at);
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void add(String table, String sql, Object... values) {
        batches.computeIfAbsent(table + "|" + sql, k -> new Batch(table, sql)).add(values);
    }

    /** Writes the batches in the order the foreign keys need (the order the tables were first used), then commits. */
    private void flush() throws SQLException {
        for (Batch batch : batches.values().stream().sorted((a, b) -> Long.compare(a.order, b.order)).toList()) {
            batch.execute();
        }
        db.commit();
    }

    private final class Batch {
        private final long order;
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(String table, String sql) {
            this.order = TABLES.indexOf(table);
            if (order < 0) {
                throw new IllegalArgumentException(table);
            }
            this.sql = sql;
        }

        void add(Object[] values) {
            rows.add(values);
        }

        void execute() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            rows.clear();
        }
    }
}

package nl.leerkring.testsupport.server;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccessKind;
import nl.leerkring.account.AccessLog;
import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.AttendanceStatus;
import nl.leerkring.cohort.CalendarFeedService;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.ParticipantList;
import nl.leerkring.feedback.FeedbackRequest;
import nl.leerkring.feedback.FeedbackService;
import nl.leerkring.feedback.RaterService;
import nl.leerkring.feedback.RaterRole;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.ItemKind;
import nl.leerkring.learning.CollegialConversation;
import nl.leerkring.learning.ConversationService;
import nl.leerkring.learning.Duo;
import nl.leerkring.learning.DuoService;
import nl.leerkring.learning.session.GroupIdea;
import nl.leerkring.learning.session.GroupQuestionService;
import nl.leerkring.learning.session.GroupSession;
import nl.leerkring.learning.LearningQuestionService;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.Reflection;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.learning.ReflectionVisibility;
import nl.leerkring.library.ItemType;
import nl.leerkring.library.LibraryItem;
import nl.leerkring.library.LibraryService;
import nl.leerkring.library.Visibility;
import nl.leerkring.library.tools.CardDeckService;
import nl.leerkring.library.tools.ChecklistService;
import nl.leerkring.library.tools.Judgement;
import nl.leerkring.notice.NoticeService;
import nl.leerkring.platform.Database;
import nl.leerkring.platform.Role;
import nl.leerkring.privacy.PrivacyRound;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/**
 * Issue 16: a participant with one record of every kind, made through the services; the privacy job's
 * rounds on demand; and what the erasure ITs measure: every text column that still holds a value, and
 * the cohort's figures.
 */
@Path("privacy")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class PrivacySupportResource {

    private static final Pattern FEEDBACK_TOKEN = Pattern.compile("give\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @PersistenceContext
    private EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;
    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private AccessLog accessLog;
    @Inject
    private MeetingService meetingService;
    @Inject
    private ScanService scans;
    @Inject
    private FeedbackService feedback;
    @Inject
    private RaterService raters;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Inject
    private DuoService duos;
    @Inject
    private ConversationService conversations;
    @Inject
    private GroupQuestionService groupQuestions;
    @Inject
    private LibraryService library;
    @Inject
    private ChecklistService checklists;
    @Inject
    private CardDeckService cards;
    @Inject
    private NoticeService notices;
    @Inject
    private CalendarFeedService calendars;
    @Inject
    private PrivacyRound round;
    @Inject
    private nl.leerkring.privacy.RetentionService retention;

    /**
     * A cohort (named as given) of the facilitator in the partnership, started on the given day, with the participant and
     * a partner who accepted; the participant has one record of every kind (the partner answers their
     * reflection, is their duo partner and rater-free). Answers "cohortId personId partnerId".
     */
    @POST
    @Path("full-participant")
    public String fullParticipant(@FormParam("facilitator") String facilitatorEmail, @FormParam("email") String email,
            @FormParam("name") String name, @FormParam("partner") String partnerEmail,
            @FormParam("partnership") String partnership, @FormParam("start") String start,
            @FormParam("cohort") String cohortName) {
        long facilitator = id(facilitatorEmail);
        Cohort cohort = cohorts.create(cohortName, partnership, LocalDate.parse(start), null, facilitator);
        cohorts.addParticipants(cohort.getId(), List.of(new ParticipantList.Entry(name, email),
                new ParticipantList.Entry("Partner Tester", partnerEmail)), facilitator);
        long person = id(email);
        long partner = id(partnerEmail);
        cohorts.accept(cohort.getId(), person);
        cohorts.accept(cohort.getId(), partner);
        List<Meeting> meetings = meetingService.meetings(cohort);
        long first = meetings.get(0).getId();
        meetingService.recordAttendance(first, List.of(
                new MeetingService.AttendanceEntry(person, AttendanceStatus.ABSENT, "Ziek, schreef " + name),
                new MeetingService.AttendanceEntry(partner, AttendanceStatus.PRESENT, null)), facilitator);

        SelfScan scan = scans.start(person, ScanMoment.START);
        int value = 3;
        for (FrameworkItem statement : scans.statements(scan)) {
            scans.answer(scan.getId(), statement.getId(), value++ % 7 + 1, person);
        }
        scans.submit(scan.getId(), person);
        accessLog.record(facilitator, Role.FACILITATOR, person, AccessKind.SELF_SCAN, scan.getId());

        FeedbackRequest request = feedback.ask(person, RaterRole.COLLEAGUE, "Rater van " + name,
                TestSupportRaters.address(email), "nl", LocalDate.now().plusDays(14), "Wil je kijken, groet " + name,
                false, ScanMoment.START);
        em.flush();
        String token = feedbackToken(TestSupportRaters.address(email));
        Map<Long, RaterService.Given> given = new HashMap<>();
        for (FrameworkItem item : raters.items(request)) {
            given.put(item.getId(), item.getKind() == ItemKind.OPEN_QUESTION
                    ? new RaterService.Given(null, "Goed bezig, " + name)
                    : new RaterService.Given(5, null));
        }
        raters.save(token, given, true);
        feedback.share(person, cohort.getId(), true);

        List<FrameworkAxis> areas = questions.areas();
        questions.ask(cohort.getId(), areas.get(0).getId(), "Hoe help ik mijn student? vraagt " + name, person);
        plans.save(first, "Leervraag van " + name, "Plan van " + name, 30, person);
        plans.report(first, "Verslag van " + name, "De student van " + name, "Geleerd door " + name, person);
        Reflection mine = reflections.submit(first, answers(name), ReflectionVisibility.GROUP, person);
        Reflection theirs = reflections.submit(first, answers("partner"), ReflectionVisibility.GROUP, partner);
        reflections.respond(mine.getId(), "Mooi, " + name, partner);
        reflections.respond(theirs.getId(), "Herkenbaar, zegt " + name, person);

        Duo duo = duos.pair(cohort.getId(), person, partner, facilitator);
        em.flush();
        conversations.save(null, duo.getId(), person, LocalDate.now().minusDays(2),
                new CollegialConversation.Notes("In " + name, "Opening " + name, "Door " + name, "Diep " + name,
                        "Check " + name, "Inzicht " + name, "Actie " + name), person);

        GroupSession session = groupQuestions.start(cohort.getId(), null, facilitator);
        GroupIdea idea = groupQuestions.addIdea(session.getId(), "Idee van " + name, person);
        GroupIdea other = groupQuestions.addIdea(session.getId(), "Idee van de partner", partner);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.vote(session.getId(), List.of(idea.getId(), other.getId()), person);

        LibraryItem item = library.create(new LibraryItem.Content("Kijkwijzer van " + name, "Gemaakt door " + name,
                ItemType.INSTRUMENT, null, List.<String[]>of(new String[] {"Stap", "Stap van " + name}), Set.of(1), Set.of(1)),
                Visibility.COHORT, cohort.getId(), false, person);
        em.flush();
        library.comment(item.getId(), "Opmerking van " + name, person);
        library.markUsed(item.getId(), person);
        long checklist = single("SELECT MIN(item_id) FROM library_checklist_entry");
        long entry = single("SELECT MIN(id) FROM library_checklist_entry WHERE item_id = " + checklist);
        checklists.save(checklist, Map.of(entry, Judgement.IMPROVE), "Notitie van " + name, person);
        long card = single("SELECT MIN(id) FROM library_card");
        long deck = single("SELECT s.item_id FROM library_card c JOIN library_card_set s ON s.id = c.set_id WHERE c.id = " + card);
        cards.markFavourite(deck, card, person);

        notices.setDigest(person, false);
        calendars.renew(person);
        accounts.requestPasswordReset(email);
        return cohort.getId() + " " + person + " " + partner;
    }

    private static List<String> answers(String name) {
        return Reflection.QUESTIONS.stream().map(q -> "Antwoord van " + name).toList();
    }

    private String feedbackToken(String rater) {
        String body = em.createQuery("SELECT m.textBody FROM OutboxMail m WHERE m.recipient = :to", String.class)
                .setParameter("to", rater).getResultList().get(0);
        Matcher matcher = FEEDBACK_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No feedback link in " + body);
        }
        return matcher.group(1);
    }

    private long single(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @POST
    @Path("exports/run")
    public String buildExports() {
        return String.valueOf(round.buildExports());
    }

    @POST
    @Path("daily/run")
    public String daily() {
        return String.valueOf(round.runDailyNow());
    }

    /** Only the retention part of the daily round: lists the cohorts that are due. */
    @POST
    @Path("retention/list")
    public String listDue() {
        return String.valueOf(retention.listDue());
    }

    /** How many exports the person has asked for. */
    @GET
    @Path("exports/count")
    public String exportCount(@QueryParam("email") String email) {
        return String.valueOf(single("SELECT COUNT(*) FROM data_export WHERE person_id = " + id(email)));
    }

    /**
     * Every text column of every table (the migrations' history aside) in which some row contains the
     * text, a line "table.column" each; empty when the text is nowhere.
     */
    @GET
    @Path("text-hits")
    public String textHits(@QueryParam("text") String text) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    int type = rows.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR || type == Types.NCLOB || type == Types.LONGNVARCHAR) {
                        columns.add(new String[] {rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                if (column[0].toLowerCase().startsWith("flyway")) {
                    continue;
                }
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE ?")) {
                    statement.setString(1, "%" + text + "%");
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            hits.add(column[0].toLowerCase() + "." + column[1].toLowerCase());
                        }
                    }
                }
            }
            if (columns.size() < 50) {
                throw new IllegalStateException("Only " + columns.size() + " text columns found: the metadata query is wrong");
            }
        }
        return String.join("\n", hits);
    }

    /**
     * The cohort's figures that erasure must leave alone: the mean answer per statement of the scans
     * shared with the cohort, attendance per meeting and status, and how many questions, plans,
     * reports, reflections and members it has.
     */
    @GET
    @Path("figures")
    public String figures(@QueryParam("cohort") long cohortId) {
        StringBuilder figures = new StringBuilder();
        for (Object[] row : rows("""
                SELECT a.item_id, AVG(CAST(a.answer AS DECIMAL(10, 4))), COUNT(*) FROM self_scan_answer a
                JOIN scan_cohort sc ON sc.scan_id = a.scan_id WHERE sc.cohort_id = ?1 GROUP BY a.item_id ORDER BY a.item_id""",
                cohortId)) {
            figures.append("scan ").append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append('\n');
        }
        for (Object[] row : rows("""
                SELECT m.meeting_number, a.status, COUNT(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                WHERE m.cohort_id = ?1 GROUP BY m.meeting_number, a.status ORDER BY m.meeting_number, a.status""", cohortId)) {
            figures.append("attendance ").append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append('\n');
        }
        figures.append("questions ").append(count("SELECT COUNT(*) FROM learning_question WHERE cohort_id = ?1", cohortId))
                .append("\nplans ").append(count("""
                        SELECT COUNT(*) FROM practice_plan p JOIN meeting m ON m.id = p.meeting_id WHERE m.cohort_id = ?1""",
                        cohortId))
                .append("\nreports ").append(count("""
                        SELECT COUNT(*) FROM practice_plan p JOIN meeting m ON m.id = p.meeting_id
                        WHERE m.cohort_id = ?1 AND p.reported_at IS NOT NULL""", cohortId))
                .append("\nreflections ").append(count("""
                        SELECT COUNT(*) FROM reflection WHERE cohort_id = ?1 AND submitted_at IS NOT NULL""", cohortId))
                .append("\nmembers ").append(count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?1", cohortId))
                .append('\n');
        return figures.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /** The address of the participant's rater in these tests. */
    static final class TestSupportRaters {
        private TestSupportRaters() {
        }

        static String address(String participantEmail) {
            return "rater-" + participantEmail;
        }
    }
}

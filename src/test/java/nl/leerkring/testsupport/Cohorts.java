package nl.leerkring.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets up cohorts through the facilitator's own pages, for tests of what happens inside them. */
public final class Cohorts {

    private static final Pattern COHORT_ID = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern MEETING_ID = Pattern.compile("cohort/meeting\\.xhtml\\?id=(\\d+)");

    private Cohorts() {
    }

    /**
     * A cohort that started ten days ago (meeting 1 held, meeting 2 to come) with these participants,
     * each an existing account named "prefix Tester" as {@link TestSupport#person} makes them, who
     * accepted the invitation; answers its id.
     */
    public static String running(FacesClient facilitator, String name, String... participants) {
        return create(facilitator, name, LocalDate.now().minusDays(10), participants);
    }

    public static String create(FacesClient facilitator, String name, LocalDate start, String... participants) {
        Page created = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit", Map.of(
                "name", name, "partnership", "Opleidingsschool Zutphen", "startDate", start.toString()));
        Matcher matcher = COHORT_ID.matcher("?" + created.uri().getQuery());
        assertTrue(matcher.find(), created.toString());
        String id = matcher.group(1);
        if (participants.length > 0) {
            StringBuilder pasted = new StringBuilder();
            for (String email : participants) {
                pasted.append(email, 0, email.indexOf('-')).append(" Tester <").append(email).append(">\n");
            }
            Page added = facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&id=" + id), "add", "submit",
                    Map.of("pasted", pasted.toString()));
            assertTrue(added.contains("deelnemers toegevoegd") || added.contains("deelnemer toegevoegd"), added.body());
            TestSupport support = new TestSupport(facilitator.uri(""));
            for (String email : participants) {
                accept(support, id, email);
            }
        }
        return id;
    }

    /** The invited person says yes, as on their home page (an existing account is only invited). */
    public static void accept(TestSupport support, String cohortId, String email) {
        support.post("cohort/accept", Map.of("cohort", cohortId, "email", email));
    }

    /** The ids of the cohort's six meetings, in order. */
    public static List<String> meetingIds(FacesClient facilitator, String cohortId) {
        Page view = facilitator.get("cohort/view.xhtml?part=meetings&id=" + cohortId);
        return MEETING_ID.matcher(view.body()).results().map(r -> r.group(1)).toList();
    }
}

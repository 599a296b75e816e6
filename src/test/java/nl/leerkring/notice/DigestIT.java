package nl.leerkring.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * "What happened while I was away": each participant's home shows only their own notices (a reply to
 * their reflection, a reflection shared with their group, their duo partner's plan and report), never
 * a private or facilitator-only reflection, nothing for a participant of another group; "gezien" clears
 * them; the digest goes once a day to whoever has unseen notices, and not to who turned it off.
 */
@OnServer
class DigestIT {

    private static final String DIGEST_SUBJECT = "Nieuw in je leerkring sinds je laatste bezoek";
    private static final String REPLY = "reageerde op je reflectie op bijeenkomst 1";
    private static final String SHARED = "deelde een reflectie op bijeenkomst 1 met je groep";
    private static final String PLAN = "maakte een praktijkplan bij bijeenkomst 1";
    private static final String REPORT = "schreef een verslag over het praktijkplan van bijeenkomst 1";

    private Server server;
    private TestSupport support;

    @Test
    void eachPersonSeesOnlyTheirOwnNoticesAndGetsOneDigestADay() throws Exception {
        String facilitatorEmail = support.person("dgfac", "FACILITATOR");
        String a = support.person("dga", "PARTICIPANT");
        String b = support.person("dgb", "PARTICIPANT");
        String c = support.person("dgc", "PARTICIPANT");
        String d = support.person("dgd", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        // Fixed noon in Amsterdam today, so the day of the digest key cannot turn during the test.
        support.post("rhythm/clock/to", Map.of("local", LocalDate.now().atTime(12, 0).toString()));
        try (MailCatcher mail = new MailCatcher().start()) {
            String cohort = Cohorts.running(facilitator, "Kring bij terugkomst", a, b, c, d);
            String m1 = Cohorts.meetingIds(facilitator, cohort).get(0);
            support.post("digest/group", Map.of("cohort", cohort, "facilitator", facilitatorEmail, "name", "Groep 1",
                    "emails", a + "," + b + "," + c));
            support.post("digest/group", Map.of("cohort", cohort, "facilitator", facilitatorEmail, "name", "Groep 2",
                    "emails", d));
            support.post("learning/duo", Map.of("cohort", cohort, "a", a, "b", c));

            // B shares with the group, A answers it; C keeps one private and shows one to the facilitator only; C plans.
            String shared = support.post("digest/reflect", Map.of("meeting", m1, "email", b, "visibility", "GROUP"));
            support.post("digest/respond", Map.of("reflection", shared, "email", a, "text", "Herkenbaar <b>echt</b>"));
            String privateOne = support.post("digest/reflect", Map.of("meeting", m1, "email", c, "visibility", "PRIVATE"));
            String dOwn = support.post("digest/reflect", Map.of("meeting", m1, "email", d, "visibility", "FACILITATOR"));
            support.post("rhythm/plan", Map.of("meeting", m1, "email", c, "question", "Doorvragen"));

            FacesClient pa = server.logIn(a);
            FacesClient pb = server.logIn(b);
            FacesClient pc = server.logIn(c);
            FacesClient pd = server.logIn(d);

            Page bHome = home(pb);
            assertEquals(1, count(bHome.body(), REPLY), bHome.body());
            assertTrue(bHome.contains("learning/reflection.xhtml?id=" + shared), "the reply links to the thread");
            assertEquals(0, count(bHome.body(), SHARED), "not their own reflection");
            assertEquals(0, count(bHome.body(), PLAN), "C is not B's partner");

            Page aHome = home(pa);
            assertEquals(1, count(aHome.body(), PLAN), "the duo partner's plan: " + aHome.body());
            assertEquals(1, count(aHome.body(), SHARED), "B's group reflection, and none of C's or D's");
            assertEquals(0, count(aHome.body(), REPLY), "A's own response is no notice to A");
            assertFalse(aHome.contains("reflection.xhtml?id=" + privateOne + "\""), "a private reflection never shows");

            Page cHome = home(pc);
            assertEquals(1, count(cHome.body(), SHARED), cHome.body());
            assertEquals(0, count(cHome.body(), REPLY) + count(cHome.body(), PLAN), "C's own plan, B's thread: none");

            Page dHome = home(pd);
            assertTrue(dHome.contains("notices-none"), "another group's participant sees nothing: " + dHome.body());
            assertFalse(dHome.contains("reflection.xhtml?id=" + shared));
            assertFalse(dHome.contains("reflection.xhtml?id=" + dOwn + "\""), "D's own reflection is no notice");
            assertEquals(0, count(dHome.body(), "Herkenbaar"), "no reflection or response text on the card");

            // B says "gezien": the card is empty, and B has nothing left for the digest.
            Page seen = pb.submit(bHome, "seen", "seen", Map.of());
            assertTrue(seen.contains("Alles tot nu toe staat op gezien."), seen.body());
            assertTrue(home(pb).contains("notices-none"));

            // The digest: A and C get one each; B (seen) and D (nothing) none; a second round adds none.
            List<String> people = List.of(a, b, c, d);
            int[] before = queued(support, people);
            support.post("digest/round", Map.of());
            assertArrayEquals(new int[] {before[0] + 1, before[1], before[2] + 1, before[3]}, queued(support, people));
            support.post("digest/round", Map.of());
            support.post("digest/round", Map.of());
            assertArrayEquals(new int[] {before[0] + 1, before[1], before[2] + 1, before[3]}, queued(support, people),
                    "a second run the same day sends none");
            support.drain();
            MailCatcher.Mail digest = mail.mailsTo(a).stream().filter(m -> m.subject().equals(DIGEST_SUBJECT))
                    .findFirst().orElseThrow();
            assertTrue(digest.text().contains(PLAN) && digest.text().contains(SHARED), digest.text());
            assertTrue(digest.html().contains(PLAN), digest.html());

            // A turns the digest off. The next day C reports and responds to B: only B gets a digest.
            Page off = pa.submit(home(pa), "digest", "save", Map.of("digestOn", "false"));
            assertTrue(off.contains("Je krijgt geen mail meer met wat er nieuw is."), off.body());
            assertFalse(Pattern.compile("<input[^>]*id=\"digest:digestOn\"[^>]*checked").matcher(home(pa).body()).find(),
                    "stored off");
            support.post("rhythm/clock/to", Map.of("local", LocalDate.now().plusDays(1).atTime(12, 0).toString()));
            support.post("rhythm/report", Map.of("meeting", m1, "email", c));
            support.post("digest/respond", Map.of("reflection", shared, "email", c, "text", "Ik ook"));
            support.post("digest/round", Map.of());
            support.post("digest/round", Map.of());
            assertArrayEquals(new int[] {before[0] + 1, before[1] + 1, before[2] + 1, before[3]}, queued(support, people),
                    "a new day: B's digest of C's reply; none for A, who turned it off");
            assertEquals(1, count(home(pa).body(), REPORT), "the card still shows A the partner's report");
        } finally {
            support.post("rhythm/clock/reset", Map.of());
        }
    }

    private static Page home(FacesClient client) {
        Page page = client.get("dashboard.xhtml");
        assertEquals(200, page.status());
        return page;
    }

    private static int[] queued(TestSupport support, List<String> people) {
        return people.stream().mapToInt(to -> Integer.parseInt(support.get("outbox/count?to=" + to))).toArray();
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        assertArrayEquals(expected, actual, "");
    }

    private static void assertArrayEquals(int[] expected, int[] actual, String message) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, message);
    }

    private static int count(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }
}

package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The access log and the privacy page (issue 16 §5, §6): a facilitator opening a participant's scan
 * result is logged and the participant reads it on their privacy page; the owner's own look is not;
 * old rows are pruned; a daily job is claimed once per day; the page is open to a rater without an account.
 */
@OnServer
class AccessLogIT {

    private Server server;

    private TestSupport support;

    private FacesClient logIn(String email) throws Exception {
        return server.logIn(email);
    }

    @Test
    void aFacilitatorOpeningAScanResultIsShownToItsOwner() throws Exception {
        String facilitatorEmail = support.person("logfac", "FACILITATOR");
        String owner = support.person("logowner", "PARTICIPANT");
        String other = support.person("logother", "PARTICIPANT");
        FacesClient facilitator = logIn(facilitatorEmail);
        Cohorts.running(facilitator, "Toegangslog " + UUID.randomUUID().toString().substring(0, 6), owner, other);
        String scanId = support.post("insights/scan", Map.of("email", owner, "moment", "START", "value", "4"));

        FacesClient ownerClient = logIn(owner);
        assertEquals(200, ownerClient.get("scan/result.xhtml?id=" + scanId).status());
        Page before = ownerClient.get("account/privacy.xhtml");
        assertTrue(before.contains("id=\"access-none\""), "the owner's own look is not logged: " + before.body());

        assertEquals(200, facilitator.get("scan/result.xhtml?id=" + scanId).status());
        Page after = ownerClient.get("account/privacy.xhtml");
        String log = after.body().substring(after.body().indexOf("id=\"access\""));
        assertTrue(log.contains("logfac Tester"), log);
        assertTrue(log.contains("facilitator"), log);
        assertTrue(log.contains("je zelfscan"), log);
        assertFalse(logIn(other).get("account/privacy.xhtml").contains("logfac Tester"), "only the person concerned");

        assertTrue(Integer.parseInt(support.post("insights/access-log/age", Map.of("email", owner))) >= 1);
        assertTrue(Integer.parseInt(support.post("insights/access-log/prune", Map.of())) >= 1);
        assertTrue(ownerClient.get("account/privacy.xhtml").contains("id=\"access-none\""), "pruned after the kept period");
    }

    @Test
    void aDailyJobIsClaimedOncePerDay() {
        String job = "test-" + UUID.randomUUID();
        support.post("insights/daily-job", Map.of("name", job));
        assertEquals("true", support.post("insights/daily-job/claim", Map.of("name", job, "day", "2026-12-01")));
        assertEquals("false", support.post("insights/daily-job/claim", Map.of("name", job, "day", "2026-12-01")),
                "a second instance finds the day taken");
        assertEquals("true", support.post("insights/daily-job/claim", Map.of("name", job, "day", "2026-12-02")));
    }

    @Test
    void thePrivacyPageIsOpenToEveryoneAndLinkedFromEveryPage() throws Exception {
        FacesClient visitor = server.client();
        Page privacy = visitor.get("account/privacy.xhtml");
        assertEquals(200, privacy.status());
        assertTrue(privacy.contains("Wie ziet wat") && privacy.contains("Hoe lang"), privacy.body());
        assertTrue(privacy.contains("365 dagen"), "the kept period of the access log");
        assertFalse(privacy.contains("id=\"access-log\""), "no access log for a visitor");
        assertTrue(visitor.get("login.xhtml").contains("account/privacy.xhtml"), "linked from the footer");
    }
}

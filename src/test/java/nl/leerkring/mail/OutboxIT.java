package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** The outbox against a real SMTP server that is down, then up: nothing lost, nothing sent twice. */
@OnServer
class OutboxIT {

    private Server server;
    private TestSupport support;

    @Test
    void aMailQueuedWhileTheServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        String to = TestSupport.uniqueEmail("outbox");
        String key = "outbox-it:" + to;
        support.post("outbox", Map.of("key", key, "to", to));

        support.drain();
        assertEquals("PENDING 1", support.get("outbox/status?key=" + key), "a failed attempt is recorded, the mail kept");

        try (MailCatcher mailServer = new MailCatcher().start()) {
            support.post("outbox/due", Map.of("key", key));
            support.drain();
            assertEquals("SENT 2", support.get("outbox/status?key=" + key));
            MailCatcher.Mail mail = mailServer.onlyMailTo(to);
            assertEquals("Activeer je account bij Leerkring", mail.subject());
            assertTrue(mail.messageId().endsWith("@leerkring>"), mail.messageId());

            support.drain();
            support.post("outbox", Map.of("key", key, "to", to));
            support.drain();
            assertEquals(1, mailServer.mailsTo(to).size(), "neither a second drain nor queueing the same key again sends it twice");
            assertEquals("1", support.get("outbox/count?to=" + to));
        }
    }

    @Test
    void concurrentDrainsLikeSeveralInstancesSendEveryMailExactlyOnce() throws Exception {
        try (MailCatcher mailServer = new MailCatcher().start()) {
            support.drain();
            int before = mailServer.receivedCount();
            String run = TestSupport.uniqueEmail("burst").split("@")[0];
            Set<String> recipients = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                String to = run + "-" + i + "@test.leerkring.nl";
                recipients.add(to);
                support.post("outbox", Map.of("key", "burst:" + to, "to", to));
            }

            int delivered = Integer.parseInt(support.post("outbox/drain-concurrently", Map.of("drains", "4")));

            assertEquals(60, delivered);
            assertEquals(before + 60, mailServer.receivedCount());
            for (String to : recipients) {
                List<MailCatcher.Mail> mails = mailServer.mailsTo(to);
                assertEquals(1, mails.size(), "exactly one mail to " + to);
            }
        }
    }

    @Test
    void theMailsOfASenderThatDiedAreTakenOverOnceTheLeaseRunsOutButALiveSendersAreNot() throws Exception {
        try (MailCatcher mailServer = new MailCatcher().start()) {
            support.drain();
            String run = TestSupport.uniqueEmail("lease").split("@")[0];
            List<String> recipients = List.of(run + "-1@test.leerkring.nl", run + "-2@test.leerkring.nl");
            for (String to : recipients) {
                support.post("outbox", Map.of("key", "lease:" + to, "to", to));
            }
            String[] dead = support.post("outbox-lease/claim", Map.of("limit", "10")).split(" ");
            assertEquals("2", dead[1], "the stalled sender holds both mails");

            assertEquals(0, support.drain(), "a claim within its lease is not taken over");
            support.post("outbox-lease/clock/move", Map.of("seconds", "59"));
            assertEquals(0, support.drain(), "not even just before it runs out");
            support.post("outbox-lease/clock/move", Map.of("seconds", "2"));
            assertEquals(2, support.drain(), "a minute after the sender died, another instance sends its mails");
            for (String to : recipients) {
                assertEquals(1, mailServer.mailsTo(to).size(), to);
            }

            String to = run + "-3@test.leerkring.nl";
            support.post("outbox", Map.of("key", "lease:" + to, "to", to));
            String live = support.post("outbox-lease/claim", Map.of("limit", "10")).split(" ")[0];
            support.post("outbox-lease/clock/move", Map.of("seconds", "40"));
            assertEquals("1", support.post("outbox-lease/renew", Map.of("token", live, "seconds", "60")),
                    "the live sender renews halfway");
            support.post("outbox-lease/clock/move", Map.of("seconds", "30"));
            assertEquals(0, support.drain(), "past the first lease, the renewed claim still holds");
            assertEquals(0, mailServer.mailsTo(to).size());
            support.post("outbox-lease/clock/move", Map.of("seconds", "31"));
            assertEquals(1, support.drain(), "once the renewed lease runs out too, the mail is taken over");
        } finally {
            support.post("outbox-lease/clock/reset", Map.of());
        }
    }
}

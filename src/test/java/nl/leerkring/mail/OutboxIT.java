package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerkring.testsupport.Deployments;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.TestSupport;

/** The outbox against a real SMTP server that is down, then up: nothing lost, nothing sent twice. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leerkring();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aMailQueuedWhileTheServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        TestSupport support = new TestSupport(base.toURI());
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
        TestSupport support = new TestSupport(base.toURI());
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
}

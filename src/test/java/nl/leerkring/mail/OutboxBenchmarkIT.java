package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Benchmark, not part of the normal test run: how long the outbox takes to hand 10,000 mails
 * to a local SMTP server. Run with {@code mvn verify -Pbenchmark} (add {@code -Pmariadb} for
 * MariaDB); the numbers go into the README. The target: 10,000 mails within a minute.
 */
@OnServer
class OutboxBenchmarkIT {

    private static final int MAILS = Integer.getInteger("benchmark.mails", 10_000);
    private static final int CHUNK = 1_000;

    private Server server;
    private TestSupport support;

    @Test
    void drainTenThousandMails() throws Exception {
        String prefix = TestSupport.uniqueEmail("bench").split("@")[0];
        try (MailCatcher mailServer = new MailCatcher().start()) {
            support.drain();
            int before = mailServer.receivedCount();
            long queueStart = System.nanoTime();
            for (int from = 0; from < MAILS; from += CHUNK) {
                support.post("outbox/bulk", Map.of("prefix", prefix, "from", String.valueOf(from),
                        "count", String.valueOf(Math.min(CHUNK, MAILS - from))));
            }
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;

            long drainStart = System.nanoTime();
            int delivered = 0;
            while (delivered < MAILS) {
                int sent = support.drain();
                if (sent == 0) {
                    break;
                }
                delivered += sent;
            }
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;

            System.out.printf("%nBENCHMARK outbox: queued %d mails in %.1f s; drained %d in %.1f s = %.0f mails/minute%n%n",
                    MAILS, queueSeconds, delivered, drainSeconds, delivered / drainSeconds * 60);
            assertEquals(MAILS, delivered);
            assertEquals(before + MAILS, mailServer.receivedCount());
        }
    }
}

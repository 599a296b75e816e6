package nl.leerkring.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import nl.leerkring.testsupport.Browser;

/**
 * The cluster test's driver, run by {@code src/test/cluster/cluster.sh} against two instances behind
 * HAProxy (docs/cluster.md); not a JUnit test, so the normal build never runs it. Each phase prints
 * {@code RESULT key=value} lines for the script's summary and fails (exit code 1) on the first broken promise.
 * <ul>
 * <li>{@code browser}: the demo facilitator starts a live shared-question session and the demo participant
 * Sanne adds an idea and answers half of her self-scan, each in their own Chromium through HAProxy; the
 * instance that answered Sanne's last request is killed with SIGKILL; both go on without logging in again on
 * the forms they had open (the rest of the scan, a second idea, the facilitator's next step), and the
 * database holds everything they saved. The failover time is from the kill until the first request of Sanne's
 * session answers her signed-in home page again.</li>
 * <li>{@code mail}: 1,000 mails are written into the outbox with SQL; both instances drain it into a mail
 * catcher (GreenMail) that counts per recipient; one instance is killed when a third has arrived. None may be
 * lost, at most one (the one in flight) may arrive twice.</li>
 * </ul>
 */
public final class ClusterDrill {

    private static final String PASSWORD = "leerkring-demo";
    private static final Duration FAILOVER_LIMIT = Duration.ofMinutes(3);

    private final Path dir = Path.of(System.getProperty("cluster.dir", "target/cluster"));
    private final String base = System.getProperty("cluster.base", "http://localhost:8930") + "/";
    private final String dbUrl = System.getProperty("cluster.db.url");
    private final String dbUser = System.getProperty("cluster.db.user");
    private final String dbPassword = System.getProperty("cluster.db.password");

    public static void main(String[] args) throws Exception {
        ClusterDrill drill = new ClusterDrill();
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "browser" -> drill.browser();
                case "mail" -> drill.mail(args.length > 1 ? args[1] : "a");
                default -> throw new IllegalArgumentException("usage: ClusterDrill browser | mail <instance to kill>");
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.out.println("RESULT failed=" + failure);
            System.exit(1);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------
    // Phase 1: a participant and a facilitator lose their instance

    private void browser() throws Exception {
        long cohort = single("SELECT MIN(id) FROM cohort");
        try (Browser board = Browser.phone(base); Browser phone = Browser.phone(base)) {
            logIn(board, "facilitator@demo.leerkring.nl");
            board.open("cohort/view.xhtml?part=results&id=" + cohort);
            board.click("#startSession\\:start");
            heading(board, "Gezamenlijke leervraag: het bord");
            long session = single("SELECT MAX(id) FROM group_session WHERE closed_at IS NULL");

            logIn(phone, "wpb2@demo.leerkring.nl");
            phone.open("cohort/mine.xhtml");
            phone.clickLink("Doe mee met de gezamenlijke leervraag");
            heading(phone, "Gezamenlijke leervraag");
            String takePart = phone.driver().getCurrentUrl();
            phone.type("#idea\\:text", "Hoe houd je een leerroute bij als de stageschool wisselt?");
            phone.click("#idea\\:add");
            confirmed(phone, "Je idee is toegevoegd.");
            text(board, "#idea-count", "1 idee van");

            phone.open("scan/mine.xhtml");
            phone.click("#start\\:submit");
            heading(phone, "Zelfscan werkplekopleider");
            int statements = phone.findAll("fieldset.likert").size();
            int half = statements / 2;
            int expectedSum = 0;
            for (int i = 0; i < statements; i++) {
                expectedSum += answer(i);
            }
            for (int i = 0; i < half; i++) {
                choose(phone, i, statements);
            }
            long scan = single("SELECT MAX(s.id) FROM self_scan s JOIN person p ON p.id = s.person_id"
                    + " WHERE p.email = 'wpb2@demo.leerkring.nl' AND s.status = 'DRAFT'");
            expect(single("SELECT COUNT(*) FROM self_scan_answer WHERE scan_id = " + scan) == half,
                    half + " answers saved before the kill");

            // The instance that answered Sanne's last request dies; her session lives on in the other.
            String victim = servedBy(phone);
            System.out.println("RESULT killed=" + victim);
            Map<String, String> cookies = phone.driver().manage().getCookies().stream()
                    .collect(Collectors.toMap(c -> c.getName(), c -> c.getValue()));
            long killedAt = kill(victim);
            Probe probe = failover(cookies, killedAt);
            System.out.printf("RESULT failover_ms=%d (first signed-in answer after the kill; %d requests tried, %d failed)%n",
                    probe.millis(), probe.tries(), probe.failures());

            // Sanne goes on with the scan form she had open: the next answer, timed from the kill too.
            choose(phone, half, statements, FAILOVER_LIMIT);
            System.out.printf("RESULT browser_next_answer_ms=%d (from the kill until the scan form saved the next answer)%n",
                    (System.nanoTime() - killedAt) / 1_000_000);
            for (int i = half + 1; i < statements; i++) {
                choose(phone, i, statements);
            }
            phone.click("#scan\\:submit");
            heading(phone, "Resultaat zelfscan");
            confirmed(phone, "Je zelfscan is ingediend.");
            expect(single("SELECT COUNT(*) FROM self_scan_answer WHERE scan_id = " + scan) == statements,
                    "all " + statements + " answers kept");
            expect(single("SELECT SUM(answer) FROM self_scan_answer WHERE scan_id = " + scan) == expectedSum,
                    "every answer as given (sum " + expectedSum + ")");
            expect(single("SELECT COUNT(*) FROM self_scan WHERE status = 'SUBMITTED' AND id = " + scan) == 1, "scan submitted");

            // The facilitator's board, opened before the kill, goes on polling and takes the next step.
            phone.driver().get(takePart);
            heading(phone, "Gezamenlijke leervraag");
            phone.type("#idea\\:text", "Wat vraagt een student van een werkplekbegeleider in de eerste week?");
            phone.click("#idea\\:add");
            confirmed(phone, "Je idee is toegevoegd.");
            text(board, "#idea-count", "2 ideeën van");
            board.click("#step\\:next");
            text(board, "#stage", "Rondje");
            expect(board.pageText().contains("stageschool wisselt?") && board.pageText().contains("in de eerste week?"),
                    "both ideas on the board");
            text(phone, "#stage", "Rondje");
            expect(single("SELECT COUNT(*) FROM group_idea WHERE session_id = " + session) == 2, "both ideas saved");
            expect(single("SELECT COUNT(*) FROM group_session WHERE stage <> 'GENERATING' AND id = " + session) == 1,
                    "the session moved on");
            expect(!board.heading().equals("Inloggen") && !phone.heading().equals("Inloggen"), "nobody logged in again");
            System.out.printf("RESULT messages_after_redirect=%d of %d shown on the page after the redirect%n", shown, asked);
            expect(shown == asked, "every message after a redirect shown");
            System.out.printf("RESULT browser=passed (scan of %d statements, %d before and %d after the kill; 2 ideas; board moved on)%n",
                    statements, half, statements - half);
        }
    }

    /** Pages on a busy 2-core machine can take longer than the ITs' 15 s: wait for the condition up to a minute. */
    private static final Duration PAGE_LIMIT = Duration.ofSeconds(60);

    private int asked;
    private int shown;

    /**
     * The message of a post that redirected, on the page after the redirect (often answered by the other
     * instance). Counted, not failed at once, so a missing one still lets the rest of the drill measure.
     */
    private void confirmed(Browser browser, String message) {
        heading(browser, browser.heading()); // the page after the redirect has loaded
        asked++;
        try {
            text(browser, "#messages", message);
            shown++;
        } catch (org.openqa.selenium.TimeoutException missing) {
            System.out.println("message missing after the redirect: " + message);
        }
    }

    private static void logIn(Browser browser, String email) {
        browser.open("login.xhtml");
        browser.type("#login\\:email", email);
        browser.type("#login\\:password", PASSWORD, org.openqa.selenium.Keys.ENTER);
        heading(browser, "Overzicht");
    }

    // Browser's waits try again when an ajax update replaced the element between finding and reading
    // it (the board polls): a plain WebDriverWait fails on Chromium's "does not belong to the document".
    private static void heading(Browser browser, String heading) {
        browser.waitFor(PAGE_LIMIT, ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    private static void text(Browser browser, String css, String text) {
        browser.waitFor(PAGE_LIMIT, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private static int answer(int i) {
        return 2 + (i % 5);
    }

    private static void choose(Browser phone, int i, int statements) {
        phone.click("fieldset.likert input[value='" + answer(i) + "']", i);
        text(phone, "#scan\\:progress", (i + 1) + " van " + statements);
    }

    private static void choose(Browser phone, int i, int statements, Duration limit) {
        new WebDriverWait(phone.driver(), limit).pollingEvery(Duration.ofMillis(50)).ignoring(RuntimeException.class)
                .until(d -> {
                    phone.click("fieldset.likert input[value='" + answer(i) + "']", i);
                    return true;
                });
        phone.waitFor(limit,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#scan\\:progress"), (i + 1) + " van " + statements));
    }

    /** The instance (HAProxy's server name) that answered the browser's latest request, from the Server-Timing header. */
    private static String servedBy(Browser browser) {
        Object node = ((JavascriptExecutor) browser.driver()).executeScript("""
                let latest = null;
                for (const e of performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))) {
                    for (const t of e.serverTiming || []) {
                        if (t.name === 'node' && (latest === null || e.responseEnd >= latest.end)) {
                            latest = {end: e.responseEnd, node: t.description};
                        }
                    }
                }
                return latest && latest.node;""");
        expect(node != null, "HAProxy names the instance in Server-Timing");
        return node.toString();
    }

    private record Probe(long millis, int tries, int failures) {
    }

    /** Asks for the signed-in home page with the session's cookies until it answers; times from the kill. */
    private Probe failover(Map<String, String> cookies, long killedAt) throws Exception {
        String cookie = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int tries = 0;
        int failures = 0;
        while (System.nanoTime() - killedAt < FAILOVER_LIMIT.toNanos()) {
            tries++;
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "dashboard.xhtml"))
                        .header("Cookie", cookie).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("<h1>Overzicht</h1>")) {
                    return new Probe((System.nanoTime() - killedAt) / 1_000_000, tries, failures);
                }
                expect(!answer.body().contains("id=\"login\""), "the session survived (no login page after the kill)");
            } catch (java.io.IOException e) {
                // a refused or reset connection while HAProxy still counts the dead instance in
            }
            failures++;
            Thread.sleep(20);
        }
        throw new AssertionError("no answer within " + FAILOVER_LIMIT);
    }

    /** SIGKILL to the instance; answers the moment (System.nanoTime) just before it. */
    private long kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve(node + ".pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("instance " + node + " is not running"));
        long at = System.nanoTime();
        process.destroyForcibly(); // SIGKILL on Linux
        process.onExit().get(30, TimeUnit.SECONDS);
        return at;
    }

    // ---------------------------------------------------------------------------------------------
    // Phase 2: 1,000 mails while an instance dies

    private void mail(String victim) throws Exception {
        int mails = Integer.getInteger("cluster.mails", 1000);
        int port = Integer.getInteger("cluster.smtp.port", 3941);
        GreenMail catcher = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        catcher.start();
        try (Connection db = connection()) {
            String run = Long.toString(System.currentTimeMillis(), 36);
            long inserted = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_mail (idempotency_key, recipient,"
                    + " recipient_name, subject, text_body, html_body, status, next_attempt_at, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', UTC_TIMESTAMP() - INTERVAL 1 SECOND, UTC_TIMESTAMP())")) {
                for (int i = 0; i < mails; i++) {
                    insert.setString(1, "cluster-test:" + run + ":" + i);
                    insert.setString(2, recipient(run, i));
                    insert.setString(3, "Ontvanger " + i);
                    insert.setString(4, "Clustertest " + i);
                    insert.setString(5, "Mail " + i + " of the cluster test.");
                    insert.setString(6, "<p>Mail " + i + " of the cluster test.</p>");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            String mine = "recipient LIKE 'cluster-" + run + "-%'";
            // Both instances drain; one dies when a third of the mails has arrived.
            int third = mails / 3;
            long deadline = System.nanoTime() + FAILOVER_LIMIT.toNanos();
            while (received(catcher, run).total() < third) {
                expect(System.nanoTime() < deadline, "a third of the mails within " + FAILOVER_LIMIT);
                catcher.waitForIncomingEmail(200, catcher.getReceivedMessages().length + 1);
            }
            int atKill = received(catcher, run).total();
            long sentAtKill = single(db, "SELECT COUNT(*) FROM outbox_mail WHERE status = 'SENT' AND " + mine);
            long killedAt = kill(victim);
            System.out.printf("RESULT mail_kill=instance %s killed after %d of %d mails had arrived (%d recorded as sent)%n",
                    victim, atKill, mails, sentAtKill);
            deadline = killedAt + FAILOVER_LIMIT.toNanos();
            while (single(db, "SELECT COUNT(*) FROM outbox_mail WHERE status <> 'SENT' AND " + mine) > 0) {
                expect(System.nanoTime() < deadline, "every mail recorded as sent within " + FAILOVER_LIMIT + " of the kill");
                catcher.waitForIncomingEmail(200, catcher.getReceivedMessages().length + 1);
            }
            long done = System.nanoTime();
            Count count = received(catcher, run);
            long lost = mails - count.distinct();
            long twice = count.total() - count.distinct();
            System.out.printf("RESULT mails=%d written, %d received, %d recipients reached, %d lost, %d twice%n",
                    mails, count.total(), count.distinct(), lost, twice);
            System.out.printf("RESULT mail_times=all sent %.1f s after writing them, %.1f s after the kill"
                    + " (claim lease %s s: the dead instance's batch is taken over after it)%n",
                    (done - inserted) / 1e9, (done - killedAt) / 1e9, System.getProperty("cluster.lease", "10"));
            expect(lost == 0, "no mail lost");
            expect(twice <= 1, "at most one mail twice");
            System.out.println("RESULT mail=passed");
        } finally {
            catcher.stop();
        }
    }

    private static String recipient(String run, int i) {
        return "cluster-" + run + "-" + i + "@example.org";
    }

    private record Count(int total, int distinct) {
    }

    /** Mails of this run at the catcher: all, and to how many different recipients. */
    private static Count received(GreenMail catcher, String run) throws MessagingException {
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage message : catcher.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().contains("cluster-" + run + "-")) {
                    perRecipient.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        return new Count(perRecipient.values().stream().mapToInt(Integer::intValue).sum(), perRecipient.size());
    }

    // ---------------------------------------------------------------------------------------------

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private long single(String sql) throws SQLException {
        try (Connection db = connection()) {
            return single(db, sql);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void expect(boolean condition, String promise) {
        if (!condition) {
            throw new AssertionError("broken: " + promise);
        }
    }
}

package nl.leerkring.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Issue 16 §2 on a phone: a participant asks for their data, sees it being prepared and then ready,
 * follows the link from the mail and downloads the ZIP; every page passes axe and fits 390 px.
 */
@OnServer
class MyDataBrowserIT {

    private Server server;
    private TestSupport support;

    private static MailCatcher mailServer;

    @BeforeAll
    static void startMail() {
        mailServer = new MailCatcher().start();
    }

    @AfterAll
    static void stopMail() {
        mailServer.stop();
    }

    @Test
    void aParticipantDownloadsTheirData() throws Exception {
        PrivacyFixture fixture = PrivacyFixture.make(support, "browser-data", "Opleidingsschool Browser",
                LocalDate.now().minusDays(10));
        Path downloads = Files.createTempDirectory("leerkring-download");
        try (Browser browser = server.phone()) {
            browser.logIn(fixture.email(), TestSupport.PASSWORD);
            browser.open("account/my-data.xhtml");
            browser.waitForHeading("Mijn gegevens");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();

            browser.click("#export\\:request");
            browser.waitForText("#export-status", "worden voorbereid");
            support.post("privacy/exports/run", Map.of());
            browser.click("#export\\:refresh");
            browser.waitForText("#export-status", "klaar");
            browser.assertAccessible();

            support.drain();
            List<MailCatcher.Mail> mails = mailServer.mailsTo(fixture.email()).stream()
                    .filter(m -> m.subject().contains("gegevens")).toList();
            browser.open(mails.get(mails.size() - 1).appLink("my-data/"));
            browser.waitForHeading("Je gegevens uit Leerkring");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            // The download button posts the form; the browser's own fetch of that post reads what a click saves.
            String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.querySelector('form').action || location.href, {method: 'POST'})
                        .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                        .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                        .catch(e => done('failed ' + e));""");
            assertTrue(!base64.startsWith("failed"), base64);
            Path zip = downloads.resolve("leerkring-mijn-gegevens.zip");
            Files.write(zip, Base64.getDecoder().decode(base64));
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                assertTrue(archive.getEntry(ExportArchive.OVERVIEW) != null);
                assertTrue(archive.getEntry("reflections.json") != null);
                String overview = new String(archive.getInputStream(archive.getEntry(ExportArchive.OVERVIEW)).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(overview.contains(fixture.name()), "the overview holds the participant's data");
            }

            browser.open("account/my-data.xhtml");
            browser.waitForText("#export-status", "gedownload");
        } finally {
            deleteAll(downloads);
        }
    }

    private static void deleteAll(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}

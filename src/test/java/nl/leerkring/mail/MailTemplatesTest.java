package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, String> values = Map.of("name", "Anna <de> Vries", "link", "https://x.test/a?token=abc&b=1",
            "cohort", "Cohort <X>", "facilitator", "Frank", "previous", "Cohort <W>");

    @ParameterizedTest
    @CsvSource({
        "activation, nl, Activeer je account bij Leerkring",
        "activation, en, Activate your Leerkring account",
        "password-reset, nl, Nieuw wachtwoord voor Leerkring",
        "password-reset, en, New password for Leerkring",
        "cohort-invitation, nl, Uitnodiging voor Cohort <X>",
        "cohort-invitation, en, Invitation to Cohort <X>",
        "cohort-follow-up, nl, Je doet mee aan het vervolg: Cohort <X>",
        "cohort-follow-up, en, You take part in the follow-up: Cohort <X>"})
    void everyTemplateRendersInBothLanguages(String template, String language, String subject) {
        RenderedMail mail = templates.render(template, Locale.forLanguageTag(language), values);
        assertEquals(subject, mail.subject());
        assertTrue(mail.text().contains("https://x.test/a?token=abc&b=1"), "plain text keeps the link as it is");
        assertTrue(mail.text().contains("Anna <de> Vries"));
        assertFalse(mail.text().contains("{{"), "no placeholder left");
        assertTrue(mail.html().contains("<html lang=\"" + language + "\">"));
        assertFalse(mail.html().contains("{{"), "no placeholder left");
    }

    @ParameterizedTest
    @CsvSource({
        "meeting-invitation, nl, Bijeenkomst 3 van Cohort <X>: dinsdag",
        "meeting-invitation, en, Meeting 3 of Cohort <X>: dinsdag",
        "meeting-update, nl, Gewijzigd: bijeenkomst 3 van Cohort <X>, dinsdag",
        "meeting-update, en, Changed: meeting 3 of Cohort <X>, dinsdag",
        "meeting-reminder, nl, Binnenkort: bijeenkomst 3 van Cohort <X>, dinsdag",
        "meeting-reminder, en, Coming up: meeting 3 of Cohort <X>, dinsdag"})
    void theMeetingMailsRenderInBothLanguages(String template, String language, String subjectStart) {
        Map<String, String> meeting = new java.util.HashMap<>(values);
        meeting.putAll(Map.of("number", "3", "when", "dinsdag 16 maart 2027, 14:00–17:00 (Europe/Amsterdam)",
                "place", "Lokaal <1>", "agenda", "Terugblik:\nhet huiswerk", "homework", "Lees <hoofdstuk> 2",
                "theory", "Korthagen", "plans", "- Een plan", "materials", "- Kalibreren leeruitkomsten"));
        RenderedMail mail = templates.render(template, Locale.forLanguageTag(language), meeting);
        assertTrue(mail.subject().startsWith(subjectStart), mail.subject());
        assertFalse(mail.text().contains("{{"), "no placeholder left");
        assertFalse(mail.html().contains("{{"), "no placeholder left");
        assertTrue(mail.html().contains("Lokaal &lt;1&gt;"), "escaped in HTML");
        assertTrue(mail.text().contains("Lokaal <1>"));
    }

    @ParameterizedTest
    @CsvSource({
        "nl, Nieuw in je leerkring sinds je laatste bezoek",
        "en, New in your learning circle since your last visit"})
    void theDigestListsItsLinesInBothLanguagesEscapedInHtml(String language, String subject) {
        RenderedMail mail = templates.render("digest", Locale.forLanguageTag(language), Map.of("name", "Anna",
                "events", "- <b>Bo</b> line one\n- line two", "link", "https://x.test/dashboard.xhtml"));
        assertEquals(subject, mail.subject());
        assertTrue(mail.text().contains("- <b>Bo</b> line one\n- line two"), mail.text());
        assertTrue(mail.html().contains("- &lt;b&gt;Bo&lt;/b&gt; line one\n- line two"), "escaped, lines kept by pre-line");
        assertFalse(mail.html().contains("<b>Bo"));
        assertTrue(mail.html().contains("<html lang=\"" + language + "\">"));
    }

    @Test
    void valuesAreEscapedInHtml() {
        RenderedMail mail = templates.render("activation", Locale.forLanguageTag("nl"), values);
        assertTrue(mail.html().contains("Anna &lt;de&gt; Vries"));
        assertTrue(mail.html().contains("href=\"https://x.test/a?token=abc&amp;b=1\""));
        assertFalse(mail.html().contains("<de>"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToDutch() {
        RenderedMail mail = templates.render("activation", Locale.GERMAN, values);
        assertEquals("Activeer je account bij Leerkring", mail.subject());
    }

    @Test
    void aMissingValueFailsLoudly() {
        assertThrows(IllegalArgumentException.class,
                () -> templates.render("activation", Locale.ENGLISH, Map.of("name", "Anna")));
    }

    @Test
    void anUnknownTemplateFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("nope", Locale.ENGLISH, values));
    }
}

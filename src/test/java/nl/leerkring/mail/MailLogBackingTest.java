package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.mail.MailLogBacking.TextPart;

class MailLogBackingTest {

    @Test
    void linksAreCutOutOfTheTextAndNothingIsLost() {
        String text = "Beste Anna,\n\nKlik op http://localhost:8080/account/password.xhtml?token=a_b-C\n\nof <niet>.";
        List<TextPart> parts = MailLogBacking.parts(text);
        assertEquals(List.of(
                new TextPart("Beste Anna,\n\nKlik op ", false),
                new TextPart("http://localhost:8080/account/password.xhtml?token=a_b-C", true),
                new TextPart("\n\nof <niet>.", false)), parts);
    }

    @Test
    void textWithoutLinksIsOnePartAndNothingIsNothing() {
        assertEquals(List.of(new TextPart("geen link", false)), MailLogBacking.parts("geen link"));
        assertEquals(List.of(), MailLogBacking.parts(null));
    }
}

package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.BusinessException;

class ParticipantListTest {

    @Test
    void goodLinesAreKeptAndEachBadLineIsReportedWithItsNumber() {
        ParticipantList.Result result = ParticipantList.parsePasted("""
                Anna de Vries <Anna@School.nl>

                Bram zonder adres
                  Chris Jansen < chris@school.nl >
                Dirk <dirk@school>
                <eva@school.nl>
                """);
        assertEquals(List.of(new ParticipantList.Entry("Anna de Vries", "anna@school.nl"),
                new ParticipantList.Entry("Chris Jansen", "chris@school.nl")), result.entries());
        assertEquals(List.of(
                new ParticipantList.LineError(3, "Bram zonder adres", "participants.lineFormat"),
                new ParticipantList.LineError(5, "Dirk <dirk@school>", "participants.emailInvalid"),
                new ParticipantList.LineError(6, "<eva@school.nl>", "participants.nameInvalid")), result.errors());
    }

    @Test
    void aRepeatedAddressCountsOnce() {
        ParticipantList.Result result = ParticipantList.parsePasted("A <a@b.nl>\nA again <A@B.NL>");
        assertEquals(List.of(new ParticipantList.Entry("A", "a@b.nl")), result.entries());
    }

    @Test
    void aCsvWithSemicolonsAndDutchHeadersAsASpreadsheetWritesIt() {
        ParticipantList.Result result = ParticipantList.parseCsv("""
                \uFEFFNaam;E-mail;School
                "Vries, Anna de";anna@school.nl;Het Baken
                Bram;bram-at-school;Het Baken
                Chris;chris@school.nl
                """);
        assertEquals(List.of(new ParticipantList.Entry("Vries, Anna de", "anna@school.nl"),
                new ParticipantList.Entry("Chris", "chris@school.nl")), result.entries());
        assertEquals(1, result.errors().size());
        assertEquals(3, result.errors().get(0).lineNumber());
        assertEquals("participants.emailInvalid", result.errors().get(0).reasonKey());
    }

    @Test
    void aCsvWithCommasAndEnglishHeadersWorksToo() {
        ParticipantList.Result result = ParticipantList.parseCsv("email,name\nanna@school.nl,Anna\n");
        assertEquals(List.of(new ParticipantList.Entry("Anna", "anna@school.nl")), result.entries());
    }

    @Test
    void aCsvWithoutTheColumnsIsRefusedAsAWhole() {
        BusinessException e = assertThrows(BusinessException.class, () -> ParticipantList.parseCsv("voornaam;adres\nA;b"));
        assertEquals("participants.csvHeader", e.getMessageKey());
    }

    @Test
    void tooManyLinesAreRefused() {
        String lines = "A <a@b.nl>\n".repeat(ParticipantList.MAX_LINES + 1);
        assertThrows(BusinessException.class, () -> ParticipantList.parsePasted(lines));
    }

    @Test
    void aCsvLineWithAnUnbalancedQuoteIsReportedWithItsNumberAndTheOtherLinesCount() {
        ParticipantList.Result result = ParticipantList.parseCsv("""
                naam;e-mail
                "Anna de Vries;anna@school.nl

                Bram "de" Bakker;bram@school.nl
                "Chris" Jansen;chris@school.nl
                Dirk;dirk@school.nl
                """);
        assertEquals(List.of(new ParticipantList.Entry("Bram \"de\" Bakker", "bram@school.nl"),
                new ParticipantList.Entry("Dirk", "dirk@school.nl")), result.entries());
        assertEquals(List.of(
                new ParticipantList.LineError(2, "\"Anna de Vries;anna@school.nl", "participants.csvQuote"),
                new ParticipantList.LineError(5, "\"Chris\" Jansen;chris@school.nl", "participants.csvQuote")),
                result.errors());
    }

    @Test
    void aHeaderWithAnUnbalancedQuoteRefusesTheFile() {
        BusinessException e = assertThrows(BusinessException.class, () -> ParticipantList.parseCsv("\"naam;e-mail\nA;a@b.nl"));
        assertEquals("participants.csvUnreadable", e.getMessageKey());
    }

    @Test
    void aNameWithATabOrControlCharacterIsReportedNotAdded() {
        ParticipantList.Result csv = ParticipantList.parseCsv("naam;e-mail\n\"An\tna\";anna@school.nl\nBr\u0000am;bram@school.nl\n");
        assertEquals(List.of(), csv.entries());
        assertEquals(List.of("participants.nameCharacters", "participants.nameCharacters"),
                csv.errors().stream().map(ParticipantList.LineError::reasonKey).toList());
        ParticipantList.Result pasted = ParticipantList.parsePasted("An\u0007na <anna@school.nl>");
        assertEquals("participants.nameCharacters", pasted.errors().get(0).reasonKey());
    }
}

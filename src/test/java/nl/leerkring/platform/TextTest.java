package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for typed text: stripped, never cut, no control characters, line breaks only where they belong. */
class TextTest {

    @Test
    void aTextIsStrippedAndBlankIsAbsent() {
        assertEquals("Anna de Vries", Text.singleLine("  Anna de Vries \n", 100, "field.personName"));
        assertNull(Text.singleLine(" \t ", 100, "field.personName"));
        assertNull(Text.multiLine(null, 100, "field.planText"));
    }

    @Test
    void aTextThatDoesNotFitIsRefusedNamingTheFieldAndTheLimitNeverCut() {
        assertEquals("x".repeat(60), Text.singleLine("x".repeat(60), 60, "field.groupName"));
        BusinessException e = assertThrows(BusinessException.class,
                () -> Text.singleLine("x".repeat(61), 60, "field.groupName"));
        assertEquals("input.tooLong", e.getMessageKey());
        assertArrayEquals(new Object[] {new Texts.Key("field.groupName"), 60, 61}, e.getArguments());
        assertEquals("‘Groepsnaam’ mag hoogstens 60 tekens hebben; er staan er nu 61. Er is niets opgeslagen: maak de tekst korter.",
                Texts.get(Texts.DUTCH, e.getMessageKey(), e.getArguments()));
        assertEquals("‘Group name’ may have at most 60 characters; it has 61 now. Nothing was saved: please shorten the text.",
                Texts.get(Locale.ENGLISH, e.getMessageKey(), e.getArguments()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna\u0000", "An\nna", "An\rna", "An\tna", "Anna\u0007", "An\u2028na", "An\u007Fna", "An\u0085na"})
    void aOneLineTextRefusesLineBreaksTabsAndControlCharacters(String name) {
        BusinessException e = assertThrows(BusinessException.class, () -> Text.singleLine(name, 100, "field.personName"));
        assertEquals("input.singleLine", e.getMessageKey());
    }

    @Test
    void aMultiLineTextKeepsLineBreaksAndTabsButNoOtherControlCharacters() {
        assertEquals("een\ntwee\n\tdrie", Text.multiLine("een\r\ntwee\r\n\tdrie", 100, "field.planText"));
        assertEquals("een\ntwee", Text.multiLine("een\rtwee", 100, "field.planText"));
        BusinessException nul = assertThrows(BusinessException.class, () -> Text.multiLine("een\u0000twee", 100, "field.planText"));
        assertEquals("input.controlCharacter", nul.getMessageKey());
        assertThrows(BusinessException.class, () -> Text.multiLine("een\u001Btwee", 100, "field.planText"));
    }

    @Test
    void aLineBreakCountsOnceAsTheBrowserCountedIt() {
        // A textarea's maxlength counts a line break as one character, the post sends CR LF.
        String typed = "a".repeat(8) + "\r\n" + "b";
        assertEquals(10, Text.multiLine(typed, 10, "field.planText").length());
    }

    @Test
    void aRequiredTextMustBeGiven() {
        BusinessException e = assertThrows(BusinessException.class, () -> Text.requiredSingleLine(" ", 10, "field.cohortName"));
        assertEquals("input.required", e.getMessageKey());
        assertEquals("Vul ‘Naam van het cohort’ in.", Texts.get(Texts.DUTCH, e.getMessageKey(), e.getArguments()));
        assertEquals("plan", Text.requiredMultiLine(" plan ", 10, "field.planText"));
    }
}

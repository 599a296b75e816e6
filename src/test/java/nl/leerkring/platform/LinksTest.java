package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void aPathIsAddedToTheBaseAddress() {
        assertEquals("https://leerkring.example.org/feedback/give.xhtml?token=abc",
                new Links("https://leerkring.example.org").to("/feedback/give.xhtml?token=abc"));
    }

    @Test
    void trailingSlashesOfTheBaseAddressAreDropped() {
        Links links = new Links("http://localhost:8080//");
        assertEquals("http://localhost:8080", links.base());
        assertEquals("http://localhost:8080/dashboard.xhtml", links.to("/dashboard.xhtml"));
    }

    @Test
    void aBaseAddressUnderAPathKeepsThatPath() {
        assertEquals("https://school.example.org/leerkring/cohort/mine.xhtml",
                new Links("https://school.example.org/leerkring/").to("/cohort/mine.xhtml"));
    }

    @Test
    void aPathWithoutLeadingSlashIsAMistakeInTheCode() {
        Links links = new Links("http://localhost");
        assertThrows(IllegalArgumentException.class, () -> links.to("dashboard.xhtml"));
        assertThrows(IllegalArgumentException.class, () -> links.to(null));
    }
}

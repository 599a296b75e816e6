package nl.leerkring.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.leerkring.platform.Text;

/** One titled part of an item's content (a work form's goal, steps, material). Plain text. */
@Embeddable
public class LibrarySection {

    public static final int HEADING_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @Column(name = "section_number", nullable = false)
    private int sectionNumber;

    @Column(name = "heading", nullable = false, length = HEADING_MAX)
    private String heading;

    @Column(name = "body", nullable = false)
    private String body;

    protected LibrarySection() {
    }

    LibrarySection(int sectionNumber, String heading, String body) {
        this.sectionNumber = sectionNumber;
        this.heading = Text.requiredSingleLine(heading, HEADING_MAX, "field.library.sectionHeading");
        this.body = Text.requiredMultiLine(body, BODY_MAX, "field.library.sectionBody");
    }

    public int getSectionNumber() {
        return sectionNumber;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }
}

package nl.leerkring.notice;

import java.time.LocalDateTime;

/**
 * One thing that happened for a person: who did it, on which meeting's reflection or plan, when (UTC,
 * as stored), and where to read it. Holds no reflection or plan text.
 */
public record Notice(Kind kind, String actorName, int meetingNumber, LocalDateTime at, String link) {

    /** For the page: Expression Language 5 reads bean getters, not record accessors. */
    public Kind getKind() {
        return kind;
    }

    public String getLink() {
        return link;
    }

    public enum Kind {
        /** Someone responded to my reflection. */
        REPLY,
        /** Someone shared a reflection with my group. */
        GROUP_REFLECTION,
        /** My duo partner made a practice plan. */
        PARTNER_PLAN,
        /** My duo partner reported on a practice plan. */
        PARTNER_REPORT;

        /** The text key of the line, with {0} the actor and {1} the meeting's number. */
        public String textKey() {
            return "notice.kind." + name();
        }
    }
}

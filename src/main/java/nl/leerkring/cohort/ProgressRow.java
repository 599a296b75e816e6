package nl.leerkring.cohort;

import java.util.Comparator;

import nl.leerkring.account.Person;

/**
 * One participant's line in the facilitator's progress grid. Attendance counts only meetings
 * that have been held; {@code unrecorded} are held meetings without attendance entered.
 */
public record ProgressRow(Person person, String groupName, int present, int late, int absent, int unrecorded,
        boolean selfScanDone, long feedbackReceived, Loop loop) {

    /**
     * Where a participant is in the learning loop: the area of their learning question (null when
     * none), plans made and reported, whether the last meeting held has a plan, reflections submitted.
     */
    public record Loop(String questionArea, int plans, int reports, boolean planForLastHeld, long reflections) {

        public static final Loop NOTHING_YET = new Loop(null, 0, 0, false, 0);
    }

    /** Who is falling behind first: most absences, then most late arrivals, then no self-scan, then by name. */
    public static final Comparator<ProgressRow> FALLING_BEHIND_FIRST = Comparator
            .comparingInt(ProgressRow::absent).reversed()
            .thenComparing(Comparator.comparingInt(ProgressRow::late).reversed())
            .thenComparing(ProgressRow::selfScanDone)
            .thenComparing(row -> row.loop().questionArea() != null)
            .thenComparing(row -> row.person().getDisplayName(), String.CASE_INSENSITIVE_ORDER);

    public boolean isBehind() {
        return absent > 0;
    }

    public boolean isSelfScanDone() {
        return selfScanDone;
    }
}

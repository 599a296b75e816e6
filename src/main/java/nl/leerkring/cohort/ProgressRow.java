package nl.leerkring.cohort;

import java.util.Comparator;

import nl.leerkring.account.Person;

/**
 * One participant's line in the facilitator's progress grid. Attendance counts only meetings
 * that have been held; {@code unrecorded} are held meetings without attendance entered.
 */
public record ProgressRow(Person person, String groupName, int present, int late, int absent, int unrecorded,
        boolean selfScanDone, long feedbackReceived) {

    /** Who is falling behind first: most absences, then most late arrivals, then no self-scan, then by name. */
    public static final Comparator<ProgressRow> FALLING_BEHIND_FIRST = Comparator
            .comparingInt(ProgressRow::absent).reversed()
            .thenComparing(Comparator.comparingInt(ProgressRow::late).reversed())
            .thenComparing(ProgressRow::selfScanDone)
            .thenComparing(row -> row.person().getDisplayName(), String.CASE_INSENSITIVE_ORDER);

    public boolean isBehind() {
        return absent > 0;
    }

    public boolean isSelfScanDone() {
        return selfScanDone;
    }
}

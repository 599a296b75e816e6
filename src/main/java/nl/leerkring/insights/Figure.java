package nl.leerkring.insights;

/**
 * One share in the insights: {@code part} of {@code whole} (present of recorded, submitted of
 * asked, wrote a plan of all members), counted over {@code people} different people. Below the
 * minimum the numbers are left out altogether: the page says "too few to show".
 */
public record Figure(Long part, Long whole, long people) {

    static Figure of(long part, long whole, long people, int minPeople) {
        return people >= minPeople && whole > 0 ? new Figure(part, whole, people) : hidden();
    }

    static Figure hidden() {
        return new Figure(null, null, 0);
    }

    public boolean isShown() {
        return part != null;
    }

    /** The share in percent, or null when hidden. */
    public Double getPercent() {
        return isShown() ? 100.0 * part / whole : null;
    }
}

package nl.leerkring.insights;

/**
 * The mean of one radar axis at the start and at the end of the track, each over the newest
 * submitted scan of that moment of every participant who took it for the cohort; null where fewer
 * than the minimum of people are behind it. The growth is end minus start, when both are shown.
 */
public record AxisGrowth(int axis, String label, Double start, Double end, long startPeople, long endPeople) {

    public Double getGrowth() {
        return start == null || end == null ? null : end - start;
    }
}

package nl.leerkring.insights;

import java.util.List;

/**
 * Everything the insights page shows for one scope, without a name or a per-person row.
 *
 * @param axes        the self-scan radar at the start and the end, with growth
 * @param scalePoints the points of the scan's scale (the radar's maximum)
 * @param raters      response rate per rater role
 * @param attendance  present (on time or late) of the attendance recorded, per meeting
 * @param reflections submitted reflections of the members, per held meeting
 * @param questions   members who wrote a learning question
 * @param plans       members who made a practice plan
 * @param reports     members who reported on a plan
 * @param summaries   summaries of held meetings sent within a week (of meetings whose week is over)
 * @param minPeople   the minimum of people behind a figure
 */
public record Insights(List<AxisGrowth> axes, int scalePoints, List<RoleFigure> raters,
        List<MeetingFigure> attendance, List<MeetingFigure> reflections, Figure questions, Figure plans,
        Figure reports, Figure summaries, int minPeople) {

    /** Whether any radar mean is shown, so a chart has something to draw. */
    public boolean isRadarShown() {
        return axes.stream().anyMatch(a -> a.start() != null || a.end() != null);
    }

    public boolean isAttendanceShown() {
        return attendance.stream().anyMatch(m -> m.figure().isShown());
    }
}

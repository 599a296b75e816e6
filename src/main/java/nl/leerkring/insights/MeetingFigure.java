package nl.leerkring.insights;

/** A figure per meeting number (1–6) over the cohorts in scope: attendance, reflections. */
public record MeetingFigure(int meeting, Figure figure) {
}

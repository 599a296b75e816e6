package nl.leerkring.insights;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leerkring.platform.NotFoundException;

/**
 * Which cohorts a page of insights is about: all of them, those that started in one year, or one
 * cohort. Written in the page's address as {@code all}, {@code year-2026} or {@code cohort-12}.
 */
public record InsightsScope(Kind kind, int value) {

    public enum Kind { ALL, YEAR, COHORT }

    private static final Pattern PARAM = Pattern.compile("(year|cohort)-(\\d{1,12})");

    public static final InsightsScope ALL = new InsightsScope(Kind.ALL, 0);

    public static InsightsScope year(int year) {
        return new InsightsScope(Kind.YEAR, year);
    }

    public static InsightsScope cohort(long cohortId) {
        return new InsightsScope(Kind.COHORT, Math.toIntExact(cohortId));
    }

    /** The scope in an address; a missing one is all cohorts, a malformed one is not found. */
    public static InsightsScope parse(String param) {
        if (param == null || param.isBlank() || param.equals("all")) {
            return ALL;
        }
        Matcher matcher = PARAM.matcher(param);
        if (!matcher.matches()) {
            throw new NotFoundException();
        }
        long number = Long.parseLong(matcher.group(2));
        if (number > Integer.MAX_VALUE) {
            throw new NotFoundException();
        }
        return matcher.group(1).equals("year") ? year((int) number) : cohort(number);
    }

    public String param() {
        return switch (kind) {
            case ALL -> "all";
            case YEAR -> "year-" + value;
            case COHORT -> "cohort-" + value;
        };
    }

    /** The SQL condition on the cohort table aliased {@code c}. */
    String condition() {
        return switch (kind) {
            case ALL -> "1 = 1";
            case YEAR -> "EXTRACT(YEAR FROM c.start_date) = ?";
            case COHORT -> "c.id = ?";
        };
    }

    /** The value of the condition's parameter, none for all cohorts. */
    List<Object> parameters() {
        return kind == Kind.ALL ? List.of() : List.of(kind == Kind.YEAR ? value : (long) value);
    }
}

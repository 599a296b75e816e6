package nl.leerkring.insights;

/** The share of feedback requests that raters of one role answered, of those not withdrawn. */
public record RoleFigure(String role, Figure figure) {
}

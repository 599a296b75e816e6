package nl.leerkring.library.tools;

/**
 * How a person scores a checklist entry. Seed 001 §4.4: "ruimte om te scoren waar er voldoende
 * aandacht voor of voldoende beeld over is (geweest) en waar er ruimte is voor verbetering"; not
 * every characteristic fits every conversation, so it may also not apply.
 */
public enum Judgement {
    SUFFICIENT,
    IMPROVE,
    NOT_APPLICABLE
}

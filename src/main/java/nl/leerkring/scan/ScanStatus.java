package nl.leerkring.scan;

/** A scan is filled in as a draft and read-only once submitted. */
public enum ScanStatus {
    DRAFT,
    SUBMITTED
}

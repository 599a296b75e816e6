package nl.leerkring.privacy;

/** Where a person's data export stands. */
public enum ExportStatus {
    /** Asked for; the background job has not built it yet. */
    PENDING,
    /** Built; the link in the mail works once until it expires. */
    READY,
    /** The link was used; the content is gone. */
    FETCHED,
    /** Not fetched in time; the content is gone. */
    EXPIRED
}

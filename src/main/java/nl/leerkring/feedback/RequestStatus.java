package nl.leerkring.feedback;

/** Where a feedback request stands; "expired" is not stored but follows from the deadline. */
public enum RequestStatus {
    SENT,
    OPENED,
    SUBMITTED,
    WITHDRAWN
}

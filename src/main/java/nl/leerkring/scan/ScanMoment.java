package nl.leerkring.scan;

/** When in the track a scan is taken: its start and end are compared to show growth. */
public enum ScanMoment {
    START,
    END,
    OTHER
}

package nl.leerkring.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the current thread sends while a page is being answered, so that a
 * page whose statement count grows with the data (an N+1 query) shows up in the log and in tests.
 * EclipseLink creates it from the {@code eclipselink.session-event-listener} property; the count
 * lives in a thread-local between {@link #start()} and {@link #stop()} and costs an increment.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and answers how many statements ran since {@link #start()}. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}

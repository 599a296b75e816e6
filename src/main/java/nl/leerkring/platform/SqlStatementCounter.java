package nl.leerkring.platform;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the current thread sends while a page is being answered, so that a
 * page whose statement count grows with the data (an N+1 query) shows up in the log and in tests.
 * EclipseLink creates it from the {@code eclipselink.session-event-listener} property; the count
 * lives in a thread-local between {@link #start(boolean)} and {@link #stop()} and costs an increment
 * (and, for diagnostics only, the statement's SQL kept in a list).
 */
public class SqlStatementCounter extends SessionEventAdapter {

    /** What one request ran: how many statements, and their SQL when it was asked to keep it (else empty). */
    public record Counted(int count, List<String> statements) {
    }

    private static final class Count {
        private int count;
        private final List<String> statements;

        Count(boolean keepStatements) {
            statements = keepStatements ? new ArrayList<>() : null;
        }
    }

    private static final ThreadLocal<Count> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread; with {@code keepStatements} the SQL of each statement is kept too. */
    public static void start(boolean keepStatements) {
        COUNT.set(new Count(keepStatements));
    }

    /** Stops counting on this thread and answers what ran since {@link #start(boolean)}. */
    public static Counted stop() {
        Count count = COUNT.get();
        COUNT.remove();
        if (count == null) {
            return new Counted(0, List.of());
        }
        return new Counted(count.count, count.statements == null ? List.of() : List.copyOf(count.statements));
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        Count count = COUNT.get();
        if (count != null) {
            count.count++;
            if (count.statements != null) {
                count.statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString()
                        : String.valueOf(event.getCall()));
            }
        }
    }
}

package nl.leerkring.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Counts the SQL statements of every page request. The count is logged at FINE; with
 * {@code leerkring.diagnostics.sql-count=true} (the integration tests) it is also kept in the
 * session as {@link #LAST_COUNT} (and the statements' SQL as {@link #LAST_STATEMENTS}), so a test can
 * compare a page with little and with much data and say what ran; at FINER the SQL is logged too.
 */
public class SqlCountFilter extends HttpFilter {

    /** Session attribute with the statement count of the session's last page request (diagnostics only). */
    public static final String LAST_COUNT = "leerkring.lastSqlCount";

    /** Session attribute with the SQL of those statements, in order (diagnostics only). */
    public static final String LAST_STATEMENTS = "leerkring.lastSqlStatements";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SqlCountFilter.class.getName());

    private boolean keepInSession;

    @Override
    public void init() {
        keepInSession = ConfigProvider.getConfig()
                .getOptionalValue("leerkring.diagnostics.sql-count", Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SqlStatementCounter.start(keepInSession || LOG.isLoggable(Level.FINER));
        try {
            chain.doFilter(request, response);
        } finally {
            SqlStatementCounter.Counted counted = SqlStatementCounter.stop();
            LOG.log(Level.FINE, "{0} {1}: {2} SQL statements",
                    new Object[] {request.getMethod(), request.getServletPath(), counted.count()});
            if (LOG.isLoggable(Level.FINER)) {
                LOG.log(Level.FINER, "{0} {1}: {2}",
                        new Object[] {request.getMethod(), request.getServletPath(), String.join("\n", counted.statements())});
            }
            HttpSession session = request.getSession(false);
            if (keepInSession && session != null) {
                session.setAttribute(LAST_COUNT, counted.count());
                session.setAttribute(LAST_STATEMENTS, new ArrayList<>(counted.statements()));
            }
        }
    }
}

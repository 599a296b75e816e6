package nl.leerkring.account;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Servlets;

import nl.leerkring.platform.PageAccess;

/**
 * Ends a signed-in session once the person's password has changed since it logged in (a reset
 * through a mailed link, possibly on another app instance): the session remembers the person's
 * credentials version from the login ({@link PersonIdentityStore}), and every page request
 * compares it with the database in one primary-key query. A stale session is logged out and sent
 * to the login page, for ajax requests too. The same query reads the person's roles as they are
 * now, which {@link nl.leerkring.platform.AccessFilter} and {@link CurrentPerson} go by instead
 * of the roles the session logged in with. Stylesheets, scripts and images ({@code /jakarta.faces.resource/})
 * are the same for everybody and pass without the query, as they pass {@link nl.leerkring.platform.AccessFilter}.
 */
public class SessionValidityFilter extends HttpFilter {

    /** Session attribute: the credentials version the session logged in with. */
    public static final String CREDENTIALS_VERSION = "leerkring.credentialsVersion";

    /** Request attribute: the {@link AccountService.SessionState} read for this request (for {@link CurrentPerson}). */
    static final String STATE = "leerkring.sessionState";

    private static final long serialVersionUID = 1L;
    private static final String RESOURCE_PREFIX = ResourceHandler.RESOURCE_IDENTIFIER + "/";

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null || request.getServletPath().startsWith(RESOURCE_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountService.SessionState> state = currentState(request, session);
        if (state.isPresent()) {
            request.setAttribute(PageAccess.CURRENT_ROLES, state.get().roles());
            request.setAttribute(STATE, state.get());
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        session.invalidate();
        Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml?ended=true");
    }

    /** The session's state in the database, when the session is still valid. */
    private Optional<AccountService.SessionState> currentState(HttpServletRequest request, HttpSession session) {
        Object remembered = session.getAttribute(CREDENTIALS_VERSION);
        try {
            return accounts.sessionState(Long.parseLong(request.getUserPrincipal().getName()))
                    .filter(state -> Objects.equals(state.credentialsVersion(), remembered));
        } catch (NumberFormatException notOurCaller) {
            return Optional.empty();
        }
    }
}

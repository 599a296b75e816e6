package nl.leerkring.platform;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Checks every request to the Faces servlet against {@link PageAccess}. The container's
 * security constraint has already sent anonymous callers of protected pages to the login page;
 * here a signed-in caller without the right role, or anybody asking for an unknown page, gets
 * a plain 404 so that nothing reveals which pages exist.
 */
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCE_PREFIX = ResourceHandler.RESOURCE_IDENTIFIER + "/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith(RESOURCE_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        var audience = PageAccess.audienceOf(path);
        if (audience.isPresent() && audience.get().admits(rolesOf(request))) {
            chain.doFilter(request, response);
        } else if (audience.isPresent() && request.getUserPrincipal() == null) {
            // Reached without the container's constraint (e.g. through a welcome file): log in first.
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Role> rolesOf(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object current = request.getAttribute(PageAccess.CURRENT_ROLES);
        if (current != null) {
            roles.addAll((Set<Role>) current);
        } else if (request.getUserPrincipal() != null) {
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.roleName())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}

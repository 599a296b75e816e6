package nl.leerkring.platform;

import java.io.IOException;
import java.util.Locale;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post that claims a stateless view ({@code jakarta.faces.ViewState=stateless}) is sent to
 * the "expired" page like any form whose view is gone: no page of ours is stateless, so Faces could
 * not restore it and would fail with an error. Runs after {@link AccessFilter}, so a page the caller
 * may not open still answers 404. Only a plain form post is read; a file upload's body is left to Faces.
 */
public class StatelessViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && "stateless".equals(request.getParameter(ResponseStateManager.VIEW_STATE_PARAM))) {
            response.sendRedirect(request.getContextPath() + "/errors/expired.xhtml");
        } else {
            chain.doFilter(request, response);
        }
    }
}

package nl.leerkring.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses requests no page of ours makes, before anything runs:
 * <ul>
 * <li>methods other than GET, POST and HEAD (405);</li>
 * <li>a POST whose {@code Origin}, or lacking it whose {@code Referer}, names another site (403).
 * Same-site is the request's own scheme, host and port, or those of {@code leerkring.base-url}
 * (behind a proxy the request may look like plain HTTP on another host). {@code Origin: null},
 * which a page sends that hides where it comes from, is refused too. A POST with neither header is
 * allowed: old browsers and privacy tools send none, and the view state in every form still has to
 * match the session;</li>
 * <li>a GET or HEAD that carries a view state (400): Faces would take it for a form post and run
 * its action, so a link or an image on another site could.</li>
 * </ul>
 * The refusals are plain status answers: our error pages are Faces pages, which would take the
 * refused request's view state for a postback of their own.
 */
public class RequestForgeryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> METHODS = Set.of("GET", "POST", "HEAD");

    private transient Optional<String> baseOrigin;

    @Override
    public void init() {
        baseOrigin = ConfigProvider.getConfig().getOptionalValue("leerkring.base-url", String.class)
                .flatMap(RequestForgeryFilter::origin);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            refuseMethod(response);
        } else if (method.equals("POST") && !fromOwnSite(request.getHeader("Origin"), request.getHeader("Referer"),
                origin(request.getScheme(), request.getServerName(), request.getServerPort()), baseOrigin)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
        } else if (!method.equals("POST") && request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** 405 for a method no page answers; also used where the security layer sees the request first. */
    static void refuseMethod(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, POST, HEAD");
        refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed");
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(status + " " + reason);
    }

    /**
     * Whether a POST comes from one of our own pages, judged by its {@code Origin} or else its
     * {@code Referer} header; without either it is given the benefit of the doubt.
     */
    static boolean fromOwnSite(String originHeader, String refererHeader, String requestOrigin,
            Optional<String> baseOrigin) {
        String claimed = originHeader != null ? originHeader : refererHeader;
        if (claimed == null) {
            return true;
        }
        Optional<String> origin = origin(claimed.trim());
        return origin.isPresent() && (origin.get().equals(requestOrigin) || origin.equals(baseOrigin));
    }

    /** "scheme://host:port" of an absolute http(s) URL, in lower case with the port spelled out. */
    static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int effectivePort = port >= 0 ? port : lowerScheme.equals("https") ? 443 : 80;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort;
    }
}

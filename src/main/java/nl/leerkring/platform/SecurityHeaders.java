package nl.leerkring.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries: pages, resources, redirects (the login redirect too, see
 * {@link SecurityHeadersInterceptor}) and error pages. {@code same-origin} keeps tokens in links
 * (activation, password reset, rater links) from leaking to other sites while our own forms still
 * send an {@code Origin} ({@link RequestForgeryFilter} needs it). Pages are not cached so that the
 * back button after logging out shows nothing personal.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** The web.xml parameter that holds our policy; PrimeFaces appends each page's nonce to it. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * The headers for one response. {@code policy} is the policy from web.xml, which ends in
     * {@code script-src 'self'}: responses that are not Faces pages carry it as it is (no inline
     * script at all), pages get it again from PrimeFaces with their nonce. HSTS only once the
     * site is served over HTTPS, which is when the session cookie is marked secure.
     */
    static Map<String, String> forResponse(String policy, boolean secureCookie, boolean resource) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CONTENT_SECURITY_POLICY, policy + ";");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secureCookie) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (!resource) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }

    /** Sets the headers on a response that has not been committed yet. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        var context = request.getServletContext();
        forResponse(context.getInitParameter(POLICY_PARAMETER), context.getSessionCookieConfig().isSecure(),
                request.getRequestURI().contains(ResourceHandler.RESOURCE_IDENTIFIER + "/"))
                .forEach(response::setHeader);
    }
}

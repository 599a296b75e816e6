package nl.leerkring.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Full addresses of the application's pages, for links that leave the browser: in mails, in a
 * calendar feed, in a link a person copies. Built from {@code leerkring.base-url}, because a
 * scheduled job has no request to take the host from.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "leerkring.base-url")
    String baseUrl;

    protected Links() {
    }

    /** For tests: links under the given base address. */
    Links(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The application's address without a trailing slash, such as {@code https://leerkring.example.org}. */
    public String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    /** The full address of a path within the application; the path starts with a slash. */
    public String to(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A path within the application starts with a slash: " + path);
        }
        return base() + path;
    }
}

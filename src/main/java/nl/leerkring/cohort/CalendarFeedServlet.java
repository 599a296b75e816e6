package nl.leerkring.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /calendar/<token>.ics}: a person's calendar feed, outside the login (a calendar app
 * cannot log in); the secret token is the key. An unknown, renewed or revoked token is a 404.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo();
        Optional<String> feed = path != null && path.startsWith("/") && path.endsWith(".ics")
                ? feeds.feed(path.substring(1, path.length() - ".ics".length()))
                : Optional.empty();
        if (feed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"leerkring.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

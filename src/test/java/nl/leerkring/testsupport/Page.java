package nl.leerkring.testsupport;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page as the {@link FacesClient} received it, after following redirects. */
public record Page(int status, URI uri, String body) {

    private static final Pattern H1 = Pattern.compile("<h1>([^<]*)</h1>");

    public boolean contains(String text) {
        return body.contains(text);
    }

    public String heading() {
        Matcher matcher = H1.matcher(body);
        return matcher.find() ? matcher.group(1).trim() : "";
    }

    public String path() {
        return uri.getPath();
    }

    @Override
    public String toString() {
        return status + " " + uri + " <h1>" + heading() + "</h1>";
    }
}

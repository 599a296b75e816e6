package nl.leerkring.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A cookie-keeping HTTP client that speaks just enough Faces to fill and submit a form
 * (non-ajax), the way a browser without JavaScript would. Follows redirects itself so that
 * tests can see where they landed. Each client plays a browser at a network address of its own
 * (X-Forwarded-For, believed because the ITs trust their own sender as a proxy), so that one
 * test's failed logins never slow down another's.
 */
public final class FacesClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public FacesClient(URI base) {
        this.base = base;
        headers.put("X-Forwarded-For", TestSupport.uniqueClientAddress());
    }

    /**
     * Sends this header with every following request, e.g. X-Forwarded-For to play another client, or
     * the {@code Origin} a browser on another site would send; {@code null} stops sending it.
     */
    public FacesClient withHeader(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /** One request with this client's cookies and headers, exactly as answered: no redirect followed. */
    public HttpResponse<String> exchange(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** A client that has logged in (and checked it landed on the dashboard). */
    public static FacesClient loggedIn(URI base, String email, String password) {
        FacesClient client = new FacesClient(base);
        Page page = client.submit(client.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", password));
        if (!page.path().endsWith("/dashboard.xhtml")) {
            throw new AssertionError("Login of " + email + " failed: " + page);
        }
        return client;
    }

    /** GET a path relative to the deployment ("login.xhtml", "account/password.xhtml?token=..."). */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * Submits the form with the given id on the page as a browser would after clicking the
     * button: every field keeps the value the page gave it, except the ones given here (names
     * without the form prefix). Posts to the form's action, as multipart when the form says so.
     */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
        return submit(page, formId, buttonId, fields, null, null, null);
    }

    /** As {@link #submit(Page, String, String, Map)}, with a file chosen in the (multipart) form's file field. */
    public Page submitWithFile(Page page, String formId, String buttonId, Map<String, String> fields, String fileField,
            String fileName, String fileContent) {
        return submit(page, formId, buttonId, fields, formId + ":" + fileField, fileName, fileContent);
    }

    private Page submit(Page page, String formId, String buttonId, Map<String, String> fields, String fileField,
            String fileName, String fileContent) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element element = document.getElementById(formId);
        if (!(element instanceof FormElement form)) {
            throw new AssertionError("No form '" + formId + "' on " + page);
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Connection.KeyVal keyVal : form.formData()) {
            data.put(keyVal.key(), keyVal.value());
        }
        // A browser sends only the button that was clicked.
        form.select("input[type=submit], button").forEach(button -> data.remove(button.attr("name")));
        fields.forEach((name, value) -> data.put(formId + ":" + name, value));
        data.put(formId + ":" + buttonId, formId + ":" + buttonId);
        URI action = URI.create(form.absUrl("action"));
        if ("multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
            if (fileField != null) {
                data.remove(fileField);
            }
            return postMultipart(action, data, fileField, fileName, fileContent);
        }
        if (fileField != null) {
            throw new AssertionError("Form '" + formId + "' does not take files");
        }
        return post(action, data);
    }

    /**
     * Posts what faces.js sends for an ajax behaviour of one component of the form: the form's
     * view state, the component that fired ({@code source}), what to execute and render, and the
     * given fields (names without the form prefix).
     */
    public Page ajax(Page page, String formId, String source, String execute, String render, String event,
            Map<String, String> fields) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        data.put("jakarta.faces.ViewState", viewState(page.body(), formId));
        data.put("jakarta.faces.source", formId + ":" + source);
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.partial.execute", formId + ":" + execute);
        data.put("jakarta.faces.partial.render", render);
        data.put("jakarta.faces.behavior.event", event);
        fields.forEach((name, value) -> data.put(formId + ":" + name, value));
        String body = data.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page postMultipart(URI uri, Map<String, String> data, String fileField, String fileName, String fileContent) {
        String boundary = "----leerkring" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        data.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        if (fileField != null) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                    .append(fileName).append("\"\r\n")
                    .append("Content-Type: text/csv\r\n\r\n")
                    .append(fileContent).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** A POST built by hand, as a forged request would be. */
    public Page post(URI uri, Map<String, String> data) {
        String body = data.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The session's cookies as a browser sends them: the id and, on a distributable deployment, Payara's
     * {@code JSESSIONIDVERSION} (without it Payara may answer from the session's stored copy, which a
     * browser never causes).
     */
    public String sessionCookies() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** The deployment's URI for a path. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public static String viewState(String html, String formId) {
        int formStart = html.indexOf("<form id=\"" + formId + "\"");
        if (formStart < 0) {
            throw new AssertionError("No form '" + formId + "' on the page:\n" + html);
        }
        Matcher matcher = VIEW_STATE.matcher(html.substring(formStart, html.indexOf("</form>", formStart)));
        if (!matcher.find()) {
            throw new AssertionError("No view state in form '" + formId + "'");
        }
        return matcher.group(1);
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                HttpRequest.Builder follow = HttpRequest.newBuilder(next).GET();
                headers.forEach(follow::header);
                response = http.send(follow.build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

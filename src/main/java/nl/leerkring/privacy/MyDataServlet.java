package nl.leerkring.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.leerkring.account.AccountService;
import nl.leerkring.platform.Texts;

/**
 * {@code /my-data/<token>}: the one-time link of a data export, outside the login like a rater's link
 * (the token is the key). A GET shows a page with one button and uses nothing up, as mail scanners
 * follow links; the POST of that button hands the ZIP over and uses the link up. An unknown, used or
 * expired link is a 404.
 */
@WebServlet("/my-data/*")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DataExports exports;
    @Inject
    private transient AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<DataExport> export = exports.usable(token(request));
        if (export.isEmpty()) {
            notFound(response);
            return;
        }
        Locale locale = accounts.findPerson(export.get().getPersonId()).map(p -> p.getLocale()).orElse(Texts.DUTCH);
        String title = Texts.get(locale, "privacy.download.title");
        String html = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + ExportArchive.escape(title) + "</title>\n</head>\n<body>\n<main>\n<h1>" + ExportArchive.escape(title)
                + "</h1>\n<p>" + ExportArchive.escape(Texts.get(locale, "privacy.download.intro")) + "</p>\n"
                + "<form method=\"post\"><button id=\"download\" type=\"submit\">"
                + ExportArchive.escape(Texts.get(locale, "privacy.download.button")) + "</button></form>\n</main>\n</body>\n</html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<byte[]> zip = exports.fetch(token(request));
        if (zip.isEmpty()) {
            notFound(response);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"leerkring-mijn-gegevens.zip\"");
        response.setContentLength(zip.get().length);
        response.getOutputStream().write(zip.get());
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && path.length() > 1 ? path.substring(1) : null;
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("Not found");
    }
}

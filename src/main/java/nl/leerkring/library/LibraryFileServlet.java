package nl.leerkring.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Database;

/**
 * {@code GET /library/file/<itemId>}: an item's file, only for someone who may see the item (anyone
 * else, and anybody not signed in, gets a 404). Sent as an attachment with the type decided at
 * upload and {@code nosniff}, so a browser never runs it as a page; the bytes are copied from the
 * database to the response in pieces, not held whole.
 */
@WebServlet("/library/file/*")
public class LibraryFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LibraryService library;
    @Resource(lookup = Database.JNDI_NAME)
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Principal caller = request.getUserPrincipal();
        Long itemId = itemId(request.getPathInfo());
        LibraryFile.Meta meta;
        try {
            meta = caller == null || itemId == null ? null : library.fileToDownload(itemId, Long.parseLong(caller.getName()));
        } catch (BusinessException | NumberFormatException notForYou) {
            meta = null;
        }
        if (meta == null) {
            notFound(response);
            return;
        }
        // A filter chose UTF-8 for the pages; a file has no character encoding of ours.
        response.setCharacterEncoding((String) null);
        response.setContentType(meta.contentType());
        response.setContentLengthLong(meta.sizeBytes());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(meta.fileName()));
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT content FROM library_file WHERE item_id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    notFound(response);
                    return;
                }
                try (InputStream in = row.getBinaryStream(1); OutputStream out = response.getOutputStream()) {
                    in.transferTo(out);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the file of item " + itemId, e);
        }
    }

    private static Long itemId(String path) {
        if (path == null || !path.matches("/\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(path.substring(1));
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Content-Disposition", null);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write("Not found");
    }
}

package nl.leerkring.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** File names as kept and as sent back in a download's Content-Disposition (RFC 6266). */
public final class FileNames {

    private FileNames() {
    }

    /** The last path part of an uploaded name, without control or path characters, at most 200 long. */
    public static String safe(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != '\u2028' && c != '\u2029')
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            result = "bestand";
        }
        return result.length() > LibraryFile.NAME_MAX ? result.substring(0, LibraryFile.NAME_MAX) : result;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''encoded}: old clients read the first. */
    public static String contentDisposition(String fileName) {
        String safe = safe(fileName);
        StringBuilder ascii = new StringBuilder();
        safe.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

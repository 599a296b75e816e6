package nl.leerkring.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.BusinessException;

/** The type of an upload comes from its bytes; a name only narrows an Office container the bytes show. */
class FileTypesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(bytes("<x/>"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void allowedTypesAreKnownByTheirContent() throws IOException {
        assertEquals("application/pdf", FileTypes.decide(bytes("%PDF-1.4\n%âãÏÓ\n1 0 obj"), "stuk.pdf"));
        assertEquals("image/png", FileTypes.decide(bytes("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"), "x.png"));
        assertEquals("text/plain", FileTypes.decide(bytes("Gewoon een tekst\nmet regels"), "notities.txt"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileTypes.decide(zip("[Content_Types].xml", "word/document.xml"), "werkvorm.docx"));
    }

    @Test
    void aNameThatLiesIsNotBelieved() throws IOException {
        assertThrows(BusinessException.class, () -> FileTypes.decide(bytes("\u007fELF\u0002\u0001\u0001\u0000"), "x.pdf"));
        assertThrows(BusinessException.class, () -> FileTypes.decide(bytes("MZ\u0090\u0000\u0003\u0000"), "x.pdf"));
        assertThrows(BusinessException.class, () -> FileTypes.decide(bytes("<html><body>hoi</body></html>"), "x.pdf"));
        assertThrows(BusinessException.class, () -> FileTypes.decide(new byte[] {1, 2, 3, (byte) 200, 0, 9}, "x.pdf"));
        assertThrows(BusinessException.class, () -> FileTypes.decide(zip("a.txt"), "x.docx"));
        // Plain text with a .pdf name is kept as what it is: text.
        assertEquals("text/plain", FileTypes.decide(bytes("alleen tekst"), "x.pdf"));
    }

    @Test
    void theDownloadNameIsSafe() {
        assertEquals("attachment; filename=\"r_sum_ _1_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%2A1%2A.pdf".replace("r_sum_ _1_", "r_sum_ *1*"),
                FileNames.contentDisposition("../../résumé *1*.pdf"));
        assertEquals("a.txt", FileNames.safe("C:\\tmp\\a.txt"));
        assertEquals("bestand", FileNames.safe("\"\n"));
    }
}

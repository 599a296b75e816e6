package nl.leerkring.library;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The file of an item, kept in the database so that every instance serves it. Written once with
 * its bytes; read back without them ({@link #META}), the download streams the bytes by JDBC.
 */
@Entity
@Table(name = "library_file")
@NamedQuery(name = LibraryFile.META, query = """
        SELECT NEW nl.leerkring.library.LibraryFile$Meta(f.itemId, f.fileName, f.contentType, f.sizeBytes, f.sha256)
        FROM LibraryFile f WHERE f.itemId IN :items""")
public class LibraryFile {

    public static final String META = "LibraryFile.meta";
    public static final int NAME_MAX = 200;

    /** What a page shows of a file, without its bytes. */
    public record Meta(Long itemId, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected LibraryFile() {
    }

    LibraryFile(long itemId, String fileName, String contentType, byte[] content, String sha256) {
        this.itemId = itemId;
        replace(fileName, contentType, content, sha256);
    }

    void replace(String newName, String newType, byte[] newContent, String newSha256) {
        this.fileName = newName;
        this.contentType = newType;
        this.content = newContent;
        this.sizeBytes = newContent.length;
        this.sha256 = newSha256;
    }

    public Long getItemId() {
        return itemId;
    }
}

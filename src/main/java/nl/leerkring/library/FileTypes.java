package nl.leerkring.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import nl.leerkring.platform.BusinessException;

/**
 * Which uploaded files the library keeps, decided from their bytes by Tika's detector, never from
 * their name alone. The name only narrows a container format the bytes already show (an Office
 * zip or an old Office file to Word, Excel or PowerPoint): a ".pdf" name on bytes Tika does not
 * recognise, on a program or on HTML is refused.
 */
public final class FileTypes {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "image/png",
            "image/jpeg",
            "text/plain");

    /** Containers whose exact kind Tika's core tells only with the name's help. */
    private static final Set<String> CONTAINERS = Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {
    }

    /** The content type to keep and serve, or a refusal naming the file. */
    public static String decide(byte[] content, String fileName) {
        MediaType fromContent = detect(content, null);
        if (ALLOWED.contains(fromContent.getBaseType().toString())) {
            return fromContent.getBaseType().toString();
        }
        if (CONTAINERS.contains(fromContent.getBaseType().toString())) {
            MediaType named = detect(content, fileName).getBaseType();
            MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
            if (ALLOWED.contains(named.toString()) && registry.isSpecializationOf(named, fromContent.getBaseType())) {
                return named.toString();
            }
        }
        throw new BusinessException("library.fileTypeRefused", fileName == null ? "" : fileName);
    }

    private static MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            return TYPES.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

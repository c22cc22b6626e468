package org.interviewarchive.admin;

import org.interviewarchive.config.ArchiveProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How large an upload may be, in words for the import page. application.yml hands both limits to the servlet's
 * multipart settings, which enforce them.
 */
@Component
class UploadLimits {

    private final ArchiveProperties.Ingest ingest;

    UploadLimits(ArchiveProperties properties) {
        this.ingest = properties.ingest();
    }

    String describe() {
        return "each file at most " + readable(ingest.maxFileSize()) + ", one upload at most "
                + readable(ingest.maxUploadSize());
    }

    /** {@code 64KB} rather than {@code 65536B}. */
    private static String readable(DataSize size) {
        if (size.toBytes() > 0 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        if (size.toBytes() > 0 && size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + "KB";
        }
        return size.toBytes() + " bytes";
    }
}

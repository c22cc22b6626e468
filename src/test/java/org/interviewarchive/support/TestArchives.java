package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh data directories for test applications, so that no run sees another's database or index. */
public final class TestArchives {

    private TestArchives() {
    }

    public static Path newDataDir(String name) {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-archives"));
            return Files.createTempDirectory(root, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

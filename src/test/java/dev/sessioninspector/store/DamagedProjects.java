package dev.sessioninspector.store;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A real project (the demo-shop sample) with one inner page overwritten: the header reads fine, a table does not. */
public final class DamagedProjects {
    private DamagedProjects() {
    }

    public static Path pageTenOverwritten(Path dir) throws Exception {
        Path file = Files.createTempFile(dir, "damaged", ".db");
        Files.copy(Path.of("samples/demo-shop.db"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(9 * 4096L);
            byte[] junk = new byte[4096];
            Arrays.fill(junk, (byte) 0x5a);
            raf.write(junk);
        }
        return file;
    }
}

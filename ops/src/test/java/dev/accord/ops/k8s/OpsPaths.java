package dev.accord.ops.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

final class OpsPaths {

    private OpsPaths() {}

    /** The repository's root: the tests run in ops/, but an IDE may start them at the root. */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("ops/k8s")) ? here : here.getParent();
    }
}

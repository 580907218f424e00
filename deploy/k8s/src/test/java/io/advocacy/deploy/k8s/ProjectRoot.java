package io.advocacy.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's root folder, where Maven was started. */
final class ProjectRoot {

    private ProjectRoot() {}

    static Path get() {
        String configured = System.getProperty("advocacy.project-root");
        Path root = configured != null
                ? Path.of(configured)
                : Path.of("").toAbsolutePath().resolve("../..");
        if (!Files.isDirectory(root.resolve("deploy/k8s/overlays"))) {
            throw new IllegalStateException(root + " is not the project root");
        }
        return root.normalize();
    }
}

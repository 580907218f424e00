package io.advocacy.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a kustomization with the real kustomize: the standalone {@code kustomize} binary if it is on the PATH, else
 * the one built into {@code kubectl} ({@code kubectl kustomize}, kustomize v4 or newer: kubectl 1.21 or newer).
 */
public final class Kustomize {

    private Kustomize() {}

    /** The objects the kustomization in {@code directory} produces, as YAML. */
    public static String build(Path directory) {
        List<String> command = new ArrayList<>(command());
        command.add(directory.toAbsolutePath().toString());
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectError(errors.toFile())
                        .start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than two minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(errors));
                }
                return out;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> command() {
        if (onPath("kustomize")) {
            return List.of("kustomize", "build");
        }
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize");
        }
        throw new IllegalStateException(
                "Neither kustomize nor kubectl is on the PATH: install kubectl 1.21 or newer (its kustomize builds the"
                        + " overlays) or kustomize 5");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

package io.advocacy.deploy.k8s.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image tar as the build writes it: from scratch, non-root, with the runtime's executables still executable. */
class ImageBuilderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theImageRunsTheApplicationAsTheNonRootUserWithItsRuntimeLayerFirst() throws Exception {
        Path runtime = dir.resolve("runtime");
        Path java = runtime.resolve("rootfs/opt/java/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(runtime.resolve("rootfs/tmp"));
        Path app = dir.resolve("quarkus-app");
        Files.createDirectories(app.resolve("lib/main"));
        Files.createDirectories(app.resolve("app"));
        Files.createDirectories(app.resolve("quarkus"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.writeString(app.resolve("lib/main/dependency.jar"), "dependency");
        Files.writeString(app.resolve("app/service.jar"), "service");

        Path tar = ImageBuilder.build(app, runtime, "example-service", "1.2.3", dir.resolve("out"));

        JsonNode manifest = JSON.readTree(read(tar, "manifest.json")).get(0);
        assertThat(manifest.path("RepoTags").get(0).asText()).isEqualTo("advocacy/example-service:1.2.3");
        JsonNode config =
                JSON.readTree(read(tar, manifest.path("Config").asText())).path("config");
        assertThat(config.path("User").asText()).isEqualTo("10001:10001");
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(config.path("Entrypoint").get(0).asText()).isEqualTo("/opt/java/bin/java");
        assertThat(config.path("Entrypoint").toString()).contains("\"-jar\"", "\"/deployments/quarkus-run.jar\"");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        List<String> layers = new ArrayList<>();
        manifest.path("Layers").forEach(layer -> layers.add(layer.asText()));
        assertThat(layers).hasSize(3);
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        run("tar", "-xf", tar.toString(), "-C", unpacked.toString());
        String runtimeLayer =
                run("tar", "-tvzf", unpacked.resolve(layers.get(0)).toString());
        assertThat(runtimeLayer).containsPattern("-rwxr-xr-x .* opt/java/bin/java");
        assertThat(runtimeLayer).containsPattern("drwxrwxrwx .* tmp/?");
        assertThat(run("tar", "-tzf", unpacked.resolve(layers.get(1)).toString()))
                .contains("deployments/lib/main/dependency.jar");
        assertThat(run("tar", "-tzf", unpacked.resolve(layers.get(2)).toString()))
                .contains("deployments/quarkus-run.jar", "deployments/app/service.jar");
    }

    private static String read(Path tar, String entry) throws IOException, InterruptedException {
        return run("tar", "-xOf", tar.toString(), entry);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }
}

package io.advocacy.deploy.k8s;

import io.advocacy.platform.testing.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The manifests generated from the platform's single sources: the KafkaTopics from the topic catalogue and the
 * KeycloakRealmImport from the local stack's realm. {@code GeneratedManifestsTest} fails when the committed files differ.
 */
public final class Generate {

    /** The one command that writes the generated manifests again, from the project root. */
    public static final String COMMAND = "./mvnw -B -pl platform/core,platform/testing,deploy/k8s verify"
            + " -DskipImages -Dtest=GeneratedManifestsTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dadvocacy.k8s.regenerate=true";

    private Generate() {}

    /** Each generated file's path from the project root, with its content. */
    public static Map<String, String> all(Path projectRoot) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(TopicManifests.PATH, TopicManifests.render(TopicCatalogue.all()));
        try {
            files.put(
                    RealmImportManifest.PATH,
                    RealmImportManifest.render(
                            Yaml.JSON.readTree(Files.readString(projectRoot.resolve(RealmImportManifest.SOURCE)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Writes every generated file under {@code projectRoot}. */
    public static void write(Path projectRoot) {
        all(projectRoot).forEach((path, content) -> {
            try {
                Files.writeString(projectRoot.resolve(path), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String header(String source) {
        return "# Generated from " + source + ": do not edit, regenerate with\n# " + COMMAND + "\n";
    }
}

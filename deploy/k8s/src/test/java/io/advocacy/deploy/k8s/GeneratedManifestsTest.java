package io.advocacy.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.platform.testing.TopicCatalogue;
import io.advocacy.platform.testing.TopicSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedManifestsTest {

    private final Path root = ProjectRoot.get();

    @Test
    void committedManifestsAreWhatTheSourcesGenerate() throws IOException {
        if (Boolean.getBoolean("advocacy.k8s.regenerate")) {
            Generate.write(root);
        }
        for (Map.Entry<String, String> file : Generate.all(root).entrySet()) {
            assertThat(Files.readString(root.resolve(file.getKey())))
                    .as(file.getKey() + " is out of date: regenerate it from the project root with\n"
                            + Generate.COMMAND)
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyTopicOfTheCatalogueBecomesAKafkaTopicWithItsPartitionsAndRetention() {
        List<TopicSpec> catalogue = TopicCatalogue.all();

        var manifests = Yaml.documents(TopicManifests.render(catalogue));

        assertThat(manifests).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            TopicSpec topic = catalogue.get(i);
            var manifest = manifests.get(i);
            assertThat(manifest.path("kind").asText()).isEqualTo("KafkaTopic");
            assertThat(manifest.path("metadata").path("name").asText()).isEqualTo(topic.name());
            assertThat(manifest.path("spec").path("partitions").asInt()).isEqualTo(topic.partitions());
            assertThat(manifest.path("spec").path("config").path("retention.ms").asText())
                    .isEqualTo(topic.configs().get("retention.ms"));
        }
    }

    @Test
    void aTopicAddedToTheCatalogueChangesTheManifests() {
        List<TopicSpec> catalogue = new java.util.ArrayList<>(TopicCatalogue.all());
        String before = TopicManifests.render(catalogue);

        catalogue.add(new TopicSpec("advocacy.example.some-service.dlq", 1, Map.of("retention.ms", "2592000000")));

        assertThat(TopicManifests.render(catalogue)).isNotEqualTo(before).contains("advocacy.example.some-service.dlq");
    }

    @Test
    void theRealmImportCarriesTheLocalStacksRealmUnchanged() throws IOException {
        var realm = Yaml.JSON.readTree(Files.readString(root.resolve(RealmImportManifest.SOURCE)));

        var manifest = Yaml.documents(Files.readString(root.resolve(RealmImportManifest.PATH)))
                .get(0);

        assertThat(manifest.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(manifest.path("spec").path("keycloakCRName").asText()).isEqualTo(Platform.KEYCLOAK);
        assertThat(manifest.path("spec").path("realm")).isEqualTo(realm);
    }
}

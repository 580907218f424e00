package io.advocacy.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The KeycloakRealmImport that gives the cluster's Keycloak the same realm as the local stack. */
public final class RealmImportManifest {

    /** The local stack's realm, from the project root: the one source of the realm. */
    public static final String SOURCE = "deploy/local/src/main/resources/advocacy-realm.json";

    /** Where the manifest is kept, from the project root. */
    public static final String PATH = "deploy/k8s/base/keycloak/realm-import.yaml";

    private RealmImportManifest() {}

    /** The manifest importing {@code realm} into the Keycloak the base deploys. */
    public static String render(JsonNode realm) {
        ObjectNode manifest = Yaml.JSON.createObjectNode();
        manifest.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        manifest.put("kind", "KeycloakRealmImport");
        manifest.putObject("metadata").put("name", realm.path("realm").asText());
        ObjectNode spec = manifest.putObject("spec");
        spec.put("keycloakCRName", Platform.KEYCLOAK);
        spec.set("realm", realm);
        return Generate.header(SOURCE) + Yaml.write(manifest);
    }
}

package io.advocacy.deploy.k8s;

import java.util.List;

/** Names the manifests share. */
public final class Platform {

    /** The Strimzi Kafka cluster. */
    public static final String KAFKA_CLUSTER = "advocacy";

    /** The Keycloak custom resource. */
    public static final String KEYCLOAK = "advocacy-keycloak";

    /** The four services, each also its module folder, its Deployment, its KafkaUser and its Kafka consumer group. */
    public static final List<String> SERVICES =
            List.of("listening-service", "advocate-service", "interaction-service", "recognition-service");

    /** The overlays under {@code deploy/k8s/overlays}. */
    public static final List<String> OVERLAYS = List.of("dev", "production");

    private Platform() {}
}

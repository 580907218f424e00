package io.advocacy.deploy.local;

import java.util.List;

/**
 * One of the platform's services as the local stack runs it.
 *
 * @param name the service's name, also its module folder
 * @param database its own PostgreSQL database
 * @param defaultPort the HTTP port it listens on unless the environment says otherwise
 * @param portVariable the environment variable that moves it
 */
public record ServiceSpec(String name, String database, int defaultPort, String portVariable) {

    /** The four services, in the order they start. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("listening-service", "listening", 8081, "ADVOCACY_LISTENING_PORT"),
            new ServiceSpec("advocate-service", "advocate", 8082, "ADVOCACY_ADVOCATE_PORT"),
            new ServiceSpec("interaction-service", "interaction", 8083, "ADVOCACY_INTERACTION_PORT"),
            new ServiceSpec("recognition-service", "recognition", 8084, "ADVOCACY_RECOGNITION_PORT"));
}

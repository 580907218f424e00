package io.advocacy.platform.deadletter;

import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** This service's dead-letter topics: how many records wait, and re-driving them after a fix. */
@Path("/dead-letters")
@RolesAllowed(Roles.PROGRAM_ADMIN)
@Blocking
public class DeadLetterResource {

    private final List<String> topics;
    private final DeadLetterReplay replay;

    public DeadLetterResource(Config config) {
        this.topics = DeadLetterTopics.of(config);
        this.replay =
                new DeadLetterReplay(clientSettings(config), config.getValue("quarkus.application.name", String.class));
    }

    /**
     * The service's Kafka client settings ({@code kafka.*}: the bootstrap servers and, where the cluster asks for it,
     * the security protocol and SASL login), so replays connect the way the service's channels do.
     */
    static java.util.Map<String, Object> clientSettings(Config config) {
        java.util.Map<String, Object> settings = new java.util.HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> settings.put(name.substring("kafka.".length()), value));
            }
        }
        return settings;
    }

    @GET
    @Operation(summary = "Each dead-letter topic of this service: records, already re-driven, waiting")
    public List<DeadLetterReplay.Backlog> backlog() {
        return topics.stream().map(replay::backlog).toList();
    }

    @POST
    @Path("/{topic}/replay")
    @Operation(
            summary =
                    "Re-drive the records of a dead-letter topic that were not re-driven yet to the topics they failed"
                            + " on, with their original headers; consumers skip those they already processed")
    public DeadLetterReplay.Replayed replay(@PathParam("topic") String topic) {
        if (!topics.contains(topic)) {
            throw new ProblemException(
                    404, "Not Found", "dead-letter topic " + topic + " is not one of this service's: " + topics);
        }
        return replay.replay(topic);
    }
}

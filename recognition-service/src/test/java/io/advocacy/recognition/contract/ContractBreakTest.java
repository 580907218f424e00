package io.advocacy.recognition.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.advocacy.platform.testing.contract.EventContracts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A producer that breaks what this service relies on fails this service's build: the contract check run on
 * advocate-service's real schema of {@code advocate.mentoring-ended.v1}, changed the ways a careless producer could.
 */
class ContractBreakTest {

    private static final String TYPE = "io.advocacy.advocate.mentoring-ended.v1";

    private final Path module = EventContracts.moduleDir();
    private final JsonNode contract =
            EventContracts.read(module.resolve(EventContracts.CONSUMED).resolve(TYPE + ".json"));
    private final JsonNode producer = EventContracts.read(EventContracts.producerSchema(module, TYPE));

    @Test
    void theProducersSchemaAsItIsKeepsTheContract() {
        assertThat(EventContracts.problems(TYPE, contract, producer)).isEmpty();
    }

    @Test
    void droppingAFieldTheConsumerReadsBreaksIt() {
        ObjectNode dropped = producer.deepCopy();
        ((ObjectNode) dropped.path("properties")).remove("mentorId");
        removeRequired(dropped, "mentorId");

        assertThat(EventContracts.problems(TYPE, contract, dropped)).anySatisfy(problem -> assertThat(problem)
                .contains("mentorId is read by the consumer but not published"));
    }

    @Test
    void retypingAFieldTheConsumerReadsBreaksIt() {
        ObjectNode retyped = producer.deepCopy();
        ((ObjectNode) retyped.path("properties").path("reason")).put("type", "integer");
        ((ObjectNode) retyped.path("properties").path("reason")).remove("enum");

        assertThat(EventContracts.problems(TYPE, contract, retyped))
                .anySatisfy(problem -> assertThat(problem).contains("reason is published as [integer] but read as"));
    }

    @Test
    void makingARelied_onFieldOptionalOrNullableBreaksIt() {
        ObjectNode optional = producer.deepCopy();
        removeRequired(optional, "advocateId");
        ObjectNode nullable = producer.deepCopy();
        ((ObjectNode) nullable.path("properties").path("mentorId"))
                .putArray("type")
                .add("string")
                .add("null");

        assertThat(EventContracts.problems(TYPE, contract, optional))
                .anySatisfy(problem ->
                        assertThat(problem).contains("advocateId is relied on").contains("optional"));
        assertThat(EventContracts.problems(TYPE, contract, nullable))
                .anySatisfy(problem ->
                        assertThat(problem).contains("mentorId is relied on").contains("null"));
    }

    @Test
    void aSampleTheProducerWouldNeverSendBreaksIt() {
        ObjectNode badSample = contract.deepCopy();
        ((ObjectNode) badSample.path("examples").get(0)).put("reason", "bored");

        assertThat(EventContracts.problems(TYPE, badSample, producer))
                .anySatisfy(problem -> assertThat(problem).contains("the sample breaks the producer's schema"));
    }

    private static void removeRequired(ObjectNode schema, String field) {
        ArrayNode required = (ArrayNode) schema.path("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (field.equals(required.get(i).asText())) {
                required.remove(i);
            }
        }
    }
}

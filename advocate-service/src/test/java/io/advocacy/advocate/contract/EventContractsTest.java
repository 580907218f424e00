package io.advocacy.advocate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.platform.testing.contract.ContractChecks;
import io.advocacy.platform.testing.contract.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The events advocate-service publishes and consumes keep their contracts: each contract in
 * {@code META-INF/resources/contracts} (what this service relies on of a type it consumes) holds against the producing
 * service's schema, each sample is handled by the real consumer on real Kafka, and the served AsyncAPI document agrees
 * with the configuration, the schemas and the topic catalogue.
 */
@QuarkusTest
class EventContractsTest {

    @Test
    void everyContractHoldsAgainstItsProducersSchema() {
        assertThat(EventContracts.consumedTypes(EventContracts.moduleDir())).isNotEmpty();

        assertThat(EventContracts.problems(EventContracts.moduleDir())).isEmpty();
    }

    @Test
    void theRealConsumerHandlesEverySample() {
        ContractChecks.assertSamplesAreHandled();
    }

    @Test
    void theAsyncApiDocumentAgreesWithTheServiceAndTheTopicCatalogue() {
        ContractChecks.assertAsyncApiDocument();
    }
}

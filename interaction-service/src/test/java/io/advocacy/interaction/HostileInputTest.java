package io.advocacy.interaction;

import io.advocacy.platform.testing.hostile.HostileInputs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thousands of generated malformed, oversized and type-confused requests: each a 4xx problem+json, none stored. */
@QuarkusTest
@TestSecurity(
        user = "fuzzer",
        roles = {"integrator", "advocate-manager", "program-admin"})
class HostileInputTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void refusesEveryHostileRequestAndStoresNothing() {
        HostileInputs.refuseAll(base.toString().replaceAll("/$", ""), List.of(), List.of());
    }
}

package io.advocacy.interaction;

import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this service runs against a real Kafka broker and a real PostgreSQL. */
@QuarkusTestResource(
        value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "interaction"))
public class Infrastructure {}

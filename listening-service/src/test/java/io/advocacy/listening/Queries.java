package io.advocacy.listening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;

/** Test helper: makes sure a listening query for the test brand exists, so mentions of it are accepted. */
public final class Queries {

    /** The brand every test mention talks about. */
    public static final String BRAND = "Lumen";

    private Queries() {}

    /** Creates the brand query unless it exists; the caller needs the program-admin role. */
    public static void ensureBrandQuery() {
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"test\", \"name\": \"brand\", \"expression\": \"lumen OR \\\"lumen app\\\"\"}")
                .post("/queries")
                .then()
                .statusCode(anyOf(is(201), is(409)));
    }
}

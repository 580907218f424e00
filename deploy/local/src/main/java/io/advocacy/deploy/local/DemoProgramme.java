package io.advocacy.deploy.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The demo programme: listens for Lumen, the fictional brand of the demo feed. */
public final class DemoProgramme {

    /** The demo programme's name. */
    public static final String PROGRAMME = "lumen-demo";

    private static final String QUERY = """
            {"programme": "lumen-demo", "name": "brand", "expression": "lumen OR \\"lumen app\\""}
            """;

    private DemoProgramme() {}

    /** Creates the programme's listening query as the demo admin, unless it exists. */
    public static void ensureQuery(StackInfo info) {
        String token = new Tokens(info.tokenUrl()).password(StackInfo.CLI_CLIENT_ID, "demo-admin", "demo-admin");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(info.serviceUrl("listening-service") + "/queries"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException(
                        "Could not create the demo query (" + response.statusCode() + "): " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("listening-service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

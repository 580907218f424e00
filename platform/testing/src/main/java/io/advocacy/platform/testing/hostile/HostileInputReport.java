package io.advocacy.platform.testing.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a service answered to a run of hostile requests. */
public final class HostileInputReport {

    /** An answer that was not a 4xx problem+json. */
    public record Failure(HostileRequest request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request.describe() + " -> " + status + " " + contentType + " "
                    + (body.length() > 160 ? body.substring(0, 157) + "..." : body);
        }
    }

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private int sent;

    void record(HostileRequest request, int status, String contentType, String body) {
        sent++;
        statuses.merge(status, 1, Integer::sum);
        kinds.merge(kindOf(request), 1, Integer::sum);
        boolean refused = status >= 400 && status < 500;
        boolean problem = contentType != null && contentType.startsWith("application/problem+json");
        if (!refused || !problem) {
            failures.add(new Failure(request, status, contentType, body));
        }
    }

    private static final List<String> KINDS = List.of(
            "malformed JSON",
            "body of the wrong shape",
            "type-confused field",
            "missing required field",
            "oversized field",
            "body over the size limit",
            "content type",
            "path parameter",
            "query parameter");

    private static String kindOf(HostileRequest request) {
        return KINDS.stream().filter(request.kind()::startsWith).findFirst().orElse(request.kind());
    }

    public int sent() {
        return sent;
    }

    public List<Failure> failures() {
        return failures;
    }

    /** Requests sent per kind and answers per status, one line each. */
    public String summary() {
        return "hostile requests sent: " + sent + "\n  by kind: " + kinds + "\n  answers by status: " + statuses
                + "\n  not a 4xx problem+json: " + failures.size();
    }

    /** Fails with the first failures of each operation when any answer was not a 4xx problem+json. */
    public void assertAllRefused() {
        if (failures.isEmpty()) {
            return;
        }
        String shown = failures.stream()
                .collect(Collectors.groupingBy(
                        f -> f.request().operation() + " " + f.status(), TreeMap::new, Collectors.toList()))
                .values()
                .stream()
                .map(group -> group.size() + " x " + group.get(0))
                .collect(Collectors.joining("\n  "));
        throw new AssertionError(failures.size() + " of " + sent
                + " hostile requests were not answered with a 4xx problem+json:\n  " + shown);
    }
}

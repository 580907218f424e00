package io.advocacy.deploy.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables of a running stack, as {@code deploy/local/start} wrote them into {@code stack.env}. */
public record StackEnv(Path file, Map<String, String> variables) {

    static final String START_IT =
            "start it with deploy/local/start in another terminal (ADVOCACY_RATE_LIMIT_ENABLED=false deploy/local/start"
                    + " lets one integrator send more than 100 mentions a second), then run the benchmark again";

    /** Reads {@code export NAME='value'} lines; fails naming the fix when the file is not there. */
    public static StackEnv read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No running stack: " + file + " does not exist; " + START_IT);
        }
        try {
            return new StackEnv(file, parse(Files.readAllLines(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (!l.startsWith("export ") || !l.contains("=")) {
                continue;
            }
            String name = l.substring("export ".length(), l.indexOf('=')).strip();
            String value = l.substring(l.indexOf('=') + 1).strip();
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            vars.put(name, value);
        }
        return vars;
    }

    /** A variable the stack always writes; its absence means the file is not a stack's. */
    public String get(String name) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + name + "; " + START_IT);
        }
        return value;
    }

    public String serviceUrl(String service) {
        return get(service.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL");
    }

    /** PostgreSQL's port, from {@code postgresql://user@host:port/db}. */
    public int postgresPort() {
        String url = get("ADVOCACY_POSTGRES_URL");
        String hostPort = url.substring(url.indexOf('@') + 1, url.indexOf('/', url.indexOf('@')));
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }
}

package io.advocacy.deploy.local;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole platform started for one test class, as {@code deploy/local/start} starts it, in a folder of its own that
 * goes when the class is done, with the demo programme's listening query and the demo callers' tokens.
 */
final class TestStack implements AutoCloseable {

    private final Path stateDir;
    private final Stack stack;
    private final Tokens tokens;

    private TestStack(Path stateDir, Stack stack) {
        this.stateDir = stateDir;
        this.stack = stack;
        this.tokens = new Tokens(stack.info().tokenUrl());
    }

    /**
     * @param name names the temporary folder
     * @param serviceEnvironment extra environment variables for every service
     */
    static TestStack start(String name, Map<String, String> serviceEnvironment, Stack.Broker broker)
            throws IOException {
        Path stateDir = Files.createTempDirectory("advocacy-" + name + "-");
        Path projectRoot = Path.of(System.getProperty("advocacy.project-root", "../.."))
                .toAbsolutePath()
                .normalize();
        Stack stack = Stack.start(
                StackSettings.ephemeral(stateDir, projectRoot, BuildInfo.keycloakHome()),
                serviceEnvironment,
                System.out,
                broker);
        DemoProgramme.ensureQuery(stack.info());
        return new TestStack(stateDir, stack);
    }

    static TestStack start(String name) throws IOException {
        return start(name, Map.of(), Stack.Broker.IN_THIS_JVM);
    }

    Stack stack() {
        return stack;
    }

    StackInfo info() {
        return stack.info();
    }

    Path stateDir() {
        return stateDir;
    }

    EventTopics topics() {
        return new EventTopics(info().kafkaBootstrapServers());
    }

    Tokens tokens() {
        return tokens;
    }

    String integratorToken() {
        return tokens.clientCredentials(StackInfo.INTEGRATOR_CLIENT_ID, StackInfo.INTEGRATOR_CLIENT_SECRET);
    }

    String managerToken() {
        return tokens.password(StackInfo.CLI_CLIENT_ID, "demo-manager", "demo-manager");
    }

    /** Stops every process of the stack; {@link #close()} afterwards only deletes the folder. */
    void stop() {
        stack.close();
    }

    @Override
    public void close() {
        stack.close();
        Folders.deleteRecursively(stateDir);
    }
}

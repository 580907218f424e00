package io.advocacy.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The command behind {@code deploy/local/start}: starts the whole platform, prints where everything listens, writes
 * {@code stack.env}, and stops everything on Ctrl-C.
 */
public final class LocalStack {

    private static final String USAGE = """
            Usage: deploy/local/start [--clean] [--demo]
              --clean   delete the stack's data (databases, topics, realm) and start from scratch
              --demo    feed a stream of realistic mentions, so advocates, interactions and badges appear
            """;

    private LocalStack() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        for (String option : options) {
            if (!option.equals("--clean") && !option.equals("--demo")) {
                System.err.print("Unknown option " + option + "\n" + USAGE);
                System.exit(2);
            }
        }
        Path projectRoot = Path.of(System.getProperty("advocacy.project-root", "."))
                .toAbsolutePath()
                .normalize();
        Path keycloakHome = BuildInfo.keycloakHome();
        StackSettings settings = StackSettings.fromEnvironment(projectRoot, keycloakHome, System::getenv);
        if (options.contains("--clean")) {
            System.out.println("Deleting the stack's data in " + settings.stateDir());
            Stack.clean(settings);
        }
        long begin = System.nanoTime();
        Stack stack;
        try {
            stack = Stack.start(settings, System.out);
        } catch (RuntimeException e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        Path envFile = settings.stateDir().resolve("stack.env");
        stack.info().writeEnvFile(envFile);
        System.out.printf("%nStarted in %.1f s.%n", (System.nanoTime() - begin) / 1e9);
        System.out.print(stack.info().summary(envFile));
        if (options.contains("--demo")) {
            Thread demo = new Thread(new DemoFeed(stack.info(), System.out, Duration.ofSeconds(3)), "demo-feed");
            demo.setDaemon(true);
            demo.start();
        }
        stopped.await();
    }
}

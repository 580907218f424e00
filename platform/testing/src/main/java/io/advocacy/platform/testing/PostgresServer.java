package io.advocacy.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the machine's server binaries (Debian's {@code postgresql} package, or the folder in
 * {@code ADVOCACY_PG_BIN}), listening on loopback only. {@code initdb} refuses root, so as root the server runs in a
 * user namespace where it is not root. The data folder is kept between starts.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser every service connects as on the local stack and in tests. */
    public static final String USER = "advocacy";

    private static final String FIX = "install PostgreSQL's server (apt-get install postgresql) or set ADVOCACY_PG_BIN"
            + " to the folder that holds initdb and postgres";

    private final Path bin;
    private final int port;
    private final List<String> command;
    private final Path log;
    private volatile ChildProcess process;

    private PostgresServer(Path bin, int port, List<String> command, Path log) {
        this.bin = bin;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /**
     * Initialises the data folder if it is new, starts the server and waits until it accepts connections.
     *
     * @param durable false for tests: fsync off, which is faster and loses data only on a machine crash. Commits are
     *     still written to the operating system before they are acknowledged (synchronous_commit stays on, which
     *     without fsync costs one write), so a crash of the server alone loses no acknowledged commit; with it off, a
     *     killed server forgets its last commits, which a consumer may already have acknowledged to Kafka
     */
    public static PostgresServer start(Path dataDir, int port, Path log, boolean durable, Progress progress) {
        Path bin = binaries();
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb(bin, dataDir, log);
        }
        List<String> command = asNonRoot(List.of(
                bin.resolve("postgres").toString(),
                "-D",
                dataDir.toAbsolutePath().toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=300",
                "-c",
                "fsync=" + (durable ? "on" : "off"),
                "-c",
                "synchronous_commit=on",
                "-c",
                "full_page_writes=" + (durable ? "on" : "off")));
        PostgresServer server = new PostgresServer(bin, port, command, log);
        server.run(progress);
        return server;
    }

    private void run(Progress progress) {
        process = ChildProcess.start("PostgreSQL", command, Map.of(), log);
        process.awaitReady(this::acceptsQueries, Duration.ofSeconds(60), progress);
    }

    /**
     * Crashes the server: SIGKILL to the postmaster and all its backends at once, so no backend outlives it holding
     * the shared memory (which would keep a new postmaster from starting). Its {@code postmaster.pid} stays behind,
     * as after a real crash.
     */
    public void kill() {
        process.kill();
    }

    /** Starts the server again on the same folder and port after {@link #kill()}: it recovers from its WAL first. */
    public void restart(Progress progress) {
        if (process.isAlive()) {
            throw new IllegalStateException("PostgreSQL is still running");
        }
        run(progress);
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of one database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        String exists = psql("select 1 from pg_database where datname = '" + name + "'");
        if (!exists.strip().equals("1")) {
            psql("create database " + name);
        }
    }

    /** Runs one SQL statement with psql and returns its unaligned output. */
    public String psql(String sql) {
        return run(List.of(
                bin.resolve("psql").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                USER,
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-tAc",
                sql));
    }

    private boolean acceptsQueries() {
        try {
            Process check = new ProcessBuilder(
                            bin.resolve("pg_isready").toString(), "-q", "-h", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .start();
            return check.waitFor(10, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Fast shutdown: open transactions are rolled back and the server stops at once. */
    @Override
    public void close() {
        process.interrupt();
    }

    private static void initdb(Path bin, Path dataDir, Path log) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL data folder " + dataDir, e);
        }
        run(asNonRoot(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                dataDir.toAbsolutePath().toString(),
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-instructions")));
    }

    /** Finds the server binaries, or says how to get them. */
    public static Path binaries() {
        String configured = System.getenv("ADVOCACY_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            Path bin = Path.of(configured);
            if (!Files.isExecutable(bin.resolve("postgres"))) {
                throw new IllegalStateException("ADVOCACY_PG_BIN=" + configured + " has no postgres binary: " + FIX);
            }
            return bin;
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b ->
                                Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(PostgresServer::majorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                // fall through to the error below
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found: " + FIX);
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** As root, runs the command in a user namespace where it is an ordinary user (initdb and postgres refuse root). */
    private static List<String> asNonRoot(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static String run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed:\n" + output
                        + (command.get(0).equals("unshare")
                                ? "\nAs root, PostgreSQL runs in a user namespace; run as a non-root user if user"
                                        + " namespaces are disabled here."
                                : ""));
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + FIX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.advocacy.deploy.local.bench;

import io.advocacy.platform.testing.PostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What Kafka and PostgreSQL do on their own on this machine, measured in the same run as the platform. */
final class Baselines {

    /** A figure and how it was measured. */
    record Baseline(String what, double perSecond, String how) {}

    static final int PARTITIONS = 12;
    static final int PGBENCH_CLIENTS = 4;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Baselines() {}

    /**
     * One producer as the services configure theirs (acks=all, idempotent), sending records of the mentions' size as
     * fast as the broker takes them to a scratch topic of the platform's partition count, which is deleted after.
     */
    static Baseline kafka(String bootstrap, int recordBytes, int seconds, String run, PrintStream out) {
        String topic = "bench.scratch." + run;
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(adminProps)) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            try {
                Properties props = new Properties();
                props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                props.put(ProducerConfig.ACKS_CONFIG, "all");
                props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
                byte[] value = "x".repeat(recordBytes).getBytes(StandardCharsets.UTF_8);
                AtomicLong acked = new AtomicLong();
                AtomicLong failed = new AtomicLong();
                long begin = System.nanoTime();
                long end = begin + TimeUnit.SECONDS.toNanos(seconds);
                long sent = 0;
                try (var producer = new KafkaProducer<String, byte[]>(props)) {
                    while (System.nanoTime() < end) {
                        producer.send(
                                new ProducerRecord<>(topic, "twitter:author" + (sent % 10_000), value), (m, e) -> {
                                    if (e == null) {
                                        acked.incrementAndGet();
                                    } else {
                                        failed.incrementAndGet();
                                    }
                                });
                        sent++;
                    }
                    producer.flush();
                }
                double elapsed = (System.nanoTime() - begin) / 1e9;
                double rate = acked.get() / elapsed;
                out.printf(
                        "  Kafka producer: %,d records of %d bytes acknowledged in %.1f s (%d failed): %,.0f/s%n",
                        acked.get(), recordBytes, elapsed, failed.get(), rate);
                return new Baseline(
                        "Kafka producer, acks=all",
                        rate,
                        "one kafka-clients producer (acks=all, idempotent, default batching), " + recordBytes
                                + "-byte records, " + PARTITIONS + " partitions, " + seconds + " s");
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The Kafka baseline failed: " + e.getMessage(), e);
        }
    }

    /**
     * pgbench with a custom script of one single-row INSERT per transaction (durable commits, as the stack runs), a
     * few clients, into a scratch database that is dropped after.
     */
    static Baseline postgres(int port, int rowBytes, int seconds, PrintStream out) {
        Path bin = PostgresServer.binaries();
        String database = "advocacy_bench_scratch";
        Path script = null;
        try {
            psql(bin, port, "postgres", "drop database if exists " + database);
            psql(bin, port, "postgres", "create database " + database);
            psql(
                    bin,
                    port,
                    database,
                    "create table mention_insert (id bigserial primary key, author text not null,"
                            + " payload text not null, created_at timestamptz not null default now())");
            script = Files.createTempFile("advocacy-bench-", ".sql");
            Files.writeString(
                    script,
                    "insert into mention_insert (author, payload) values ('author-' || cast(random() * 10000 as int),"
                            + " repeat('x', " + rowBytes + "));\n");
            String output = run(List.of(
                    bin.resolve("pgbench").toString(),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    Integer.toString(port),
                    "-U",
                    PostgresServer.USER,
                    "-n",
                    "-M",
                    "prepared",
                    "-c",
                    Integer.toString(PGBENCH_CLIENTS),
                    "-j",
                    "2",
                    "-T",
                    Integer.toString(seconds),
                    "-f",
                    script.toString(),
                    database));
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps:\n" + output);
            }
            double rate = Double.parseDouble(tps.group(1));
            out.printf(
                    "  PostgreSQL: pgbench, one INSERT per transaction, %d clients, %d s: %,.0f transactions/s%n",
                    PGBENCH_CLIENTS, seconds, rate);
            return new Baseline(
                    "PostgreSQL single-row INSERT transactions",
                    rate,
                    "pgbench -n -M prepared -c " + PGBENCH_CLIENTS + " -j 2 -T " + seconds
                            + ", a script of one INSERT of a " + rowBytes + "-byte row per transaction, fsync on");
        } catch (IOException e) {
            throw new IllegalStateException("The PostgreSQL baseline failed: " + e.getMessage(), e);
        } finally {
            try {
                psql(bin, port, "postgres", "drop database if exists " + database);
                if (script != null) {
                    Files.deleteIfExists(script);
                }
            } catch (IOException | RuntimeException e) {
                out.println("  (could not drop the scratch database " + database + ": " + e.getMessage() + ")");
            }
        }
    }

    private static void psql(Path bin, int port, String database, String sql) {
        run(List.of(
                bin.resolve("psql").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                PostgresServer.USER,
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-qtAc",
                sql));
    }

    private static String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            builder.environment().putAll(Map.of("PGCONNECT_TIMEOUT", "10"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

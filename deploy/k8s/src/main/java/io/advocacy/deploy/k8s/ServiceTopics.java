package io.advocacy.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The topics a service uses, read from its code: those it consumes and their dead-letter topics from its
 * {@code application.properties}, and those it publishes from its events' {@code TOPIC} constants.
 *
 * @param service the service's name, also its module folder
 * @param consumed topics it reads ({@code mp.messaging.incoming.*.topic})
 * @param deadLetters its dead-letter topics ({@code mp.messaging.incoming.*.dead-letter-queue.topic})
 * @param published topics it writes ({@code public static final String TOPIC = "..."} in its main code)
 */
public record ServiceTopics(String service, Set<String> consumed, Set<String> deadLetters, Set<String> published) {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
    private static final Pattern DEAD_LETTER_TOPIC =
            Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");

    /** Every topic the service names. */
    public Set<String> all() {
        Set<String> all = new TreeSet<>(consumed);
        all.addAll(deadLetters);
        all.addAll(published);
        return all;
    }

    /** Reads the service's module under {@code projectRoot}. */
    public static ServiceTopics read(Path projectRoot, String service) {
        Path module = projectRoot.resolve(service);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (INCOMING_TOPIC.matcher(key).matches()) {
                consumed.add(properties.getProperty(key).trim());
            } else if (DEAD_LETTER_TOPIC.matcher(key).matches()) {
                deadLetters.add(properties.getProperty(key).trim());
            }
        }
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher matcher = TOPIC_CONSTANT.matcher(Files.readString(file));
                while (matcher.find()) {
                    published.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceTopics(service, consumed, deadLetters, published);
    }
}

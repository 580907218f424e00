package io.advocacy.deploy.k8s.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The root filesystem of the images' first layer, assembled from the JDK that runs the build: a Java runtime made by
 * jlink at {@code /opt/java}, the shared libraries it links to (found with {@code ldd}, from this machine's Debian
 * packages), the CA certificates, and an {@code /etc/passwd} naming the non-root user.
 */
final class Runtime {

    /** What Quarkus and the services' libraries use of the JDK. */
    static final List<String> MODULES = List.of(
            "java.base",
            "java.compiler",
            "java.desktop",
            "java.instrument",
            "java.logging",
            "java.management",
            "java.naming",
            "java.net.http",
            "java.prefs",
            "java.rmi",
            "java.scripting",
            "java.security.jgss",
            "java.security.sasl",
            "java.sql",
            "java.transaction.xa",
            "java.xml",
            "jdk.crypto.ec",
            "jdk.jfr",
            "jdk.management",
            "jdk.naming.dns",
            "jdk.net",
            "jdk.security.auth",
            "jdk.unsupported",
            "jdk.zipfs");

    private static final Pattern LIBRARY = Pattern.compile("(/\\S+\\.so[.\\d]*)");

    private Runtime() {}

    /** Assembles the root filesystem under {@code work/rootfs}, once: delete the folder to assemble it again. */
    static Path assemble(Path work) throws IOException, InterruptedException {
        Path rootfs = work.resolve("rootfs");
        Path marker = work.resolve("assembled");
        if (Files.exists(marker)) {
            return work;
        }
        deleteRecursively(work);
        Files.createDirectories(rootfs.resolve("opt"));
        Path java = rootfs.resolve("opt/java");
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("no jlink: build with a JDK 17, not a JRE"));
        StringWriter out = new StringWriter();
        int status = jlink.run(
                new PrintWriter(out),
                new PrintWriter(out),
                "--add-modules",
                String.join(",", MODULES),
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--compress=2",
                "--output",
                java.toString());
        if (status != 0) {
            throw new IllegalStateException("jlink failed: " + out);
        }
        copyLibraries(java, rootfs);
        Path cacerts = java.resolve("lib/security/cacerts");
        Path systemCacerts = Path.of("/etc/ssl/certs/java/cacerts");
        if (Files.isRegularFile(systemCacerts)) {
            Files.deleteIfExists(cacerts);
            Files.copy(systemCacerts, cacerts);
        }
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(
                rootfs.resolve("etc/passwd"),
                "root:x:0:0:root:/root:/sbin/nologin\nadvocacy:x:" + ImageBuilder.USER + ":" + ImageBuilder.USER
                        + ":advocacy:/tmp:/sbin/nologin\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nadvocacy:x:" + ImageBuilder.USER + ":\n");
        Files.writeString(rootfs.resolve("etc/nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
        Files.createDirectories(rootfs.resolve("tmp"));
        Files.createFile(marker);
        return work;
    }

    /** Copies every shared library the runtime's executables and libraries link to, at the same path. */
    private static void copyLibraries(Path java, Path rootfs) throws IOException, InterruptedException {
        List<Path> binaries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(java)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".so") || f.getParent().endsWith("bin"))
                    .forEach(binaries::add);
        }
        Set<String> libraries = new TreeSet<>();
        for (Path binary : binaries) {
            Process ldd = new ProcessBuilder("ldd", binary.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ldd.waitFor();
            for (String line : output.split("\n")) {
                if (line.contains("not found") && !line.contains("libjvm.so") && !line.contains("libjava.so")) {
                    throw new IllegalStateException(binary + " needs a library this machine lacks: " + line.trim());
                }
                Matcher matcher = LIBRARY.matcher(line);
                if (matcher.find() && !matcher.group(1).startsWith(java.toString())) {
                    libraries.add(matcher.group(1));
                }
            }
        }
        for (String library : libraries) {
            Path target = rootfs.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            // At the path the executables ask for, with the content of the file it points to.
            Files.copy(Path.of(library).toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(p);
            }
        }
    }
}

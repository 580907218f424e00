package io.advocacy.deploy.k8s.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import io.advocacy.deploy.k8s.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds each service's container image as a tar with Jib, with no container engine and no registry: the image starts
 * from scratch and carries a Java runtime assembled in the build ({@link Runtime}), then the service's
 * {@code target/quarkus-app} in two layers (libraries, then the application). It runs as the non-root user 10001 from
 * {@code /deployments}.
 *
 * <p>Run by the {@code images} profile of deploy/k8s; arguments: the project root and the version to tag.
 */
public final class ImageBuilder {

    /** The user and group the services run as, also in the manifests' security contexts. */
    public static final String USER = "10001";

    static final AbsoluteUnixPath JAVA_HOME = AbsoluteUnixPath.get("/opt/java");
    static final AbsoluteUnixPath APP = AbsoluteUnixPath.get("/deployments");

    private ImageBuilder() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String version = args[1];
        Path work = root.resolve("deploy/k8s/target/images");
        Path runtime = Runtime.assemble(work.resolve("runtime"));
        for (String service : Platform.SERVICES) {
            long started = System.nanoTime();
            Path tar = build(root.resolve(service).resolve("target/quarkus-app"), runtime, service, version, work);
            System.out.printf(
                    "%s: %s (%d MiB) in %d ms%n",
                    service, root.relativize(tar), Files.size(tar) >> 20, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The image name of a service, as the manifests name it before an overlay moves it to a registry. */
    public static String imageName(String service, String version) {
        return "advocacy/" + service + ":" + version;
    }

    static Path build(Path quarkusApp, Path runtime, String service, String version, Path work) throws Exception {
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(quarkusApp + " has no quarkus-run.jar: package " + service + " first");
        }
        Path tar = work.resolve(service + ".tar");
        JibContainerBuilder builder = Jib.fromScratch()
                .addFileEntriesLayer(tree("java runtime", runtime.resolve("rootfs"), AbsoluteUnixPath.get("/")))
                .addFileEntriesLayer(tree("libraries", quarkusApp.resolve("lib"), APP.resolve("lib")))
                .addFileEntriesLayer(application(quarkusApp))
                .setEnvironment(Map.of(
                        "JAVA_HOME",
                        JAVA_HOME.toString(),
                        "PATH",
                        JAVA_HOME.resolve("bin") + ":/usr/bin:/bin",
                        "LANG",
                        "C.UTF-8"))
                .setEntrypoint(List.of(
                        JAVA_HOME.resolve("bin/java").toString(),
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar",
                        APP.resolve("quarkus-run.jar").toString()))
                .setWorkingDirectory(APP)
                .setUser(USER + ":" + USER)
                .setExposedPorts(Set.of(Port.tcp(8080)))
                .setCreationTime(Instant.EPOCH)
                .setLabels(Map.of("org.opencontainers.image.title", service));
        builder.containerize(Containerizer.to(TarImage.at(tar).named(imageName(service, version)))
                .setBaseImageLayersCache(work.resolve("cache"))
                .setApplicationLayersCache(work.resolve("cache"))
                .setOfflineMode(true)
                .setToolName("advocacy-image-builder"));
        return tar;
    }

    private static FileEntriesLayer application(Path quarkusApp) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("application");
        for (String part : List.of("app", "quarkus")) {
            addTree(layer, quarkusApp.resolve(part), APP.resolve(part));
        }
        try (Stream<Path> files = Files.list(quarkusApp)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                layer.addEntry(
                        file, APP.resolve(file.getFileName().toString()), FilePermissions.DEFAULT_FILE_PERMISSIONS);
            }
        }
        return layer.build();
    }

    private static FileEntriesLayer tree(String name, Path source, AbsoluteUnixPath target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, source, target);
        return layer.build();
    }

    /** Every file and folder under {@code source}, with its own permissions (executables stay executable). */
    private static void addTree(FileEntriesLayer.Builder layer, Path source, AbsoluteUnixPath target)
            throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                if (path.equals(source)) {
                    continue;
                }
                AbsoluteUnixPath into = target;
                for (Path part : source.relativize(path)) {
                    into = into.resolve(part.toString());
                }
                layer.addEntry(path, into, permissions(path));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FilePermissions permissions(Path path) throws IOException {
        if (Files.isDirectory(path) && path.getFileName().toString().equals("tmp")) {
            // Where Quarkus and Vert.x write their caches, when no volume is mounted there.
            return FilePermissions.fromOctalString("777");
        }
        Set<PosixFilePermission> own = Files.getPosixFilePermissions(path);
        // Nothing in the image is writable by anyone but root: the root filesystem is read-only anyway.
        own.remove(PosixFilePermission.GROUP_WRITE);
        own.remove(PosixFilePermission.OTHERS_WRITE);
        own.add(PosixFilePermission.OWNER_READ);
        own.add(PosixFilePermission.GROUP_READ);
        own.add(PosixFilePermission.OTHERS_READ);
        if (Files.isDirectory(path)) {
            own.add(PosixFilePermission.OWNER_EXECUTE);
            own.add(PosixFilePermission.GROUP_EXECUTE);
            own.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return FilePermissions.fromPosixFilePermissions(own);
    }
}

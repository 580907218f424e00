package io.advocacy.platform.problem;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Thrown by a service to answer with a problem+json of its choosing, for a rule the request broke. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private Long retryAfterSeconds;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** A 404 for a resource that does not exist. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist");
    }

    /**
     * Turns a missing item into a 404 for {@link Uni#plug}: {@code repository.findById(id).plug(orNotFound("Advocate",
     * id))}.
     */
    public static <T> Function<Uni<T>, Uni<T>> orNotFound(String what, Object id) {
        return uni -> uni.onItem().ifNull().failWith(() -> notFound(what, id));
    }

    /** Tells the client, in a {@code Retry-After} header, how many seconds to wait before trying again. */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Seconds for a {@code Retry-After} header, or null for none. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}

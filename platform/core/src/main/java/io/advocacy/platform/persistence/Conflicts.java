package io.advocacy.platform.persistence;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/** Recognises database errors that a retry in a new transaction resolves. */
public final class Conflicts {

    /** PostgreSQL's SQLSTATE for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {}

    /**
     * True when the failure, or one of its causes, is a unique constraint violation: another transaction stored the
     * same natural key first, so the operation should look again rather than fail.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            // Hibernate Reactive reports the driver's error as an SQLException carrying the same state.
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

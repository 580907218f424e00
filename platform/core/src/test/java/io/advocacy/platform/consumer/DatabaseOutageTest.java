package io.advocacy.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/**
 * Which failures the consumer retries for as long as they last (the database cannot be reached) and which count
 * against its attempts before a record is dead-lettered. The fault-injection suite (deploy/local's FaultInjectionIT)
 * crashes PostgreSQL under load and checks that no event is dead-lettered.
 */
class DatabaseOutageTest {

    @Test
    void aRefusedResetOrClosedConnectionIsAnOutage() {
        assertThat(IdempotentConsumer.databaseUnreachable(new ConnectException("Connection refused")))
                .isTrue();
        assertThat(IdempotentConsumer.databaseUnreachable(new SocketException("Connection reset")))
                .isTrue();
        assertThat(IdempotentConsumer.databaseUnreachable(ClosedConnectionException.INSTANCE))
                .isTrue();
    }

    @Test
    void aServerStartingUpOrShuttingDownIsAnOutage() {
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new PgException("the database system is starting up", "FATAL", "57P03", null)))
                .isTrue();
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)))
                .isTrue();
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new PgException("connection failure", "FATAL", "08006", null)))
                .isTrue();
    }

    @Test
    void anOutageIsFoundUnderTheExceptionsThatWrapIt() {
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new CompletionException(new HibernateException(new ConnectException("Connection refused")))))
                .isTrue();
    }

    @Test
    void whatTheRecordOrTheCodeCausedIsNoOutage() {
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null)))
                .isFalse();
        assertThat(IdempotentConsumer.databaseUnreachable(new IllegalStateException("bug")))
                .isFalse();
        assertThat(IdempotentConsumer.databaseUnreachable(
                        new PoisonEventException("data is not valid", new IllegalArgumentException())))
                .isFalse();
    }
}

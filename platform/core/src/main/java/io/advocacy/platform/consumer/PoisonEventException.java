package io.advocacy.platform.consumer;

/** A record that can never be processed, however often it is retried; it goes to the channel's dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

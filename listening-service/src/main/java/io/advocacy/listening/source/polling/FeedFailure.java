package io.advocacy.listening.source.polling;

/** Why polling a feed failed, in words fit to show as the source's last error. */
public class FeedFailure extends Exception {

    public FeedFailure(String message) {
        super(message);
    }

    public FeedFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

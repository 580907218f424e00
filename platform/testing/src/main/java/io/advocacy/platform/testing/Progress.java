package io.advocacy.platform.testing;

import java.io.PrintStream;

/** Shows that a long wait is still going: a dot every few seconds on the console. */
public final class Progress {

    private final PrintStream out;
    private final long everyMillis;
    private long last = System.currentTimeMillis();

    public Progress(PrintStream out, long everyMillis) {
        this.out = out;
        this.everyMillis = everyMillis;
    }

    /** Prints to standard error every five seconds. */
    public static Progress dots() {
        return new Progress(System.err, 5_000);
    }

    void tick() {
        long now = System.currentTimeMillis();
        if (now - last >= everyMillis) {
            out.print('.');
            out.flush();
            last = now;
        }
    }
}

package io.advocacy.listening.spam;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explainable spam rules that need no history beyond a count: a link farm (many links, or a text that is mostly
 * links) and a bot-like rate (too many mentions from one author within an hour). Repeated text from one author is
 * caught by the near-duplicate check.
 */
public final class SpamRules {

    /** More links than this in one mention make it a link farm. */
    public static final int MAX_LINKS = 3;

    /** More mentions than this from one author within an hour look like a bot. */
    public static final int MAX_PER_HOUR = 30;

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private SpamRules() {}

    /**
     * Why the mention is spam, if it is.
     *
     * @param mentionsInLastHour the author's mentions within the last hour, this one included
     */
    public static Optional<String> reason(String text, long mentionsInLastHour) {
        int links = 0;
        int linkChars = 0;
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            links++;
            linkChars += matcher.end() - matcher.start();
        }
        if (links > MAX_LINKS) {
            return Optional.of("link farm: " + links + " links");
        }
        if (links > 0 && linkChars * 2 > text.strip().length()) {
            return Optional.of("link farm: mostly links");
        }
        if (mentionsInLastHour > MAX_PER_HOUR) {
            return Optional.of("bot-like rate: " + mentionsInLastHour + " mentions within an hour");
        }
        return Optional.empty();
    }
}

package io.advocacy.advocate.identity.service;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handles a mention names: {@code @handle} in its text (of a fediverse address {@code @handle@instance}, the
 * handle), and a {@code /@handle} path segment in its url, lower case and without the {@code @}.
 */
final class References {

    /** An {@code @} that starts a word, then a handle of 2 to 30 characters. */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9_][A-Za-z0-9_.-]{1,29})");

    private static final Pattern IN_URL = Pattern.compile("/@([A-Za-z0-9_][A-Za-z0-9_.-]{1,29})");

    /** At most this many handles are taken from one mention. */
    private static final int MAX_PER_MENTION = 10;

    private References() {}

    static Set<String> of(String text, String url) {
        Set<String> handles = new TreeSet<>();
        collect(IN_TEXT, text, handles);
        collect(IN_URL, url, handles);
        return handles;
    }

    private static void collect(Pattern pattern, String value, Set<String> into) {
        if (value == null) {
            return;
        }
        Matcher matcher = pattern.matcher(value);
        while (matcher.find() && into.size() < MAX_PER_MENTION) {
            String handle = matcher.group(1).toLowerCase(Locale.ROOT);
            while (handle.endsWith(".") || handle.endsWith("-")) {
                handle = handle.substring(0, handle.length() - 1);
            }
            if (handle.length() >= 2) {
                into.add(handle);
            }
        }
    }
}

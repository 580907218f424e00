package io.advocacy.advocate.identity.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How likely two profiles are one person, from what they show: their display names (Jaro-Winkler similarity of the
 * names without case, accents or punctuation; the same name on two platforms counts most) and their handles (the
 * letters and digits of handles and of verified emails' local parts), and cross-links (one profile's mention named,
 * from one platform, the handle the other holds on another platform). The score is the strongest signal; a
 * cross-link between similar names adds to it.
 */
final class Similarity {

    /** A signal weaker than this is not named as a reason. */
    static final double REASON_THRESHOLD = 0.85;

    /** The same name seen only on one platform is weaker evidence than the same name on two. */
    private static final double SAME_PLATFORM_FACTOR = 0.9;

    /** What a cross-link alone scores: enough to be suggested. */
    private static final double CROSS_LINK = 0.8;

    /** What a cross-link adds to names at least {@link #LINKED_NAMES} alike. */
    private static final double CROSS_LINK_BONUS = 0.1;

    private static final double LINKED_NAMES = 0.7;

    /** Similar handles say less than similar names. */
    private static final double HANDLE_FACTOR = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {}

    /**
     * What one profile shows: the display names and handles of its identities, and the handles their mentions named.
     */
    record Profile(UUID id, String displayName, List<Shown> shown, List<Reference> references) {

        Profile(UUID id, String displayName, List<Shown> shown) {
            this(id, displayName, shown, List.of());
        }

        Set<String> platforms() {
            Set<String> platforms = new TreeSet<>();
            shown.forEach(s -> platforms.add(s.platform()));
            return platforms;
        }
    }

    /**
     * One identity as shown.
     *
     * @param platform its platform, or {@code email}
     * @param label the author key or email, for reasons
     */
    record Shown(String platform, String label, String displayName, String handle) {}

    /**
     * A handle one of the profile's identities named in a mention.
     *
     * @param from the naming identity's author key
     * @param platform the naming identity's platform
     */
    record Reference(String from, String platform, String handle) {}

    /** A scored pair. */
    record Match(double score, List<String> reasons) {}

    static Match of(Profile one, Profile other) {
        double best = 0;
        List<String> reasons = new ArrayList<>();
        Named names = bestNames(one, other);
        if (names != null) {
            double score = names.similarity() * (names.crossPlatform() ? 1 : SAME_PLATFORM_FACTOR);
            best = Math.max(best, score);
            if (names.similarity() == 1 && names.crossPlatform()) {
                reasons.add("same display name \"" + names.one() + "\" on " + names.onePlatform() + " and "
                        + names.otherPlatform());
            } else if (names.similarity() == 1) {
                reasons.add("same display name \"" + names.one() + "\"");
            } else if (names.similarity() >= REASON_THRESHOLD) {
                reasons.add("similar display names \"" + names.one() + "\" and \"" + names.other() + "\" ("
                        + round(names.similarity()) + ")");
            }
        }
        Named handles = bestHandles(one, other);
        if (handles != null) {
            best = Math.max(best, handles.similarity() * HANDLE_FACTOR);
            if (handles.similarity() >= REASON_THRESHOLD) {
                reasons.add((handles.similarity() == 1 ? "same handle " : "similar handles ") + handles.one() + " and "
                        + handles.other()
                        + (handles.similarity() == 1 ? "" : " (" + round(handles.similarity()) + ")"));
            }
        }
        String link = crossLink(one, other);
        if (link == null) {
            link = crossLink(other, one);
        }
        if (link != null) {
            reasons.add(link);
            boolean alike = names != null && names.similarity() >= LINKED_NAMES;
            best = Math.max(best, alike ? Math.min(1, Math.max(best, CROSS_LINK) + CROSS_LINK_BONUS) : CROSS_LINK);
        }
        return new Match(round(best), reasons);
    }

    /** How one profile's mention named, from one platform, the handle the other holds on another; null if none did. */
    private static String crossLink(Profile naming, Profile named) {
        for (Reference reference : naming.references()) {
            for (Shown shown : named.shown()) {
                if (shown.handle() != null
                        && !"email".equals(shown.platform())
                        && !Objects.equals(shown.platform(), reference.platform())
                        && shown.handle().equalsIgnoreCase(reference.handle())) {
                    return reference.from() + " mentioned @" + reference.handle() + ", the handle of " + shown.label();
                }
            }
        }
        return null;
    }

    /** The most similar pair of names between two profiles. */
    private record Named(
            double similarity,
            String one,
            String other,
            String onePlatform,
            String otherPlatform,
            boolean crossPlatform) {}

    private static Named bestNames(Profile one, Profile other) {
        Named best = null;
        for (Shown a : withProfileName(one)) {
            for (Shown b : withProfileName(other)) {
                String left = normalise(a.displayName());
                String right = normalise(b.displayName());
                if (left.isEmpty() || right.isEmpty()) {
                    continue;
                }
                boolean cross = !Objects.equals(a.platform(), b.platform());
                double similarity = JARO_WINKLER.apply(left, right);
                if (best == null
                        || similarity > best.similarity()
                        || (similarity == best.similarity() && cross && !best.crossPlatform())) {
                    best = new Named(similarity, a.displayName(), b.displayName(), a.platform(), b.platform(), cross);
                }
            }
        }
        return best;
    }

    private static Named bestHandles(Profile one, Profile other) {
        Named best = null;
        for (Shown a : one.shown()) {
            for (Shown b : other.shown()) {
                String left = core(a.handle());
                String right = core(b.handle());
                if (left.length() < 3 || right.length() < 3) {
                    continue;
                }
                double similarity = JARO_WINKLER.apply(left, right);
                if (best == null || similarity > best.similarity()) {
                    best = new Named(similarity, a.label(), b.label(), a.platform(), b.platform(), true);
                }
            }
        }
        return best;
    }

    /** The identities' names, and the profile's own when none of them has one. */
    private static List<Shown> withProfileName(Profile profile) {
        List<Shown> named = profile.shown().stream()
                .filter(s -> s.displayName() != null && !s.displayName().isBlank())
                .toList();
        if (!named.isEmpty() || profile.displayName() == null) {
            return named;
        }
        String platform =
                profile.shown().isEmpty() ? "" : profile.shown().get(0).platform();
        return List.of(new Shown(platform, "", profile.displayName(), null));
    }

    /** A name without case, accents, punctuation or repeated spaces. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The letters and digits of a handle, or of an email's local part. */
    static String core(String handle) {
        if (handle == null) {
            return "";
        }
        String local = handle.contains("@") ? handle.substring(0, handle.indexOf('@')) : handle;
        return normalise(local).replace(" ", "");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

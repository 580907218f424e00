package io.advocacy.listening.query.service;

import io.advocacy.listening.query.repository.ListeningQuery;
import io.advocacy.listening.query.repository.QueryVersion;
import io.advocacy.listening.query.rest.QueryView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Maps queries between the database and the wire, in one place. */
public final class QueryMapper {

    private QueryMapper() {}

    static QueryView toView(ListeningQuery query, QueryVersion current, List<QueryVersion> versions) {
        return new QueryView(
                query.id,
                query.programme,
                query.name,
                query.active,
                query.currentVersion,
                current.expression,
                listOf(current.platforms),
                listOf(current.languages),
                query.createdAt,
                query.updatedAt,
                versions == null
                        ? null
                        : versions.stream()
                                .map(v -> new QueryView.Version(
                                        v.version,
                                        v.expression,
                                        listOf(v.platforms),
                                        listOf(v.languages),
                                        v.createdAt,
                                        v.createdBy))
                                .toList());
    }

    /** Platforms or languages as stored: lower case, comma-separated, null for all. */
    static String storedList(List<String> platforms) {
        if (platforms == null || platforms.isEmpty()) {
            return null;
        }
        return String.join(
                ",",
                platforms.stream()
                        .map(p -> p.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .sorted()
                        .toList());
    }

    static List<String> listOf(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(","));
    }
}

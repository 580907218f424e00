package io.advocacy.listening.insight.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** Aggregates over a programme's stored mentions, computed by the database. */
@ApplicationScoped
public class ProgrammeFigures {

    /** One time bucket of a programme's mentions by sentiment class; columns: start, positive, neutral, negative, unscored. */
    public Uni<List<Object[]>> timeline(String programme, String unit, OffsetDateTime from, OffsetDateTime to) {
        String sql =
                "select to_char(date_trunc(?1, m.published_at at time zone 'UTC'), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
                        + " count(*) filter (where m.sentiment_supported and m.sentiment >= 0.05),"
                        + " count(*) filter (where m.sentiment_supported and m.sentiment > -0.05 and m.sentiment < 0.05),"
                        + " count(*) filter (where m.sentiment_supported and m.sentiment <= -0.05),"
                        + " count(*) filter (where not m.sentiment_supported)"
                        + " from mention m join mention_match mm on mm.mention_id = m.id"
                        + " where mm.programme = ?2 and m.published_at >= ?3 and m.published_at < ?4"
                        + " group by 1 order by 1";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, unit)
                .setParameter(2, programme)
                .setParameter(3, from)
                .setParameter(4, to)
                .getResultList());
    }

    /** A programme's negative mentions received in the last hour, and in the 24 hours before it. */
    public Uni<long[]> negativeVolume(String programme) {
        String sql = "select count(*) filter (where m.received_at > now() - interval '1 hour'),"
                + " count(*) filter (where m.received_at <= now() - interval '1 hour')"
                + " from mention m join mention_match mm on mm.mention_id = m.id"
                + " where mm.programme = ?1 and m.sentiment_supported and m.sentiment <= -0.05"
                + " and m.received_at > now() - interval '25 hours'";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter(1, programme)
                        .getSingleResult())
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()});
    }

    /** How many of a programme's mentions in the period contain the term as whole words. */
    public Uni<Long> mentionsWith(String programme, String termPattern, OffsetDateTime from, OffsetDateTime to) {
        String sql = "select count(*) from mention m join mention_match mm on mm.mention_id = m.id"
                + " where mm.programme = ?1 and m.published_at >= ?2 and m.published_at < ?3 and m.text ~* ?4";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Long.class)
                .setParameter(1, programme)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, termPattern)
                .getSingleResult());
    }

    /** The authors with the most reach among those who mentioned the programme: author keys, best first. */
    public Uni<List<String>> topAuthorKeys(String programme, int limit) {
        String sql = "select a.author_key from author a where exists (select 1 from mention m join mention_match mm"
                + " on mm.mention_id = m.id where mm.programme = ?1 and m.author_key = a.author_key)"
                + " order by a.reach desc, a.followers desc, a.author_key limit ?2";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, String.class)
                .setParameter(1, programme)
                .setParameter(2, limit)
                .getResultList());
    }
}

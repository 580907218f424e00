package io.advocacy.interaction.kpi.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the response times of completed interactions. */
@ApplicationScoped
public class ResponseTimeRepository {

    private static final String TIMES = "select cast(extract(epoch from (o.recorded_at - i.triggered_at)) as double"
            + " precision) from interaction i join interaction_outcome o on o.interaction_id = i.id"
            + " where i.kind = ?1 and o.attendance = 'attended' and i.triggered_at is not null";

    /** The seconds from trigger to outcome of the attended interactions of this kind (of one manager, unless null). */
    public Uni<List<Double>> secondsOf(String kind, String manager) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(manager == null ? TIMES : TIMES + " and i.manager = ?2", Double.class)
                    .setParameter(1, kind);
            if (manager != null) {
                query.setParameter(2, manager);
            }
            return query.getResultList();
        });
    }
}

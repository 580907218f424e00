package io.advocacy.interaction.kpi.service;

import io.advocacy.interaction.kpi.repository.ResponseTimeRepository;
import io.advocacy.interaction.kpi.rest.ResponseTimesView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Response times: from an interaction's trigger to its outcome {@code attended}, such as a thank-you's. */
@ApplicationScoped
public class ResponseTimes {

    private final ResponseTimeRepository times;

    public ResponseTimes(ResponseTimeRepository times) {
        this.times = times;
    }

    /** The response times of this kind, of one manager unless null. */
    @WithSession
    public Uni<ResponseTimesView> of(String kind, String manager) {
        return ofInSession(kind, manager);
    }

    /** {@link #of}, in the caller's session. */
    public Uni<ResponseTimesView> ofInSession(String kind, String manager) {
        return times.secondsOf(kind, manager).map(seconds -> summary(kind, manager, seconds));
    }

    static ResponseTimesView summary(String kind, String manager, List<Double> seconds) {
        if (seconds.isEmpty()) {
            return new ResponseTimesView(kind, manager, 0, null, null, null);
        }
        List<Double> minutes = seconds.stream().map(s -> s / 60).sorted().toList();
        int n = minutes.size();
        double mean =
                minutes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double median = n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2;
        double p90 = minutes.get((int) Math.ceil(0.9 * n) - 1);
        return new ResponseTimesView(kind, manager, n, round(mean), round(median), round(p90));
    }

    private static double round(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }
}

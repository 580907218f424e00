package io.advocacy.advocate.manager.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spare capacity of the managers who can take people on, while one transaction decides assignments under the
 * assignment lock: each place taken counts at once, so no decision gives a manager more people than their capacity.
 */
final class ManagerPool {

    /**
     * One manager's place in the pool.
     *
     * @param load how many people they look after now
     */
    record Seat(String username, int capacity, long load) {}

    private final Map<String, Seat> seats = new LinkedHashMap<>();

    ManagerPool(List<Seat> seats) {
        seats.forEach(seat -> this.seats.put(seat.username(), seat));
    }

    /**
     * Takes a place with the manager who has the most spare capacity, the first username on a tie.
     *
     * @return their username, or empty when everyone is full
     */
    Optional<String> take() {
        Optional<Seat> chosen = seats.values().stream()
                .filter(seat -> spare(seat) > 0)
                .max(Comparator.comparingLong(ManagerPool::spare)
                        .thenComparing(Seat::username, Comparator.reverseOrder()));
        chosen.ifPresent(
                seat -> seats.put(seat.username(), new Seat(seat.username(), seat.capacity(), seat.load() + 1)));
        return chosen.map(Seat::username);
    }

    private static long spare(Seat seat) {
        return seat.capacity() - seat.load();
    }
}

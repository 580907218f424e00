package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A manager's weekly load and its limit: no scheduling places more interactions in a manager's ISO week (Monday 00:00
 * to Monday 00:00 in the manager's time zone, UTC unless configured; a week across a daylight-saving change lasts 167
 * or 169 hours) than their limit. Each scheduling operation takes a {@link Week} tracker, which locks each
 * manager it counts for until the transaction ends and keeps the counts as it places.
 */
@ApplicationScoped
public class ManagerLoad {

    /** How many weeks ahead an interaction that does not fit is moved at most. */
    static final int WEEKS_TO_LOOK = 52;

    private final InteractionRepository interactions;
    private final InteractionsConfig config;

    public ManagerLoad(InteractionRepository interactions, InteractionsConfig config) {
        this.interactions = interactions;
        this.config = config;
    }

    /** A tracker for one transaction. */
    public Week tracker() {
        return new Week();
    }

    /** The manager's limit of interactions a week. */
    public int limitOf(String manager) {
        return config.weeklyLimits().getOrDefault(manager, config.weeklyLimit());
    }

    /** The manager's time zone, in which their weeks are counted. */
    public ZoneId zoneOf(String manager) {
        return config.timeZones().getOrDefault(manager, config.timeZone());
    }

    /** The Monday, in the manager's time zone, of the ISO week the moment is in. */
    public LocalDate mondayOf(String manager, OffsetDateTime moment) {
        return moment.atZoneSameInstant(zoneOf(manager))
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The moment {@code weeks} weeks after {@code due} at the same local time and weekday in the manager's time zone,
     * in UTC.
     */
    public OffsetDateTime weeksLater(String manager, OffsetDateTime due, int weeks) {
        return weeks == 0
                ? due
                : due.atZoneSameInstant(zoneOf(manager))
                        .plusWeeks(weeks)
                        .toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The ISO week's name, such as {@code 2026-W49}. */
    public static String nameOf(LocalDate monday) {
        return "%d-W%02d"
                .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Counts managers' weeks within one transaction, locking each manager the first time. */
    public final class Week {

        private final Set<String> locked = new HashSet<>();
        private final Map<String, Long> loads = new HashMap<>();

        private Week() {}

        /**
         * Takes a place in the manager's week of {@code due} when it has room.
         *
         * @return null when taken, else why not
         */
        public Uni<String> take(String manager, OffsetDateTime due) {
            LocalDate monday = mondayOf(manager, due);
            return loadOf(manager, monday).map(load -> {
                int limit = limitOf(manager);
                if (load >= limit) {
                    return "manager " + manager + " already has " + load + " interactions in week " + nameOf(monday)
                            + " (limit " + limit + ")";
                }
                loads.put(key(manager, monday), load + 1);
                return null;
            });
        }

        /**
         * Takes a place in the first week, from the one of {@code due} on, in which the manager has room.
         *
         * @return how many weeks later that is (same local time in the manager's time zone), with why the earlier weeks
         *     were not; null when none has room within a year
         */
        public Uni<Move> takeFirstWithRoom(String manager, OffsetDateTime due) {
            return tryWeek(manager, due, 0, null);
        }

        private Uni<Move> tryWeek(String manager, OffsetDateTime due, int weeks, String firstRefusal) {
            if (weeks > WEEKS_TO_LOOK) {
                return Uni.createFrom().nullItem();
            }
            OffsetDateTime later = weeksLater(manager, due, weeks);
            return take(manager, later).chain(refusal -> {
                if (refusal == null) {
                    return Uni.createFrom().item(new Move(weeks, firstRefusal, later));
                }
                return tryWeek(manager, due, weeks + 1, firstRefusal == null ? refusal : firstRefusal);
            });
        }

        private Uni<Long> loadOf(String manager, LocalDate monday) {
            Long known = loads.get(key(manager, monday));
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            Uni<Void> lock = locked.add(manager)
                    ? interactions.lockLoadOf(manager)
                    : Uni.createFrom().voidItem();
            ZoneId zone = zoneOf(manager);
            OffsetDateTime start = monday.atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime end = monday.plusWeeks(1).atStartOfDay(zone).toOffsetDateTime();
            return lock.chain(() -> interactions.loadOf(manager, start, end))
                    .invoke(load -> loads.put(key(manager, monday), load));
        }

        private static String key(String manager, LocalDate monday) {
            return manager + "\n" + monday;
        }
    }

    /**
     * Where an interaction went.
     *
     * @param weeks how many weeks after its due date; 0 when it fit
     * @param reason why it was moved, or null when it was not
     * @param dueAt when it is due now
     */
    public record Move(int weeks, String reason, OffsetDateTime dueAt) {}
}

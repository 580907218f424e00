package io.advocacy.interaction.cadence.service;

import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/** Reads RFC 5545 recurrence rules with ical4j: checks a cadence's rule, and expands it into occurrences. */
@ApplicationScoped
public class RecurrenceRules {

    /** Cadences are for people: a rule may repeat daily at most. */
    private static final Set<Frequency> TOO_OFTEN = Set.of(Frequency.SECONDLY, Frequency.MINUTELY, Frequency.HOURLY);

    /**
     * The rule, read.
     *
     * @throws ProblemException 400 naming {@code rrule} when ical4j cannot read it or it repeats more than daily
     */
    public Recur<ZonedDateTime> parse(String rrule) {
        String value = rrule.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        Recur<ZonedDateTime> recur;
        try {
            recur = new Recur<>(value);
        } catch (RuntimeException e) {
            throw invalid("is not an RFC 5545 recurrence rule: " + e.getMessage());
        }
        if (recur.getFrequency() == null || TOO_OFTEN.contains(recur.getFrequency())) {
            throw invalid("must repeat daily at most (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)");
        }
        return recur;
    }

    /** The rule's occurrences from the seed (its DTSTART) that fall in [from, until], in the seed's zone. */
    public List<ZonedDateTime> occurrences(String rrule, ZonedDateTime seed, ZonedDateTime from, ZonedDateTime until) {
        return parse(rrule).getDates(seed, from, until);
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(
                400, "Invalid request", "rrule " + message, List.of(new Problem.Violation("rrule", message)));
    }
}

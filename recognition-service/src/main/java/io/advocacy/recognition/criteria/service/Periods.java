package io.advocacy.recognition.criteria.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** Calendar periods in UTC: P1D days, P1W ISO weeks (from Monday), P1M months, P1Y years. */
public final class Periods {

    private Periods() {}

    /** The period's name, for example {@code 2026-11-23}, {@code 2026-W48}, {@code 2026-11} or {@code 2026}. */
    public static String key(String period, OffsetDateTime at) {
        LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        switch (period) {
            case "P1D":
                return day.toString();
            case "P1W":
                return String.format(
                        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "P1M":
                return String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case "P1Y":
                return Integer.toString(day.getYear());
            default:
                throw new IllegalArgumentException("not a period: " + period);
        }
    }

    /** The period's number, one more for each next period, so consecutive periods differ by one. */
    public static long index(String period, OffsetDateTime at) {
        LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        switch (period) {
            case "P1D":
                return day.toEpochDay();
            case "P1W":
                // 1970-01-01 was a Thursday; the Monday before it starts week 0.
                return Math.floorDiv(day.toEpochDay() + 3, 7);
            case "P1M":
                return day.getYear() * 12L + day.getMonthValue() - 1;
            case "P1Y":
                return day.getYear();
            default:
                throw new IllegalArgumentException("not a period: " + period);
        }
    }
}

package io.advocacy.advocate.kpi.rest;

/** How far the buddy system and the councils reach. */
public record CoverageView(Mentoring mentoring, Councils councils) {

    /**
     * @param paired newcomers with a mentor now
     * @param waiting newcomers waiting for one
     * @param coverage paired / (paired + waiting), null when nobody needs a mentor
     * @param mentors people mentoring someone now
     * @param settled pairings that ended with the newcomer settled, ever
     */
    public record Mentoring(long paired, long waiting, Double coverage, long mentors, long settled) {}

    /**
     * @param seatFill seats taken / seats, null without councils
     * @param activeAdvocates active people (profiles that stand on their own)
     * @param activeOnACouncil those of them who sit on a council now
     * @param share activeOnACouncil / activeAdvocates, null without active people
     */
    public record Councils(
            long councils,
            long seats,
            long seatsTaken,
            Double seatFill,
            long chaired,
            long activeAdvocates,
            long activeOnACouncil,
            Double share) {}
}

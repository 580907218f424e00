package io.advocacy.advocate.kpi.rest;

import java.util.List;

/** Conversion through the lifecycle, from the history of stage changes. */
public record LifecycleView(List<StageStep> stages) {

    /**
     * One stage.
     *
     * @param reached people who were ever at this stage (everyone known was discovered)
     * @param current people at this stage now
     * @param conversion reached / reached of the stage before, or null for the first stage or when nobody reached that
     */
    public record StageStep(String stage, long reached, long current, Double conversion) {}
}

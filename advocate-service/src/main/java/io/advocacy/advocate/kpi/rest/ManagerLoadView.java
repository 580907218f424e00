package io.advocacy.advocate.kpi.rest;

import java.util.List;

/**
 * Each active manager's load against their capacity.
 *
 * @param unassigned people nobody looks after
 */
public record ManagerLoadView(List<Load> managers, long totalCapacity, long totalLoad, long unassigned) {

    /**
     * @param utilisation load / capacity, or null for a capacity of 0
     */
    public record Load(String username, int capacity, long load, Double utilisation) {}
}

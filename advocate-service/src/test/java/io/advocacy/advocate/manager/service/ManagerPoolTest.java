package io.advocacy.advocate.manager.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManagerPoolTest {

    @Test
    void givesEachPersonToTheManagerWithTheMostRoom() {
        var pool = new ManagerPool(List.of(new ManagerPool.Seat("ada", 10, 8), new ManagerPool.Seat("bob", 5, 1)));
        assertThat(pool.take()).contains("bob");
        assertThat(pool.take()).contains("bob");
        assertThat(pool.take()).contains("ada");
        assertThat(pool.take()).contains("bob");
    }

    @Test
    void breaksTiesByUsername() {
        var pool = new ManagerPool(List.of(new ManagerPool.Seat("carl", 3, 0), new ManagerPool.Seat("bea", 3, 0)));
        assertThat(pool.take()).contains("bea");
        assertThat(pool.take()).contains("carl");
        assertThat(pool.take()).contains("bea");
    }

    @Test
    void givesNobodyMoreThanTheirCapacity() {
        var pool = new ManagerPool(List.of(new ManagerPool.Seat("ada", 1, 0), new ManagerPool.Seat("bob", 2, 3)));
        assertThat(pool.take()).contains("ada");
        assertThat(pool.take()).isEmpty();
        assertThat(new ManagerPool(List.of()).take()).isEmpty();
    }
}

package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static long note(long bytes) {
        return bytes;
    }

    @Test
    void aNoteTakesItsSizeAtLeastTheMinimumAndAtMostTheWholeBudget() throws Exception {
        MemoryBudget budget = new MemoryBudget();
        MemoryBudget.Ticket big = budget.admit(note(100L << 20), 1); // larger than the budget: takes it all
        CompletableFuture<MemoryBudget.Ticket> next = CompletableFuture.supplyAsync(() -> admit(budget, note(10)));
        assertThat(next).failsWithin(Duration.ofMillis(100)).withThrowableThat().isInstanceOf(java.util.concurrent.TimeoutException.class);
        big.done();
        assertThat(next.get(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void theRoomComesBackWhenTheLastTaskIsDoneOrAtOnceByRelease() throws Exception {
        MemoryBudget budget = new MemoryBudget();
        MemoryBudget.Ticket first = budget.admit(note((MemoryBudget.CAPACITY_KIB - 1) * 1024L), 3);
        first.done();
        first.done();
        CompletableFuture<MemoryBudget.Ticket> waiting = CompletableFuture.supplyAsync(() -> admit(budget, note(64 * 1024)));
        assertThat(waiting).failsWithin(Duration.ofMillis(100)).withThrowableThat().isInstanceOf(java.util.concurrent.TimeoutException.class);
        first.done();
        MemoryBudget.Ticket second = waiting.get(5, TimeUnit.SECONDS);
        second.release();
        second.release(); // a second release gives nothing back twice
        second.done();
        MemoryBudget.Ticket all = budget.admit(note((MemoryBudget.CAPACITY_KIB - 1) * 1024L), 1);
        assertThat(all).isNotNull();
    }

    @Test
    void aNoteWithoutTasksGivesItsRoomBackWhenReleased() throws Exception {
        MemoryBudget budget = new MemoryBudget();
        for (int i = 0; i < 3 * MemoryBudget.CAPACITY_KIB / MemoryBudget.MIN_KIB; i++) {
            budget.admit(note(10), 0).release(); // a first pass that writes nothing for the note
        }
    }

    private static MemoryBudget.Ticket admit(MemoryBudget budget, long source) {
        try {
            return budget.admit(source, 1);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

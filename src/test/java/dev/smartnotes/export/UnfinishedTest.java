package dev.smartnotes.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class UnfinishedTest {
    @Test
    void theWaitEndsWhenEveryStartedNoteHasFinished() {
        Unfinished unfinished = new Unfinished();
        unfinished.started();
        unfinished.started();
        CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> {
            try {
                unfinished.awaitNone();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        unfinished.finished();
        assertThat(wait).failsWithin(Duration.ofMillis(100)).withThrowableThat().isInstanceOf(java.util.concurrent.TimeoutException.class);
        unfinished.finished();
        assertThat(wait).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void nothingStartedMeansNothingToWaitFor() throws InterruptedException {
        new Unfinished().awaitNone();
    }
}

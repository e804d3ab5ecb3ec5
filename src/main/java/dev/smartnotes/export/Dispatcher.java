package dev.smartnotes.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Starts a pass's jobs on the run's executor, each once the memory budget has room for what it reads,
 * and waits until all of them have finished. A stop (a signal, a full disk) shuts the executor down:
 * jobs not started yet never start, running tasks see the interrupt, and the pass ends at once.
 */
final class Dispatcher {
    /** One job of a pass: given its room in memory, it starts its tasks. */
    interface Job<R> {
        CompletableFuture<R> start(MemoryBudget.Ticket ticket);
    }

    private final ExecutorService executor;
    private final RunControl control;
    private final MemoryBudget budget = new MemoryBudget();

    Dispatcher(ExecutorService executor, RunControl control) {
        this.executor = executor;
        this.control = control;
    }

    ExecutorService executor() {
        return executor;
    }

    /**
     * Runs one job per item: {@code bytes} is what a job holds in memory, {@code tasks} how many of
     * its tasks give that back; each result goes to {@code done}, and a job that failed unexpectedly
     * to {@code failed} (both from any thread).
     */
    <T, R> void run(Iterable<T> items, ToLongFunction<T> bytes, int tasks, Function<T, Job<R>> job, Consumer<R> done,
            BiConsumer<T, Throwable> failed) {
        Unfinished unfinished = new Unfinished();
        try {
            for (T item : items) {
                if (control.cancelled()) {
                    break;
                }
                MemoryBudget.Ticket ticket = budget.admit(bytes.applyAsLong(item), tasks);
                unfinished.started();
                job.apply(item).start(ticket).whenComplete((result, failure) -> {
                    try {
                        if (result != null) {
                            done.accept(result);
                        } else if (!control.stopIfOutOfMemory(failure) && !control.cancelled()) {
                            failed.accept(item, failure);
                        }
                    } finally {
                        unfinished.finished();
                    }
                });
            }
            if (!control.cancelled()) {
                unfinished.awaitNone(); // after a stop, closing the executor waits for the tasks still running
            }
        } catch (InterruptedException | RejectedExecutionException e) {
            // Stopped by a signal or a fatal error: what was started has finished once the executor is closed.
            Thread.interrupted();
        }
    }
}

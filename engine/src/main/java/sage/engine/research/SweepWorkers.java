package sage.engine.research;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import sage.engine.series.BarSeries;
import sage.engine.sim.SimulationSettings;

/**
 * The shared state of one {@link Sweep#run}: which combination is next, the results by
 * combination, the stop flag and the first failure. Workers take combinations from a
 * counter and each writes only its own slots, so the order of the results never depends
 * on which thread ran what.
 */
final class SweepWorkers {

	private final Sweep sweep;

	private final BarSeries bars;

	private final SimulationSettings settings;

	private final Scoring scoring;

	private final SweepProgress progress;

	private final BooleanSupplier cancelled;

	private final int workers;

	// each slot is written by one worker; the latch publishes them to the caller
	private final SweepResult[] results;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final CountDownLatch finished;

	SweepWorkers(Sweep sweep, BarSeries bars, SimulationSettings settings, Scoring scoring, SweepProgress progress,
			BooleanSupplier cancelled, int workers) {
		this.sweep = sweep;
		this.bars = bars;
		this.settings = settings;
		this.scoring = scoring;
		this.progress = progress;
		this.cancelled = cancelled;
		this.workers = workers;
		this.results = new SweepResult[sweep.size()];
		this.finished = new CountDownLatch(workers);
	}

	/**
	 * Hands the workers to {@code executor} and waits for them (see {@link Sweep#run}).
	 */
	List<SweepResult> runOn(Executor executor) {
		for (int w = 0; w < this.workers; w++) {
			try {
				executor.execute(this::work);
			}
			catch (RejectedExecutionException ex) {
				fail(ex);
				// the tasks never given out count as finished, so the wait below ends
				for (int missing = w; missing < this.workers; missing++) {
					this.finished.countDown();
				}
				break;
			}
		}
		return await();
	}

	private void work() {
		try {
			while (!this.stop.get()) {
				if (this.cancelled.getAsBoolean()) {
					this.stop.set(true);
					break;
				}
				int index = this.next.getAndIncrement();
				if (index >= this.results.length) {
					break;
				}
				this.results[index] = this.sweep.runOne(index, this.bars, this.settings, this.scoring);
				this.progress.update(this.done.incrementAndGet(), this.results.length);
			}
		}
		catch (RuntimeException | Error ex) {
			fail(ex);
		}
		finally {
			this.finished.countDown();
		}
	}

	private void fail(Throwable ex) {
		this.failure.compareAndSet(null, ex);
		this.stop.set(true);
	}

	private List<SweepResult> await() {
		boolean interrupted = false;
		while (true) {
			try {
				this.finished.await();
				break;
			}
			catch (InterruptedException ex) {
				// stop the workers, but wait for them: no backtest outlives the call
				interrupted = true;
				this.stop.set(true);
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (this.failure.get() != null) {
			throw new IllegalStateException("the sweep failed: " + this.failure.get(), this.failure.get());
		}
		if (this.done.get() < this.results.length) {
			throw new CancellationException(
					"the sweep stopped after " + this.done.get() + " of " + this.results.length + " combinations");
		}
		return List.copyOf(Arrays.asList(this.results));
	}

}

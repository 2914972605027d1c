package org.enforcementgraph.system.projection;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first run of a statement goes alone; runs of a statement that has run once, or of another, do not wait. */
class FirstRunsTests {

	private final FirstRuns firstRuns = new FirstRuns();

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void aSecondRunOfANewStatementWaitsForTheFirstToEnd() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		Future<?> first = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			firstStarted.countDown();
			await(releaseFirst);
			return running.decrementAndGet();
		}));
		assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
		Future<?> second = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			return running.decrementAndGet();
		}));
		// Another statement is not held up by the first one.
		assertThat(this.threads.submit(() -> this.firstRuns.run("RETURN 1", () -> "ran")).get(10, TimeUnit.SECONDS)).isEqualTo("ran");
		Thread.sleep(200);
		assertThat(second.isDone()).as("the second run went while the first was still running").isFalse();
		releaseFirst.countDown();
		first.get(10, TimeUnit.SECONDS);
		second.get(10, TimeUnit.SECONDS);
		assertThat(mostAtOnce.get()).isEqualTo(1);
	}

	@Test
	void runsOfAStatementThatHasRunOnceGoSideBySide() throws Exception {
		this.firstRuns.run("MATCH (n) RETURN n", () -> "planned");
		CountDownLatch bothInside = new CountDownLatch(2);
		Future<Boolean> one = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> meet(bothInside)));
		Future<Boolean> two = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> meet(bothInside)));
		assertThat(one.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(two.get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aFailedFirstRunLeavesTheNextOneFirst() throws Exception {
		assertThatThrownBy(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> {
			throw new IllegalStateException("timed out");
		})).hasMessage("timed out");
		// Still a first run: it must go alone, so a run meanwhile waits for it.
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<?> retry = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> {
			started.countDown();
			await(release);
			return null;
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		Future<?> meanwhile = this.threads.submit(() -> this.firstRuns.run("MATCH (n) RETURN n", () -> null));
		Thread.sleep(200);
		assertThat(meanwhile.isDone()).isFalse();
		release.countDown();
		retry.get(10, TimeUnit.SECONDS);
		meanwhile.get(10, TimeUnit.SECONDS);
	}

	/** True once as many runs as {@code inside} counts are inside at the same time (false after 10 s: they were not let in together). */
	private static boolean meet(CountDownLatch inside) {
		inside.countDown();
		try {
			return inside.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

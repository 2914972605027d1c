package org.enforcementgraph.imports;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * How {@link Download} reads an answer: only an HTTP 200 is read, and its body only up to a limit, checked against
 * the announced length first and then as the bytes arrive (a server may announce none), so that a wrong address
 * can neither fill the memory nor the disk.
 */
final class BoundedBody {

	private BoundedBody() {
	}

	/** Accepts only HTTP 200 and collects at most {@code maxBytes}; anything else ends the exchange with a reason. */
	static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
		return info -> subscriber(info, maxBytes);
	}

	private static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long maxBytes) {
		if (info.statusCode() != 200) {
			return refusing(new Refused("the server answered HTTP " + info.statusCode() + status(info.statusCode())));
		}
		long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
		return (declared > maxBytes) ? refusing(tooLarge(maxBytes)) : new LimitedBody(maxBytes);
	}

	private static Refused tooLarge(long maxBytes) {
		return new Refused("the file is larger than " + (maxBytes / 1_000_000) + " MB, far larger than the file expected");
	}

	private static String status(int code) {
		return switch (code) {
			case 401, 403 -> " (access refused)";
			case 404 -> " (not found)";
			case 410 -> " (gone)";
			case 429 -> " (too many requests; try again later)";
			default -> (code >= 500) ? " (a server error; try again later)" : "";
		};
	}

	private static HttpResponse.BodySubscriber<byte[]> refusing(Refused reason) {
		return new HttpResponse.BodySubscriber<>() {

			@Override
			public CompletionStage<byte[]> getBody() {
				return CompletableFuture.failedFuture(reason);
			}

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.cancel();
			}

			@Override
			public void onNext(List<ByteBuffer> item) {
			}

			@Override
			public void onError(Throwable throwable) {
			}

			@Override
			public void onComplete() {
			}

		};
	}

	/** Why an answer was not accepted (its status, its size), to be told with the address and the setting. */
	static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason, null, false, false);
		}

	}

	/** Collects the body, cancelling the exchange as soon as it passes the limit. */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final long maxBytes;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private Flow.Subscription subscription;

		LimitedBody(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (this.body.isDone()) {
				return;
			}
			for (ByteBuffer buffer : buffers) {
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				this.bytes.writeBytes(chunk);
			}
			if (this.bytes.size() > this.maxBytes) {
				this.subscription.cancel();
				this.body.completeExceptionally(tooLarge(this.maxBytes));
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.body.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.body.complete(this.bytes.toByteArray());
		}

	}

}

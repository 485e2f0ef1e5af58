package sage.server.market;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sage.server.market.live.StalledSocket;

/**
 * A bare {@code /ws/market} client for the fan-out benchmark: a blocking socket read on a
 * virtual thread, frames parsed by hand, no client library in the way. It notes how long
 * after its stamp each tick arrived, so the figures measure the server's fan-out rather
 * than a WebSocket client's machinery, which on a small machine shares the server's
 * cores.
 */
final class TickReader implements AutoCloseable {

	private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");

	private final Socket socket = new Socket();

	private final long[] latencies;

	private int count;

	private final Thread reader;

	TickReader(int port, String subscribe, int capacity, AtomicLong delivered, CountDownLatch subscribed)
			throws IOException {
		this.latencies = new long[capacity];
		this.socket.setTcpNoDelay(true);
		StalledSocket.open(this.socket, port, subscribe);
		DataInputStream in = new DataInputStream(new BufferedInputStream(this.socket.getInputStream(), 1 << 16));
		this.reader = Thread.ofVirtual().start(() -> read(in, delivered, subscribed));
	}

	private void read(DataInputStream in, AtomicLong delivered, CountDownLatch subscribed) {
		try {
			skipHandshake(in);
			while (true) {
				int first = in.readUnsignedByte();
				int length = in.readUnsignedByte() & 0x7F;
				if (length == 126) {
					length = in.readUnsignedShort();
				}
				else if (length == 127) {
					length = (int) in.readLong();
				}
				byte[] payload = new byte[length];
				in.readFully(payload);
				Instant arrived = Instant.now();
				if ((first & 0x0F) != 1) {
					continue;
				}
				String message = new String(payload, StandardCharsets.UTF_8);
				if (message.startsWith("{\"type\":\"tick\"")) {
					Matcher time = TIME.matcher(message);
					if (time.find() && this.count < this.latencies.length) {
						this.latencies[this.count++] = Duration.between(Instant.parse(time.group(1)), arrived)
							.toNanos();
						delivered.incrementAndGet();
					}
				}
				else if (message.startsWith("{\"type\":\"subscribed\"")) {
					subscribed.countDown();
				}
			}
		}
		catch (IOException ex) {
			// closed by the benchmark
		}
	}

	/** The HTTP 101 answer ends with an empty line. */
	private static void skipHandshake(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		while (matched < end.length) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("closed during the handshake");
			}
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
	}

	/** Nanoseconds from each tick's stamp to its arrival. */
	long[] latencies() throws InterruptedException {
		return Arrays.copyOf(this.latencies, this.count);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		try {
			this.reader.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

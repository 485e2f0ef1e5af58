package sage.server.market.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A {@code /ws/market} client that subscribes and then never reads: a raw socket with a
 * tiny receive buffer, so the server's writes to it block soon.
 */
public final class StalledSocket implements AutoCloseable {

	private final Socket socket = new Socket();

	public StalledSocket(int port, String subscribe) throws IOException {
		this.socket.setReceiveBufferSize(1024);
		open(this.socket, port, subscribe);
	}

	/**
	 * Connects {@code socket} to {@code /ws/market}, upgrades it and sends
	 * {@code subscribe}, without waiting for the server's answer: the start of a bare
	 * client.
	 */
	public static void open(Socket socket, int port, String subscribe) throws IOException {
		socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
		OutputStream out = socket.getOutputStream();
		out.write(("GET /ws/market HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
				+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(maskedTextFrame(subscribe));
		out.flush();
	}

	/**
	 * A client frame must be masked (RFC 6455 5.3); payloads here are under 126 bytes.
	 */
	private static byte[] maskedTextFrame(String text) {
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		byte[] mask = { 1, 2, 3, 4 };
		byte[] frame = new byte[6 + payload.length];
		frame[0] = (byte) 0x81;
		frame[1] = (byte) (0x80 | payload.length);
		System.arraycopy(mask, 0, frame, 2, 4);
		for (int i = 0; i < payload.length; i++) {
			frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
		}
		return frame;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}

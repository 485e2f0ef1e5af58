package sage.server.market.venue.binance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A local stand-in for Binance's market stream endpoint ({@code /stream?streams=…}): an
 * embedded Tomcat WebSocket server on a free port that records each connection's
 * requested streams and sends whatever frames a test gives it. The JDK has a WebSocket
 * client but no server, and Tomcat is on the classpath already.
 */
final class BinanceStandIn implements AutoCloseable {

	private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();

	private final Tomcat tomcat = new Tomcat();

	private boolean closed;

	BinanceStandIn() {
		try {
			this.tomcat.setBaseDir(Files.createTempDirectory("binance-stand-in").toString());
			this.tomcat.setPort(0);
			this.tomcat.getConnector();
			Context context = this.tomcat.addContext("", null);
			// Tomcat runs filters (its WebSocket upgrade is one) only for a request some
			// servlet is mapped to
			Tomcat.addServlet(context, "nothing", new HttpServlet() {
			});
			context.addServletMappingDecoded("/", "nothing");
			context.addServletContainerInitializer(new WsSci(), null);
			context.addServletContainerInitializer(
					(classes, servletContext) -> servletContext.addListener(new Registration()), null);
			this.tomcat.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The root to configure as {@code sage.market.live.binance.url}. */
	URI url() {
		return URI.create("ws://127.0.0.1:" + this.tomcat.getConnector().getLocalPort());
	}

	/** The next client connection, failing after {@code timeout}. */
	Connection nextConnection(Duration timeout) throws InterruptedException {
		Connection connection = this.connections.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (connection == null) {
			throw new AssertionError("no client connected within " + timeout);
		}
		return connection;
	}

	/** A connection made within {@code window}, or null. */
	Connection pollConnection(Duration window) throws InterruptedException {
		return this.connections.poll(window.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws LifecycleException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.tomcat.stop();
		this.tomcat.destroy();
	}

	/** One client's connection as the server sees it. */
	static final class Connection {

		private final Session session;

		private final String path;

		private final String query;

		private Connection(Session session) {
			this.session = session;
			// read now: a closed session answers nothing
			this.path = session.getRequestURI().getPath();
			this.query = session.getQueryString();
		}

		/** The path the client asked for, {@code /stream}. */
		String path() {
			return this.path;
		}

		/** The query the client asked for, {@code streams=btcusdt@trade/…}. */
		String query() {
			return this.query;
		}

		/** Sends one text frame and waits until it is written. */
		void send(String frame) {
			try {
				this.session.getBasicRemote().sendText(frame);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Closes the connection from the server's side, as Binance does every 24 h. */
		void drop() {
			try {
				this.session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "stand-in dropped it"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Adds the endpoint once Tomcat's WebSocket container exists. */
	private final class Registration implements ServletContextListener {

		@Override
		public void contextInitialized(ServletContextEvent event) {
			ServerContainer container = (ServerContainer) event.getServletContext()
				.getAttribute(ServerContainer.class.getName());
			try {
				container.addEndpoint(ServerEndpointConfig.Builder.create(Accepting.class, "/stream")
					.configurator(new ServerEndpointConfig.Configurator() {
						@Override
						@SuppressWarnings("unchecked")
						public <T> T getEndpointInstance(Class<T> type) {
							return (T) new Accepting();
						}
					})
					.build());
			}
			catch (DeploymentException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private final class Accepting extends Endpoint {

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			BinanceStandIn.this.connections.add(new Connection(session));
		}

	}

}

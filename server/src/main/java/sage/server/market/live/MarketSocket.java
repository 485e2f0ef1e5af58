package sage.server.market.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import sage.server.market.BarUpdate;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.MarketUpdate;
import sage.server.market.Tick;

/**
 * {@code /ws/market}: clients subscribe to symbols and receive their ticks and bar
 * updates. A bad request gets an error frame on that connection only; nothing a client
 * sends or fails to read affects another client.
 */
@Component
class MarketSocket extends TextWebSocketHandler implements SmartInitializingSingleton, DisposableBean {

	private final Instruments instruments;

	private final TickBus bus;

	private final WireFormat wire;

	private final LiveProperties settings;

	private final LiveMeters meters;

	private final Map<String, MarketClient> clients = new ConcurrentHashMap<>();

	private final Map<String, Set<MarketClient>> followers = new ConcurrentHashMap<>();

	private AutoCloseable listening = () -> {
	};

	MarketSocket(Instruments instruments, TickBus bus, WireFormat wire, LiveProperties settings, LiveMeters meters) {
		this.instruments = instruments;
		this.bus = bus;
		this.wire = wire;
		this.settings = settings;
		this.meters = meters;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.listening = this.bus.listen(this::deliver);
	}

	@Override
	public void destroy() throws Exception {
		this.listening.close();
		this.clients.values().forEach(MarketClient::close);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		MarketClient client = new MarketClient(session, this.settings.queueCapacity(), this.meters);
		this.clients.put(session.getId(), client);
		this.meters.connected();
		client.start();
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		MarketClient client = this.clients.remove(session.getId());
		if (client != null) {
			for (String symbol : client.symbols()) {
				unfollow(symbol, client);
			}
			client.close();
			this.meters.disconnected();
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		MarketClient client = this.clients.get(session.getId());
		if (client == null) {
			return;
		}
		try {
			ClientRequest request = this.wire.parse(message.getPayload());
			List<String> symbols = resolve(request.symbols());
			switch (request.op()) {
				case SUBSCRIBE -> subscribe(client, symbols);
				case UNSUBSCRIBE -> unsubscribe(client, symbols);
			}
		}
		catch (BadMessage problem) {
			client.reply(this.wire.error(problem));
		}
	}

	/**
	 * Canonical symbols for what the client sent, or a bad message naming the unknown.
	 */
	private List<String> resolve(List<String> requested) {
		Set<String> canonical = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String symbol : requested) {
			Optional<Instrument> instrument = this.instruments.find(symbol);
			if (instrument.isPresent()) {
				canonical.add(instrument.get().symbol());
			}
			else {
				unknown.add(symbol);
			}
		}
		if (!unknown.isEmpty()) {
			throw new BadMessage("unknown-symbol", "Sage knows no instrument " + String.join(", ", unknown)
					+ "; nothing was changed. Search with GET /api/v1/instruments?query=...", unknown);
		}
		return List.copyOf(canonical);
	}

	private void subscribe(MarketClient client, List<String> symbols) {
		// checked and applied under the client's lock: two racing subscribes from one
		// client must not both pass the limit
		synchronized (client) {
			Set<String> after = new TreeSet<>(client.symbols());
			after.addAll(symbols);
			if (after.size() > this.settings.maxSubscriptions()) {
				throw new BadMessage("too-many-subscriptions",
						"A connection may follow at most " + this.settings.maxSubscriptions() + " symbols; it follows "
								+ client.symbols().size() + ". Unsubscribe from some first; nothing was changed.",
						symbols);
			}
			// the acknowledgement goes out before the first update of the new symbols
			client.reply(this.wire.acknowledge(ClientRequest.Op.SUBSCRIBE, symbols, after));
			for (String symbol : symbols) {
				if (client.symbols().add(symbol)) {
					this.followers.computeIfAbsent(symbol, (s) -> ConcurrentHashMap.newKeySet()).add(client);
				}
			}
		}
	}

	private void unsubscribe(MarketClient client, List<String> symbols) {
		synchronized (client) {
			for (String symbol : symbols) {
				if (client.symbols().remove(symbol)) {
					unfollow(symbol, client);
				}
			}
			client.reply(this.wire.acknowledge(ClientRequest.Op.UNSUBSCRIBE, symbols, new TreeSet<>(client.symbols())));
		}
	}

	private void unfollow(String symbol, MarketClient client) {
		this.followers.computeIfPresent(symbol, (s, set) -> {
			set.remove(client);
			return set.isEmpty() ? null : set;
		});
	}

	/** Called by the bus for every update: encode once, enqueue for each follower. */
	private void deliver(MarketUpdate update) {
		Set<MarketClient> following = this.followers.get(update.symbol());
		if (following == null || following.isEmpty()) {
			return;
		}
		String message = this.wire.encode(update);
		Object key = switch (update) {
			case Tick tick -> tick.symbol() + " tick";
			case BarUpdate bar -> bar.symbol() + " bar " + bar.timeframe().code();
		};
		for (MarketClient client : following) {
			// the set may be a moment old: a client that just unsubscribed gets nothing
			// more
			if (client.symbols().contains(update.symbol())) {
				client.send(key, message);
			}
		}
	}

	/** How many clients are connected (for tests and diagnostics). */
	int clientCount() {
		return this.clients.size();
	}

}

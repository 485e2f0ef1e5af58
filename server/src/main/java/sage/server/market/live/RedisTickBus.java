package sage.server.market.live;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import sage.server.market.MarketUpdate;

/**
 * The bus across nodes: {@link #publish} sends the update to a Redis pub/sub channel, and
 * every node (this one too) hands what arrives on the channel to its local listeners. So
 * a client connected to node B sees ticks published on node A, in the order A published
 * them.
 */
public class RedisTickBus implements TickBus, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisTickBus.class);

	private final LocalTickBus local = new LocalTickBus();

	private final StringRedisTemplate redis;

	private final String channel;

	private final WireFormat wire;

	private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

	// one thread: the container would otherwise dispatch each message on a thread of its
	// own, and ticks of one symbol could overtake each other
	private final ExecutorService dispatch = Executors
		.newSingleThreadExecutor(Thread.ofVirtual().name("redis-tick-bus").factory());

	public RedisTickBus(RedisConnectionFactory connections, String channel, WireFormat wire) {
		this.redis = new StringRedisTemplate(connections);
		this.channel = channel;
		this.wire = wire;
		this.container.setConnectionFactory(connections);
		this.container.setTaskExecutor(this.dispatch);
		this.container.addMessageListener((message, pattern) -> receive(message.getBody()), new ChannelTopic(channel));
		this.container.afterPropertiesSet();
		this.container.start();
	}

	@Override
	public void publish(MarketUpdate update) {
		try {
			this.redis.convertAndSend(this.channel, this.wire.encode(update));
		}
		catch (RuntimeException ex) {
			// a live price is worthless later: drop it rather than stall the publisher
			log.warn("Could not publish a market update to Redis channel {}: {}", this.channel, ex.getMessage());
		}
	}

	@Override
	public AutoCloseable listen(Consumer<MarketUpdate> listener) {
		return this.local.listen(listener);
	}

	private void receive(byte[] body) {
		try {
			this.local.publish(this.wire.decode(new String(body, StandardCharsets.UTF_8)));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Ignoring a message on Redis channel {} that is not a market update: {}", this.channel,
					ex.getMessage());
		}
	}

	@Override
	public void destroy() throws Exception {
		this.container.destroy();
		this.dispatch.shutdownNow();
	}

}

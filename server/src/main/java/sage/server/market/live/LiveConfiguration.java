package sage.server.market.live;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Wires the live stream: the bus, Redis pub/sub when Redis is configured
 * ({@code sage.redis.url}, which gives a Redis connection factory) and in process
 * otherwise, and, in the web server only, {@code /ws/market}.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

	@Bean
	TickBus tickBus(ObjectProvider<RedisConnectionFactory> redis, LiveProperties settings, WireFormat wire) {
		RedisConnectionFactory connections = redis.getIfAvailable();
		return (connections != null) ? new RedisTickBus(connections, settings.channel(), wire) : new LocalTickBus();
	}

	/**
	 * The WebSocket endpoint; absent from command-line runs ({@code ./sage backtest}),
	 * which start no servlet container.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@EnableWebSocket
	static class Endpoint implements WebSocketConfigurer {

		/**
		 * Room for the largest client message {@link WireFormat} accepts, and then some.
		 */
		private static final int MESSAGE_BUFFER = 4 * WireFormat.MAX_CLIENT_MESSAGE;

		private final ObjectProvider<MarketSocket> socket;

		Endpoint(ObjectProvider<MarketSocket> socket) {
			this.socket = socket;
		}

		@Bean
		ServletServerContainerFactoryBean webSocketContainer() {
			ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
			container.setMaxTextMessageBufferSize(MESSAGE_BUFFER);
			return container;
		}

		@Override
		public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
			registry.addHandler(this.socket.getObject(), "/ws/market");
		}

	}

}

package sage.server.trading.bot;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * This server process as a holder of bot leases: host, process id and a random part, so
 * that a restarted process never takes itself for the one that died.
 */
@Component
class BotNode {

	private final String id;

	BotNode() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String id = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + random;
		this.id = (id.length() <= 80) ? id : id.substring(id.length() - 80);
	}

	String id() {
		return this.id;
	}

}

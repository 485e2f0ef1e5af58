package sage.server.platform.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an administrator sees of the server at a glance.
 *
 * @param status the overall health: UP, DOWN, OUT_OF_SERVICE or UNKNOWN
 * @param components each health indicator, by name
 * @param version the server's version
 * @param startedAt when this node started
 * @param uptimeSeconds how long this node has run
 * @param javaVersion the JVM's version
 * @param availableProcessors processors the JVM may use
 * @param heapUsedBytes heap in use
 * @param heapMaxBytes the most heap the JVM may take
 */
@Schema(name = "SystemHealth", description = "Health of this server node, its components and its JVM")
public record SystemHealth(@Schema(example = "UP") String status, List<Component> components,
		@Schema(example = "0.1.0-SNAPSHOT") String version, Instant startedAt,
		@Schema(example = "86400") long uptimeSeconds, @Schema(example = "25.0.1") String javaVersion,
		@Schema(example = "2") int availableProcessors, @Schema(example = "134217728") long heapUsedBytes,
		@Schema(example = "2147483648") long heapMaxBytes) {

	public SystemHealth {
		components = List.copyOf(components);
	}

	/**
	 * One health indicator.
	 *
	 * @param name the indicator: db, redis, diskSpace, ping, livenessState ...
	 * @param status its status
	 */
	@Schema(name = "SystemHealthComponent")
	public record Component(@Schema(example = "db") String name, @Schema(example = "UP") String status) {
	}

}

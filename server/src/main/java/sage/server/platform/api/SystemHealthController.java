package sage.server.platform.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The system health summary: every health indicator the modules contribute (database,
 * Redis, disk space, liveness and readiness ...) with details left out, and this node's
 * version, uptime and memory. For administrators (the access table says so); the public
 * {@code /actuator/health} tells only UP or DOWN.
 */
@RestController
@Tag(name = "Administration")
class SystemHealthController {

	private final ObjectProvider<HealthEndpoint> health;

	private final ObjectProvider<BuildProperties> build;

	private final Clock clock;

	SystemHealthController(ObjectProvider<HealthEndpoint> health, ObjectProvider<BuildProperties> build, Clock clock) {
		this.health = health;
		this.build = build;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/admin/health", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "System health summary (ADMIN)",
			description = "The overall status and each health indicator's, this node's version and uptime, and its "
					+ "JVM's memory. Indicator details (hosts, disk paths) are left out.")
	@ApiResponse(responseCode = "200", description = "The summary")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not an administrator (code access-denied)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SystemHealth systemHealth() {
		HealthEndpoint endpoint = this.health.getIfAvailable();
		String status = "UNKNOWN";
		List<SystemHealth.Component> components = new ArrayList<>();
		if (endpoint != null) {
			HealthDescriptor overall = endpoint.health();
			status = overall.getStatus().getCode();
			if (overall instanceof CompositeHealthDescriptor composite && composite.getComponents() != null) {
				for (Map.Entry<String, HealthDescriptor> component : composite.getComponents().entrySet()) {
					components.add(
							new SystemHealth.Component(component.getKey(), component.getValue().getStatus().getCode()));
				}
			}
		}
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		BuildProperties properties = this.build.getIfAvailable();
		return new SystemHealth(status, components, (properties != null) ? properties.getVersion() : "dev", started,
				Math.max(0, Duration.between(started, this.clock.instant()).toSeconds()), Runtime.version().toString(),
				Runtime.getRuntime().availableProcessors(), heap.getUsed(), heap.getMax());
	}

}

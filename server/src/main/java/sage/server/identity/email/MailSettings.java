package sage.server.identity.email;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sage.identity.mail.*}, read only when mail is on (Boot's
 * {@code spring.mail.host} is set); then {@code from} and {@code web-url} are required
 * and start-up stops naming the one that is missing.
 *
 * @param from the sender of verification and reset emails, e.g.
 * {@code Sage <no-reply@sage.example.com>}
 * @param webUrl the web app's address as users reach it, e.g.
 * {@code https://sage.example.com}: the emailed links point there (the server cannot know
 * it behind a proxy)
 * @param attempts how many times an email is tried before it is given up (and logged)
 * @param backoff the wait after the first failed try, doubling after each further one
 */
@ConfigurationProperties("sage.identity.mail")
public record MailSettings(@Nullable String from, @Nullable URI webUrl, @DefaultValue("4") int attempts,
		@DefaultValue("2s") Duration backoff) {

}

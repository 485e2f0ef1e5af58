package sage.server.identity.email;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail is on when Boot made a {@link JavaMailSender}, which it does when
 * {@code spring.mail.host} is set; {@code ./sage serve} out of the box sends nothing.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

	@Bean
	AccountMail accountMail(ObjectProvider<JavaMailSender> sender, MailSettings settings, MeterRegistry meters) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			return AccountMail.off();
		}
		return AccountMail.on(settings,
				(from) -> new MailDelivery(smtp, from, settings.attempts(), settings.backoff(), meters));
	}

}

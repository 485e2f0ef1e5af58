/**
 * Email verification and password reset by one-time token sent over SMTP: the tokens
 * (stored only as their SHA-256), the localised emails, and their delivery with retries.
 * Mail is on only when {@code spring.mail.host} is set; without it the endpoints that
 * send mail answer {@code mail-not-configured} and sign-up works as before.
 */
@NullMarked
package sage.server.identity.email;

import org.jspecify.annotations.NullMarked;

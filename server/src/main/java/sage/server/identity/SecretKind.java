package sage.server.identity;

/** What a vault secret is for; it tells the module that uses it which one to pick. */
public enum SecretKind {

	/** An exchange account's API key (the public half, still kept secret). */
	EXCHANGE_API_KEY,

	/** An exchange account's API secret, which signs requests. */
	EXCHANGE_API_SECRET,

	/** The passphrase some exchanges (OKX, Bitget) add to key and secret. */
	EXCHANGE_PASSPHRASE,

	/** An LLM provider's API key (OpenAI, Anthropic, ...). */
	LLM_API_KEY,

	/** A bot token or webhook URL a notification channel posts with. */
	NOTIFICATION_TOKEN

}

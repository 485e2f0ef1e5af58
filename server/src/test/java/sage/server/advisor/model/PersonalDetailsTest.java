package sage.server.advisor.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PersonalDetails}: each kind of personal detail and secret is replaced by its
 * placeholder inside a sentence, and market text (prices, percentages, dates, times,
 * tickers, paths, amounts) passes untouched. Card numbers are the networks' published
 * test numbers; IBANs the examples of the IBAN registry; keys are made up.
 */
class PersonalDetailsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			jane.doe@example.org; [email]
			JANE_DOE+sage@mail.example.co.kr; [email]
			kim.minsu@naver.com; [email]
			010-1234-5678; [phone]
			010 1234 5678; [phone]
			01012345678; [phone]
			011-123-4567; [phone]
			+82 10 1234 5678; [phone]
			+82-10-1234-5678; [phone]
			+82 (0)10 1234 5678; [phone]
			+821012345678; [phone]
			02-123-4567; [phone]
			031-1234-5678; [phone]
			(555) 123-4567; [phone]
			555-123-4567; [phone]
			555.123.4567; [phone]
			1-555-123-4567; [phone]
			+1 (555) 123-4567; [phone]
			+1 555 123 4567; [phone]
			+44 20 7946 0958; [phone]
			+49 30 901820; [phone]
			900101-1234567; [id-number]
			851231-2345678; [id-number]
			020229-3123456; [id-number]
			4111 1111 1111 1111; [card]
			4111-1111-1111-1111; [card]
			4111111111111111; [card]
			5555 5555 5555 4444; [card]
			5105105105105100; [card]
			3782 822463 10005; [card]
			378282246310005; [card]
			6011 1111 1111 1117; [card]
			3530111333300000; [card]
			4222222222222; [card]
			DE89 3704 0044 0532 0130 00; [iban]
			DE89370400440532013000; [iban]
			GB82 WEST 1234 5698 7654 32; [iban]
			gb82west12345698765432; [iban]
			FR14 2004 1010 0505 0001 3M02 606; [iban]
			sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z; [secret]
			sk-ant-api03-abcdefghijklmnop1234567890; [secret]
			sk-1234567890abcdefABCDEF; [secret]
			ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789; [secret]
			xoxb-1234567890-abcdefghij; [secret]
			AKIAIOSFODNN7EXAMPLE; [secret]
			eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U; [secret]
			0123456789abcdef0123456789abcdef; [secret]
			5d41402abc4b2a76b9719d911017c592aa7b3f1c; [secret]
			0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5; [secret]
			q8Zr2XbN5vLp0TgW7yKd3HsM9cFj4Ae6Uo1Ri; [secret]
			""")
	void replacesAPersonalDetailInASentence(String detail, String placeholder) {
		assertThat(PersonalDetails.redact(detail)).isEqualTo(placeholder);
		assertThat(PersonalDetails.redact("Reach me at " + detail + ", thanks."))
			.isEqualTo("Reach me at " + placeholder + ", thanks.");
		assertThat(PersonalDetails.redact("제 연락처는 " + detail + "입니다")).contains(placeholder).doesNotContain(detail);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "67,250.50", "$64,321.87", "₩71,500", "71,500원", "1,234,567,890", "64321.87", "-3.25%",
			"+12.5%", "+0.35%p", "58.2", "1.2M", "$1.2B", "9,512만 원", "1억 2,000만 원", "2026-05-04", "2026.05.04",
			"2026/05/04", "20260504", "2026-05-04T09:30:00Z", "2026-12-05T00:00:00Z", "09:30", "14:30:05 KST",
			"005930.KS", "035720.KQ", "BTC-USD", "KRW-BTC", "BTC/USDT", "ETH-USD.rsi14", "BTC-USD.price", "AAPL",
			"RSI (14)", "30-day volatility", "60,000-65,000", "60000-65000", "1:2", "3x", "0.00012345 BTC",
			"4500000000000000원", "$4111111111111111", "450000000000000 KRW", "1764979200000", "12345678",
			"/api/v1/instruments/BTC-USD/quote", "https://sage.example/brief/2026/05/04/bitcoin-Hits-New-High-2026",
			"bitcoin-etf-approval-odds-rise-as-sec-deadline-nears-2026", "+1.25 1.30 1.42", "+3.5% to +4.2%",
			"2019-06-01 at 8558.95", "10577.63", "+23.59%", "v2.0.0", "ISO 8601", "2026-05-04 ~ 2026-06-04", "010",
			"RSI가 70 이상", "5일 이동평균", "BTC 10개", "1,000,000 KRW", "(64,321.87)", "0.0000000000000000000000000000000001",
			"(+3.5%)", "(+12.5% over 30 days)" })
	void leavesMarketTextAlone(String text) {
		assertThat(PersonalDetails.redact(text)).isEqualTo(text);
		String sentence = "BTC-USD closed at " + text + " on 2026-05-04, RSI (14) 58.2.";
		assertThat(PersonalDetails.redact(sentence)).isEqualTo(sentence);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "4111 1111 1111 1112", "4111111111111112", "1234 5678 9012 3456", "DE89370400440532013001",
			"GB82 WEST 1234 5698 7654 33", "901301-1234567", "900132-1234567", "900101-9234567" })
	void leavesNumbersThatFailTheirCheckAlone(String text) {
		assertThat(PersonalDetails.redact(text)).isEqualTo(text);
	}

	@Test
	void replacesEveryDetailOfAQuestionAndKeepsItsMarketWords() {
		String question = "I'm Kim (kim.minsu@naver.com, 010-1234-5678, 900101-1234567). "
				+ "Should I buy 005930.KS at ₩71,500 with card 4111 1111 1111 1111? It fell 3.2% on 2026-05-04 "
				+ "at 09:30; my key is sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z.";
		assertThat(PersonalDetails.redact(question))
			.isEqualTo("I'm Kim ([email], [phone], [id-number]). Should I buy 005930.KS at ₩71,500 with card [card]? "
					+ "It fell 3.2% on 2026-05-04 at 09:30; my key is [secret].");
	}

	@Test
	void leavesTextWithoutDetailsAsItIs() {
		assertThat(PersonalDetails.redact("")).isEmpty();
		assertThat(PersonalDetails.redact("비트코인 지금 사도 될까요?")).isEqualTo("비트코인 지금 사도 될까요?");
		assertThat(PersonalDetails.redact("Call (+82 10 1234 5678) or (02-123-4567)."))
			.isEqualTo("Call ([phone]) or ([phone]).");
		assertThat(PersonalDetails.redact("Email me? No: @sage_advisor on X."))
			.isEqualTo("Email me? No: @sage_advisor on X.");
	}

}

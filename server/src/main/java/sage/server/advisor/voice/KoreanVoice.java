package sage.server.advisor.voice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Profile;
import sage.server.advisor.Stance;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.reading.Topic;
import sage.server.advisor.risk.RiskLevel;
import sage.server.market.Instrument;

/**
 * Wallet Buffett in Korean: 존댓말, plain words, no hype. A number is never followed by a
 * particle whose form depends on how it is read (로/으로), only by 입니다 or brackets.
 */
final class KoreanVoice implements Voice {

	@Override
	public String label() {
		return "오프라인 분석 — AI 모델 없이 시장 데이터로 작성";
	}

	@Override
	public String name(Instrument instrument) {
		String local = instrument.localName();
		return Voice.display((local != null) ? local : instrument.name(), instrument);
	}

	@Override
	public String price(String name, String price, String date, @Nullable String change1d) {
		String sentence = name + "의 마지막 가격은 " + price + "입니다 (" + date + " 기준).";
		return (change1d != null) ? sentence + " 전일 종가 대비 " + change1d + "입니다." : sentence;
	}

	@Override
	public String noPrice(String name) {
		return name + ": 종목 목록에는 있지만 아직 가격 데이터가 없어 말씀드릴 것이 없습니다.";
	}

	@Override
	public String changes(@Nullable String week, @Nullable String month) {
		if (week != null && month != null) {
			return "지난 한 주 동안 " + week + ", 지난 한 달 동안 " + month + " 움직였습니다.";
		}
		return (week != null) ? "지난 한 주 동안 " + week + " 움직였습니다." : "지난 한 달 동안 " + month + " 움직였습니다.";
	}

	@Override
	public String trend(Trend trend, @Nullable String sma50, @Nullable String sma200, @Nullable Boolean priceAbove) {
		String sentence = switch (trend) {
			case UP -> "추세는 상승입니다. 단기 이동평균(" + sma50 + ")이 장기 이동평균(" + sma200 + ")보다 위에 있습니다.";
			case DOWN -> "추세는 하락입니다. 단기 이동평균(" + sma50 + ")이 장기 이동평균(" + sma200 + ")보다 아래에 있습니다.";
			case SIDEWAYS -> "뚜렷한 추세는 없습니다. 단기 이동평균(" + sma50 + ")과 장기 이동평균(" + sma200 + ")이 가깝습니다.";
			case UNKNOWN -> "장기 추세를 읽기에는 아직 가격 이력이 부족합니다.";
		};
		if (trend == Trend.UNKNOWN || priceAbove == null) {
			return sentence;
		}
		return sentence + (priceAbove ? " 가격은 단기 이동평균보다 위에 있습니다." : " 가격은 단기 이동평균보다 아래에 있습니다.");
	}

	@Override
	public String rsi(String value, RsiReading reading) {
		return switch (reading) {
			case OVERBOUGHT -> "RSI 값은 " + value + "입니다. 과매수 구간으로, 사려는 사람들이 앞서 나갔습니다. 지금 쫓아 사면 비싸게 사는 셈입니다.";
			case OVERSOLD ->
				"RSI 값은 " + value + "입니다. 과매도 구간으로, 파는 쪽이 우세했습니다. 싼 가격은 기회일 수 있지만, " + "가질 만한 자산일 때만 그렇습니다.";
			case NEUTRAL -> "RSI 값은 " + value + "입니다. 과열도 침체도 아닌 중립 구간입니다.";
		};
	}

	@Override
	public String swings(@Nullable String volatility, @Nullable String drawdown) {
		String swings = (volatility != null) ? "지난 한 달의 연율화 변동성은 " + volatility + "입니다." : "";
		String fall = (drawdown != null) ? " 최근 석 달 동안 고점 대비 가장 크게 떨어진 폭은 " + drawdown + "입니다." : "";
		return (swings + fall).trim();
	}

	@Override
	public String range(String support, String resistance) {
		return "지난 한 달 동안 " + support + " 근처에서 지지를 받았고, " + resistance + " 근처에서 저항을 만났습니다.";
	}

	@Override
	public String mood(String value, @Nullable String change, String classification) {
		String sentence = "시장 심리: 암호화폐 공포·탐욕 지수는 " + value + "입니다 (" + classification(classification) + ").";
		return (change != null) ? sentence + " 한 주 동안 " + change + " 변했습니다." : sentence;
	}

	@Override
	public String noMood() {
		return "암호화폐 공포·탐욕 지수는 오프라인에서는 볼 수 없습니다. alternative.me에서 받아 오는데, 그 연결이 꺼져 있습니다.";
	}

	@Override
	public String risk(RiskLevel level, Profile profile, String share) {
		return "위험도: " + level(level) + ". " + profile(profile) + "라면 포트폴리오의 " + share + " 이하로 두시길 권합니다.";
	}

	@Override
	public String caution(RiskLevel level, String explanation) {
		return "위험도: " + level(level) + ". " + explanation;
	}

	@Override
	public String call(Stance stance, String horizon, String confidence) {
		String what = switch (stance) {
			case BUY -> "매수";
			case HOLD -> "보유(추가 매수는 보류)";
			case SELL -> "매도 또는 관망";
		};
		return "앞으로 " + horizon + "일에 대한 제 판단: " + what + ", 확신도 " + confidence + ". 위의 추세와 RSI를 읽은 것이며, 약속이 아닙니다.";
	}

	@Override
	public String unknown(List<String> names) {
		List<String> shown = names.stream().filter((name) -> name.chars().noneMatch(Character::isDigit)).toList();
		if (shown.isEmpty()) {
			return "물어보신 것 중 일부는 이 Sage의 종목 목록에 없어 데이터가 없습니다. 짐작으로 말씀드리지 않겠습니다.";
		}
		return String.join(", ", shown) + "에 대한 데이터는 없습니다. 이 Sage의 종목 목록에 없어서, 짐작으로 말씀드리지 않겠습니다.";
	}

	@Override
	public String overviewIntro() {
		return "Sage가 가진 최신 가격으로 본 시장의 모습입니다.";
	}

	@Override
	public String overviewLine(String name, @Nullable String price, @Nullable String day, @Nullable String month,
			Trend trend) {
		StringBuilder line = new StringBuilder("- ").append(name).append(": ");
		line.append((price != null) ? price : "가격 없음");
		if (day != null) {
			line.append(", 전일 대비 ").append(day);
		}
		if (month != null) {
			line.append(", 지난 한 달 ").append(month);
		}
		return line.append(", ").append(trendWord(trend)).append('.').toString();
	}

	@Override
	public String compareIntro() {
		return "같은 기준의 데이터로 나란히 보면 이렇습니다.";
	}

	@Override
	public String steadier(String name, String volatility, String otherVolatility) {
		return "지난 한 달 동안은 " + name + " 쪽이 더 안정적이었습니다 (연율화 변동성 " + volatility + " 대 " + otherVolatility + ").";
	}

	@Override
	public String stronger(String name, String change, String otherChange) {
		return "지난 한 달 성과는 " + name + " 쪽이 좋았습니다 (" + change + " 대 " + otherChange
				+ "). 다만 한 달의 성과로 앞으로 십 년을 말할 수는 없습니다.";
	}

	@Override
	public String portfolio() {
		return "오프라인 모드에서는 보유 종목을 볼 수 없어서 포트폴리오를 짐작하지 않겠습니다. 대신 말씀하신 자산의 데이터와, " + "투자 성향에 맞는 최대 비중은 보여 드릴 수 있습니다.";
	}

	@Override
	public String strategy() {
		return "여기서는 백테스트를 돌리거나 그 결과를 말씀드리지 않습니다. 계산하지 않은 결과는 지어낸 숫자일 뿐이니까요. "
				+ "백테스트 화면에서 저장된 가격 이력으로 규칙을 돌려 보고, 그 규칙이 했을 모든 거래를 확인하실 수 있습니다.";
	}

	@Override
	public String offTopic() {
		return "제가 잘 아는 분야가 아니어서, 아는 척하기보다 솔직히 말씀드립니다. 저는 시장 이야기를 하는 사람입니다. 자산이나 시장의 흐름, "
				+ "RSI나 낙폭 같은 용어, 그리고 어떤 자산이 당신에게 얼마나 위험한지는 말씀드릴 수 있습니다.";
	}

	@Override
	public String lesson(Topic topic, String overbought, String oversold) {
		return switch (topic) {
			case RSI -> "RSI(상대강도지수)는 최근 두 주쯤 동안 오른 날의 상승폭과 내린 날의 하락폭을 견주어 본 지표입니다. 보통 " + overbought + "보다 높으면 과매수, "
					+ oversold + "보다 낮으면 과매도로 봅니다. 가격이 어떻게 움직여 왔는지를 "
					+ "보여 줄 뿐, 자산의 가치를 말해 주지는 않습니다. 좋은 기업도 오랫동안 과매수 상태에 머물 수 있습니다.";
			case VOLATILITY -> "변동성은 가격이 평균을 중심으로 얼마나 크게 출렁이는지를 나타내며, 보통 연 단위로 말합니다. 변동성이 크면 "
					+ "오를 때도 내릴 때도 크게 움직입니다. 영영 돈을 잃는 것과 같은 말은 아니지만 인내심을 시험하고, 출렁임을 견디지 " + "못하는 사람은 바닥에서 팔게 되기 쉽습니다.";
			case DRAWDOWN -> "낙폭(드로다운)은 가격이 가장 높았던 지점에서 회복하기 전까지 얼마나 떨어졌는지를 말합니다. 한 기간 중 가장 "
					+ "깊은 낙폭, 즉 최대 낙폭(MDD)은 보유자가 견뎌야 했던 가장 힘든 구간을 보여 줍니다. 사기 전에 그만큼 떨어져도 " + "버틸 수 있을지 스스로 물어보세요.";
			case DOLLAR_COST_AVERAGING -> "적립식(분할) 매수는 가격과 상관없이 정해진 금액을 일정한 간격으로 사는 방법입니다. 가격이 "
					+ "낮을 때는 더 많이, 높을 때는 더 적게 사게 되고, 적절한 때를 맞히려 애쓸 필요가 없습니다. 나쁜 자산을 좋게 "
					+ "만들어 주지는 않지만, 투자에서 조급함을 덜어 줍니다.";
			case FEAR_GREED -> "암호화폐 공포·탐욕 지수는 alternative.me가 가격 움직임, 변동성, 거래량, 소셜 미디어 등을 묶어 "
					+ "암호화폐 시장의 심리를 극단적 공포에서 극단적 탐욕까지 하나의 점수로 나타낸 것입니다. 극단적 공포는 바닥 근처에서, "
					+ "극단적 탐욕은 꼭대기 근처에서 자주 나타났습니다. 남들이 탐욕스러울 때 두려워하고, 남들이 두려워할 때 " + "탐욕스러워지라는 말이 있습니다.";
			case MOVING_AVERAGE -> "이동평균은 최근 일정 기간의 종가 평균을 매일 다시 계산한 값입니다. 단기 이동평균이 장기 이동평균보다 "
					+ "위에 있으면 상승 추세, 아래에 있으면 하락 추세로 봅니다. 가격을 따라갈 뿐, 앞날을 예측하지는 않습니다.";
		};
	}

	@Override
	public String patience() {
		return "가격은 매일 움직이지만 가치는 세월이 만듭니다. 서두를 필요는 없습니다.";
	}

	private static String trendWord(Trend trend) {
		return switch (trend) {
			case UP -> "상승 추세";
			case DOWN -> "하락 추세";
			case SIDEWAYS -> "뚜렷한 추세 없음";
			case UNKNOWN -> "추세 판단 불가";
		};
	}

	private static String level(RiskLevel level) {
		return switch (level) {
			case LOW -> "낮음";
			case MEDIUM -> "보통";
			case HIGH -> "높음";
			case VERY_HIGH -> "매우 높음";
		};
	}

	private static String profile(Profile profile) {
		String tolerance = switch (profile.tolerance()) {
			case LOW -> "작은 변동을 선호하는";
			case MEDIUM -> "보통의 시장 변동은 견딜 수 있는";
			case HIGH -> "큰 변동도 견딜 수 있는";
		};
		String who = switch (profile.experience()) {
			case BEGINNER -> "초보 투자자";
			case INTERMEDIATE -> "경험이 어느 정도 있는 투자자";
			case EXPERT -> "경험 많은 투자자";
		};
		return tolerance + " " + who;
	}

	/** The provider's English label in Korean; an unknown one as it is. */
	private static String classification(String label) {
		return switch (label) {
			case "Extreme Fear" -> "극단적 공포";
			case "Fear" -> "공포";
			case "Neutral" -> "중립";
			case "Greed" -> "탐욕";
			case "Extreme Greed" -> "극단적 탐욕";
			default -> label;
		};
	}

}

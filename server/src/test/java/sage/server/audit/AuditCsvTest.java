package sage.server.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

	@Test
	void writesOneLinePerRowWithQuotedJsonAndEmptyAbsentFields() {
		AuditRecord row = new AuditRecord(7, Instant.parse("2026-05-01T12:00:00.5Z"), "system", "instrument.created",
				"instrument", "SPY", null, "{\"symbol\":\"SPY\",\"name\":\"S***\"}", "127.0.0.1", null, "req-1",
				"a".repeat(64), "b".repeat(64));

		assertThat(AuditCsv.line(row)).isEqualTo("7,2026-05-01T12:00:00.500000Z,system,instrument.created,instrument,"
				+ "SPY,,\"{\"\"symbol\"\":\"\"SPY\"\",\"\"name\"\":\"\"S***\"\"}\",127.0.0.1,,req-1," + "a".repeat(64)
				+ "," + "b".repeat(64) + "\n");
		assertThat(AuditCsv.HEADER.split(",")).hasSize(13);
	}

	@Test
	void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
		assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
		assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditCsv.cell("curl/8.5.0")).isEqualTo("curl/8.5.0");
		assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

}

package sage.server.audit.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import sage.server.audit.AuditLog;
import sage.server.audit.BrokenLink;
import sage.server.audit.ChainVerification;
import sage.server.platform.cli.Command;

/**
 * {@code ./sage audit verify}: walks the audit chain and says whether it is intact (exit
 * 0) or where it first breaks (exit 1).
 */
@Component
class AuditCommand implements Command {

	static final String USAGE = """
			Usage: ./sage audit verify [--data-dir DIR]

			Walks the audit log's hash chain from its first row and checks that every row
			follows the previous one without a gap, still hashes to its stored hash, names the
			previous row's hash, and that the log ends where its head says.
			Exit status: 0 intact, 1 broken (the first broken link is printed), 2 bad arguments.
			--data-dir is read by the ./sage launcher; with java -jar, pass --sage.data-dir=DIR
			(or --sage.db.url=... for PostgreSQL).
			""";

	private final AuditLog log;

	AuditCommand(AuditLog log) {
		this.log = log;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "verify the audit log's hash chain (audit verify)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.contains("--help") || args.contains("-h")) {
			out.print(USAGE);
			return 0;
		}
		if (args.size() != 1 || !args.get(0).equals("verify")) {
			err.println("sage audit: expected 'verify', got " + (args.isEmpty() ? "nothing" : String.join(" ", args)));
			err.print(USAGE);
			return 2;
		}
		ChainVerification result = this.log.verify();
		BrokenLink broken = result.firstBroken();
		if (broken == null) {
			out.println("Audit log intact: " + rows(result.rowsChecked()) + " checked"
					+ ((result.lastSeq() > 0) ? ", last seq " + result.lastSeq() : "") + ".");
			return 0;
		}
		out.println("Audit log BROKEN: " + broken.describe());
		out.println(rows(result.rowsChecked()) + " before it checked and intact.");
		return 1;
	}

	private static String rows(long count) {
		return String.format(java.util.Locale.ROOT, "%,d %s", count, (count == 1) ? "row" : "rows");
	}

}

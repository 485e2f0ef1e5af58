package sage.server.audit;

import java.util.List;

/**
 * One page of audit rows, newest first.
 *
 * @param items the rows
 * @param page the page number, from 0
 * @param size the most rows a page holds
 * @param total how many rows match the filter
 */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {

	public AuditPage {
		items = List.copyOf(items);
	}

}

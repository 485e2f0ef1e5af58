package sage.server.identity.account;

import java.util.List;

/**
 * One page of a staff search.
 *
 * @param accounts the accounts on this page, newest first
 * @param page the page, from 0
 * @param size accounts per page
 * @param total how many accounts match in all
 */
public record AccountPage(List<Account> accounts, int page, int size, long total) {

	public AccountPage {
		accounts = List.copyOf(accounts);
	}

}

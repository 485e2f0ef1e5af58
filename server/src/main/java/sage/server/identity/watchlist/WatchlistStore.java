package sage.server.identity.watchlist;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code identity_watchlist} and {@code identity_watchlist_item} tables. Every read
 * and write names the owner, so a list id of another user finds nothing.
 */
@Repository
public class WatchlistStore {

	private final JdbcClient jdbc;

	public WatchlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner's lists in their order, with their symbols. */
	public List<Watchlist> all(UUID owner) {
		Map<UUID, Watchlist> lists = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, name, position from identity_watchlist where user_id = :owner order by position, name")
			.param("owner", owner.toString())
			.query((rs, row) -> new Watchlist(UUID.fromString(rs.getString("id")), rs.getString("name"),
					rs.getInt("position"), new ArrayList<>()))
			.list()
			.forEach((list) -> lists.put(list.id(), list));
		if (lists.isEmpty()) {
			return List.of();
		}
		this.jdbc
			.sql("select i.watchlist_id, i.symbol from identity_watchlist_item i join identity_watchlist w "
					+ "on w.id = i.watchlist_id where w.user_id = :owner order by i.watchlist_id, i.position")
			.param("owner", owner.toString())
			.query((rs, row) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2)))
			.list()
			.forEach((item) -> lists.get(item.getKey()).symbols().add(item.getValue()));
		return lists.values().stream().map(WatchlistStore::frozen).toList();
	}

	/** One of the owner's lists. */
	public Optional<Watchlist> find(UUID owner, UUID id) {
		return all(owner).stream().filter((list) -> list.id().equals(id)).findFirst();
	}

	/** Whether the owner has another list with this name. */
	public boolean nameTaken(UUID owner, String name, UUID except) {
		return this.jdbc
			.sql("select count(*) from identity_watchlist where user_id = :owner and lower(name) = lower(:name) "
					+ "and id <> :except")
			.param("owner", owner.toString())
			.param("name", name)
			.param("except", except.toString())
			.query(Long.class)
			.single() > 0;
	}

	/** Adds a list at the end of the owner's lists. */
	public void create(UUID owner, UUID id, String name, Instant now) {
		this.jdbc.sql("insert into identity_watchlist (id, user_id, name, position, created_at) values (:id, :owner, "
				+ ":name, (select coalesce(max(position) + 1, 0) from identity_watchlist where user_id = :owner), :now)")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.param("name", name)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Renames one of the owner's lists. */
	public void rename(UUID owner, UUID id, String name) {
		this.jdbc.sql("update identity_watchlist set name = :name where id = :id and user_id = :owner")
			.param("name", name)
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update();
	}

	/**
	 * Replaces the symbols of one of the owner's lists (the caller checked ownership).
	 */
	public void replaceSymbols(UUID id, List<String> symbols, Instant now) {
		this.jdbc.sql("delete from identity_watchlist_item where watchlist_id = :id")
			.param("id", id.toString())
			.update();
		for (int i = 0; i < symbols.size(); i++) {
			this.jdbc
				.sql("insert into identity_watchlist_item (watchlist_id, symbol, position, added_at) "
						+ "values (:id, :symbol, :position, :now)")
				.param("id", id.toString())
				.param("symbol", symbols.get(i))
				.param("position", i)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Sets the position of each of the owner's lists. */
	public void reorder(UUID owner, List<UUID> ids) {
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("update identity_watchlist set position = :position where id = :id and user_id = :owner")
				.param("position", i)
				.param("id", ids.get(i).toString())
				.param("owner", owner.toString())
				.update();
		}
	}

	/** Deletes one of the owner's lists and its symbols. */
	public boolean delete(UUID owner, UUID id) {
		this.jdbc
			.sql("delete from identity_watchlist_item where watchlist_id = (select id from identity_watchlist "
					+ "where id = :id and user_id = :owner)")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update();
		return this.jdbc.sql("delete from identity_watchlist where id = :id and user_id = :owner")
			.param("id", id.toString())
			.param("owner", owner.toString())
			.update() > 0;
	}

	private static Watchlist frozen(Watchlist list) {
		return new Watchlist(list.id(), list.name(), list.position(), List.copyOf(list.symbols()));
	}

}

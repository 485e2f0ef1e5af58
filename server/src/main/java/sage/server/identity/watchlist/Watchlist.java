package sage.server.identity.watchlist;

import java.util.List;
import java.util.UUID;

/**
 * A named, ordered list of symbols a user follows.
 *
 * @param id the list's id
 * @param name unique among the user's lists
 * @param position where it sits among the user's lists, from 0 (the first is the default
 * list)
 * @param symbols in the user's order
 */
public record Watchlist(UUID id, String name, int position, List<String> symbols) {
}

package sage.server.advisor.api;

import java.util.List;

import sage.server.advisor.Chat;

/** The caller's chats, the latest used first. */
record ChatList(List<Chat> items) {

	ChatList {
		items = List.copyOf(items);
	}

}

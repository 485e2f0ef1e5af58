package sage.server.advisor.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Chats in {@code advisor_chat} and their messages in {@code advisor_message}. A turn has
 * at most one question and one answer (a unique key), so a retried turn finds what the
 * first attempt kept instead of adding to it.
 */
@Repository
public class ChatStore {

	private final JdbcClient jdbc;

	ChatStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a new chat. */
	public void insert(StoredChat chat) {
		this.jdbc.sql("""
				insert into advisor_chat (id, owner_id, title, created_at, updated_at)
				values (:id, :owner, :title, :at, :at)""")
			.param("id", chat.id())
			.param("owner", chat.owner().toString())
			.param("title", chat.title())
			.param("at", utc(chat.createdAt()))
			.update();
	}

	/** The owner's chat with this id; another owner's finds nothing. */
	public Optional<StoredChat> find(UUID owner, String id) {
		return this.jdbc.sql("select * from advisor_chat where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(ChatStore::chat)
			.optional();
	}

	/** The owner's chats, the latest used first. */
	public List<StoredChat> list(UUID owner, int limit) {
		return this.jdbc
			.sql("select * from advisor_chat where owner_id = :owner order by updated_at desc, id limit :limit")
			.param("owner", owner.toString())
			.param("limit", limit)
			.query(ChatStore::chat)
			.list();
	}

	/** Locks the chat's row until the transaction ends: one turn is begun at a time. */
	public void lock(String chatId) {
		this.jdbc.sql("select id from advisor_chat where id = :id for update")
			.param("id", chatId)
			.query(String.class)
			.list();
	}

	/** Gives the chat a title. */
	public void rename(String chatId, String title) {
		this.jdbc.sql("update advisor_chat set title = :title where id = :id")
			.param("id", chatId)
			.param("title", title)
			.update();
	}

	/** Marks the chat used now. */
	public void touch(String chatId, Instant at) {
		this.jdbc.sql("update advisor_chat set updated_at = :at where id = :id")
			.param("id", chatId)
			.param("at", utc(at))
			.update();
	}

	/** Deletes the owner's chat and its messages; whether there was one. */
	public boolean delete(UUID owner, String id) {
		return this.jdbc.sql("delete from advisor_chat where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.update() > 0;
	}

	/** The chat's messages, oldest first. */
	public List<StoredMessage> messages(String chatId) {
		return this.jdbc.sql("select * from advisor_message where chat_id = :chat order by sequence")
			.param("chat", chatId)
			.query(ChatStore::message)
			.list();
	}

	/**
	 * The latest {@code limit} questions {@code owner} asked in any chat, newest first:
	 * only what a profile is read from, not the whole rows.
	 */
	public List<AskedQuestion> questionsOf(UUID owner, int limit) {
		return this.jdbc.sql("""
				select m.id, m.chat_id, m.content, m.created_at from advisor_message m
				join advisor_chat c on c.id = m.chat_id
				where c.owner_id = :owner and m.role = 'USER'
				order by m.created_at desc, m.sequence desc limit :limit""")
			.param("owner", owner.toString())
			.param("limit", limit)
			.query((rs, row) -> new AskedQuestion(rs.getString("id"), rs.getString("chat_id"), rs.getString("content"),
					instant(rs, "created_at")))
			.list();
	}

	/** A question as asked: its message, chat, words and time. */
	public record AskedQuestion(String id, String chatId, String content, Instant askedAt) {
	}

	/** The message of a turn by one role. */
	public Optional<StoredMessage> ofTurn(String chatId, String turnId, MessageRole role) {
		return this.jdbc.sql("select * from advisor_message where chat_id = :chat and turn_id = :turn and role = :role")
			.param("chat", chatId)
			.param("turn", turnId)
			.param("role", role.name())
			.query(ChatStore::message)
			.optional();
	}

	/** The message with this id in the chat. */
	public Optional<StoredMessage> message(String chatId, String id) {
		return this.jdbc.sql("select * from advisor_message where chat_id = :chat and id = :id")
			.param("chat", chatId)
			.param("id", id)
			.query(ChatStore::message)
			.optional();
	}

	/** The answer {@code id} of one of {@code owner}'s chats. */
	public Optional<StoredMessage> answerOfOwner(UUID owner, String id) {
		return this.jdbc.sql("""
				select m.* from advisor_message m join advisor_chat c on c.id = m.chat_id
				where m.id = :id and c.owner_id = :owner and m.role = 'ADVISOR'""")
			.param("id", id)
			.param("owner", owner.toString())
			.query(ChatStore::message)
			.optional();
	}

	/** Keeps a new message at the end of its chat. */
	public void insert(StoredMessage message) {
		this.jdbc.sql("""
				insert into advisor_message (id, chat_id, turn_id, role, status, content, mode, language, facts_json,
				    citations_json, sequence, created_at, updated_at)
				values (:id, :chat, :turn, :role, :status, :content, :mode, :language, :facts, :citations,
				    (select coalesce(max(sequence), 0) + 1 from advisor_message where chat_id = :chat), :at, :at)""")
			.param("id", message.id())
			.param("chat", message.chatId())
			.param("turn", message.turnId())
			.param("role", message.role().name())
			.param("status", message.status().name())
			.param("content", message.content())
			.param("mode", message.mode())
			.param("language", message.language())
			.param("facts", message.factsJson())
			.param("citations", message.citationsJson())
			.param("at", utc(message.createdAt()))
			.update();
	}

	/**
	 * Keeps what an answer still being written has grown to; an answer already ended is
	 * left as it is, so that a late piece can never reopen it.
	 */
	public void progress(String id, String content, Instant at) {
		this.jdbc.sql("""
				update advisor_message set content = :content, updated_at = :at
				where id = :id and status = 'STREAMING'""")
			.param("id", id)
			.param("content", content)
			.param("at", utc(at))
			.update();
	}

	/** Writes an answer's text and status: its end, or its start again after a break. */
	public void write(String id, MessageStatus status, String content, @Nullable String mode, @Nullable String language,
			@Nullable String factsJson, @Nullable String citationsJson, @Nullable String signalsJson, Instant at) {
		this.jdbc.sql("""
				update advisor_message set status = :status, content = :content, mode = :mode, language = :language,
				    facts_json = :facts, citations_json = :citations, signals_json = :signals, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("content", content)
			.param("mode", mode)
			.param("language", language)
			.param("facts", factsJson)
			.param("citations", citationsJson)
			.param("signals", signalsJson)
			.param("at", utc(at))
			.update();
	}

	/**
	 * Ends the answers still marked as being written when the writer is gone (a node that
	 * stopped): they are kept as interrupted, with what was written.
	 * @return how many
	 */
	public int interruptStale(Instant before, Instant at) {
		return this.jdbc.sql("""
				update advisor_message set status = 'INTERRUPTED', updated_at = :at
				where status = 'STREAMING' and updated_at < :before""")
			.param("before", utc(before))
			.param("at", utc(at))
			.update();
	}

	private static StoredChat chat(ResultSet rs, int row) throws SQLException {
		return new StoredChat(rs.getString("id"), UUID.fromString(rs.getString("owner_id")), rs.getString("title"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static StoredMessage message(ResultSet rs, int row) throws SQLException {
		return new StoredMessage(rs.getString("id"), rs.getString("chat_id"), rs.getString("turn_id"),
				MessageRole.valueOf(rs.getString("role")), MessageStatus.valueOf(rs.getString("status")),
				rs.getString("content"), rs.getString("mode"), rs.getString("language"), rs.getString("facts_json"),
				rs.getString("citations_json"), rs.getString("signals_json"), rs.getInt("sequence"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}

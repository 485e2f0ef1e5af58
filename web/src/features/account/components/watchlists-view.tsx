import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useAddWatchlistSymbol } from '../api/add-watchlist-symbol';
import { useCreateWatchlist } from '../api/create-watchlist';
import { useDeleteWatchlist } from '../api/delete-watchlist';
import { useWatchlists } from '../api/get-watchlists';
import { useRemoveWatchlistSymbol } from '../api/remove-watchlist-symbol';
import { useReorderWatchlists } from '../api/reorder-watchlists';
import type { Watchlist } from '../api/types';
import { useUpdateWatchlist } from '../api/update-watchlist';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { moved } from '../lib/reorder';

import './account.css';
import './watchlists-view.css';

/** The user's lists beside the chosen one (`?list=<id>`, the default list when absent). */
export function WatchlistsView() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const lists = useWatchlists();
  const [search, setSearch] = useSearchParams();
  const reorder = useReorderWatchlists();

  if (lists.isPending) return <Spinner label={t.checking} />;
  if (lists.isError) {
    return (
      <ProblemAlert
        heading={t.loadWatchlistsFailed}
        error={lists.error}
        onRetry={() => void lists.refetch()}
      />
    );
  }
  const items = lists.data.items;
  const selected = items.find((item) => item.id === search.get('list')) ?? items[0];
  const select = (id: string | undefined) => setSearch(id ? { list: id } : {}, { replace: true });
  const move = (index: number, by: -1 | 1) =>
    reorder.mutate(moved(items, index, by).map((item) => item.id));

  return (
    <div className="watchlists">
      <section className="watchlists-side" aria-labelledby="watchlists-lists-heading">
        <h2 id="watchlists-lists-heading">{t.yourLists}</h2>
        <ol className="watchlists-lists" data-testid="watchlists-lists">
          {items.map((item, index) => (
            <li key={item.id} className="watchlists-list-row">
              <button
                type="button"
                className="watchlists-list-button"
                aria-current={item.id === selected?.id ? 'true' : undefined}
                onClick={() => select(item.id)}
              >
                <span className="watchlists-list-name">{item.name}</span>
                <span className="muted">
                  {t.symbolCount(item.symbols.length)}
                  {index === 0 && ` · ${t.defaultList}`}
                </span>
              </button>
              <Button
                variant="ghost"
                aria-label={t.moveUp(item.name)}
                title={t.moveUp(item.name)}
                disabled={index === 0 || reorder.isPending}
                onClick={() => move(index, -1)}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                aria-label={t.moveDown(item.name)}
                title={t.moveDown(item.name)}
                disabled={index === items.length - 1 || reorder.isPending}
                onClick={() => move(index, 1)}
              >
                ↓
              </Button>
            </li>
          ))}
        </ol>
        {reorder.isError && <ProblemAlert heading={t.reorderFailed} error={reorder.error} />}
        <NewListForm onCreated={(list) => select(list.id)} />
      </section>
      {selected && (
        <WatchlistPanel
          key={selected.id}
          list={selected}
          onDeleted={() => select(items.find((item) => item.id !== selected.id)?.id)}
        />
      )}
    </div>
  );
}

function NewListForm({ onCreated }: { onCreated: (list: Watchlist) => void }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const create = useCreateWatchlist();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    create.mutate(name.trim(), {
      onSuccess: (list) => {
        setName('');
        onCreated(list);
      },
    });
  };
  const server = create.isError ? serverFieldErrors(create.error, ['name']) : {};
  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-label={t.newList}>
      <FormField
        id="watchlist-new-name"
        label={t.newList}
        error={missing ? t.required : server.name}
      >
        {(control) => (
          <input
            {...control}
            name="name"
            maxLength={64}
            placeholder={t.listName}
            value={name}
            onChange={(event) => {
              setMissing(false);
              setName(event.target.value);
            }}
            disabled={create.isPending}
          />
        )}
      </FormField>
      <div className="account-actions">
        <Button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? t.creating : t.createList}
        </Button>
      </div>
      {create.isError && !server.name && (
        <ProblemAlert heading={t.createFailed} error={create.error} />
      )}
    </form>
  );
}

interface WatchlistPanelProps {
  list: Watchlist;
  onDeleted: () => void;
}

function WatchlistPanel({ list, onDeleted }: WatchlistPanelProps) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const update = useUpdateWatchlist();
  const remove = useRemoveWatchlistSymbol();
  const deletion = useDeleteWatchlist();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const busy = update.isPending || remove.isPending || deletion.isPending;

  const moveSymbol = (index: number, by: -1 | 1) =>
    update.mutate({ id: list.id, name: list.name, symbols: moved(list.symbols, index, by) });

  return (
    <section
      className="watchlists-panel"
      aria-labelledby="watchlist-heading"
      data-testid="watchlist-panel"
    >
      <div className="watchlists-panel-head">
        <h2 id="watchlist-heading">{list.name}</h2>
        <div className="account-actions">
          <Button
            variant="ghost"
            onClick={() => setRenaming((open) => !open)}
            aria-expanded={renaming}
          >
            {t.rename}
          </Button>
          {confirming ? (
            <>
              <span role="alert">{t.confirmDelete(list.name)}</span>
              <Button
                disabled={deletion.isPending}
                onClick={() => deletion.mutate(list.id, { onSuccess: onDeleted })}
              >
                {t.confirmDeleteYes}
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                {t.cancel}
              </Button>
            </>
          ) : (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              {t.deleteList}
            </Button>
          )}
        </div>
      </div>
      {deletion.isError && <ProblemAlert heading={t.deleteFailed} error={deletion.error} />}
      {renaming && <RenameForm list={list} onDone={() => setRenaming(false)} />}
      <AddSymbolForm list={list} />
      {list.symbols.length === 0 ? (
        <EmptyState title={t.emptyList}>{t.emptyListBody}</EmptyState>
      ) : (
        <ol
          className="watchlists-symbols"
          aria-label={t.symbolsOf(list.name)}
          data-testid="watchlist-symbols"
        >
          {list.symbols.map((symbol, index) => (
            <li key={symbol} className="watchlists-symbol" data-symbol={symbol}>
              <Link
                to={`/markets/${encodeURIComponent(symbol)}`}
                className="watchlists-symbol-link"
                title={t.openChart(symbol)}
              >
                {symbol}
              </Link>
              <Button
                variant="ghost"
                aria-label={t.moveSymbolUp(symbol)}
                title={t.moveSymbolUp(symbol)}
                disabled={index === 0 || busy}
                onClick={() => moveSymbol(index, -1)}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                aria-label={t.moveSymbolDown(symbol)}
                title={t.moveSymbolDown(symbol)}
                disabled={index === list.symbols.length - 1 || busy}
                onClick={() => moveSymbol(index, 1)}
              >
                ↓
              </Button>
              <Button
                variant="ghost"
                aria-label={t.remove(symbol)}
                title={t.remove(symbol)}
                disabled={busy}
                onClick={() => remove.mutate({ id: list.id, symbol })}
              >
                ✕
              </Button>
            </li>
          ))}
        </ol>
      )}
      {(remove.isError || update.isError) && (
        <ProblemAlert heading={t.removeFailed} error={remove.error ?? update.error} />
      )}
    </section>
  );
}

function AddSymbolForm({ list }: { list: Watchlist }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const add = useAddWatchlistSymbol();
  const [symbol, setSymbol] = useState('');
  const [missing, setMissing] = useState(false);
  const server = add.isError ? serverFieldErrors(add.error, ['symbol']) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const typed = symbol.trim().toUpperCase();
    if (!typed) {
      setMissing(true);
      return;
    }
    add.mutate({ id: list.id, symbol: typed }, { onSuccess: () => setSymbol('') });
  };
  return (
    <form className="account-inline-form" onSubmit={onSubmit} noValidate aria-label={t.addSymbol}>
      <FormField
        id="watchlist-symbol"
        label={t.symbol}
        help={t.symbolHelp}
        error={missing ? t.required : server.symbol}
      >
        {(control) => (
          <input
            {...control}
            name="symbol"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            value={symbol}
            onChange={(event) => {
              setMissing(false);
              setSymbol(event.target.value);
            }}
            disabled={add.isPending}
          />
        )}
      </FormField>
      <Button type="submit" disabled={add.isPending} aria-busy={add.isPending}>
        {add.isPending ? t.adding : t.add}
      </Button>
      {add.isError && !server.symbol && <ProblemAlert heading={t.addFailed} error={add.error} />}
    </form>
  );
}

function RenameForm({ list, onDone }: { list: Watchlist; onDone: () => void }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const update = useUpdateWatchlist();
  const [name, setName] = useState(list.name);
  const server = update.isError ? serverFieldErrors(update.error, ['name']) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending || !name.trim()) return;
    update.mutate({ id: list.id, name: name.trim(), symbols: list.symbols }, { onSuccess: onDone });
  };
  return (
    <form className="account-inline-form" onSubmit={onSubmit} noValidate aria-label={t.renameList}>
      <FormField id="watchlist-rename" label={t.listName} error={server.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            maxLength={64}
            value={name}
            onChange={(event) => setName(event.target.value)}
            disabled={update.isPending}
          />
        )}
      </FormField>
      <Button type="submit" disabled={update.isPending || !name.trim()}>
        {t.save}
      </Button>
      <Button variant="ghost" onClick={onDone}>
        {t.cancel}
      </Button>
      {update.isError && !server.name && (
        <ProblemAlert heading={t.renameFailed} error={update.error} />
      )}
    </form>
  );
}

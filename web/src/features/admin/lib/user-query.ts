import { pagingOf, writePaging, type Paging, type PagingRules } from '@/lib/paging';

import type { Role, Tier } from '../api/types';

/**
 * The user list's filters and page as the URL keeps them, with the names and meaning of the
 * server's account search: `email` is an exact address (emails are stored encrypted, so there is
 * no partial match), `locked` means locked by an administrator.
 */
export const FILTER_NAMES = ['email', 'role', 'tier', 'locked'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const ROLES = ['USER', 'SUPPORT', 'ADMIN'] as const satisfies readonly Role[];
export const TIERS = ['FREE', 'PRO'] as const satisfies readonly Tier[];
export const LOCKED_CHOICES = ['true', 'false'] as const;

export interface UserFilters {
  email?: string;
  role?: Role;
  tier?: Tier;
  locked?: (typeof LOCKED_CHOICES)[number];
}

export interface UserQuery extends UserFilters, Paging {}

export const PAGE_SIZES = [25, 50, 100] as const;
const PAGING: PagingRules = { defaultSize: 25, maxSize: 100 };

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value?.trim());
}

/** The query a URL asks for; blanks and values the server does not know are left out. */
export function userQueryOf(search: URLSearchParams): UserQuery {
  return {
    ...filtersOf({
      email: search.get('email') ?? undefined,
      role: oneOf(ROLES, search.get('role')),
      tier: oneOf(TIERS, search.get('tier')),
      locked: oneOf(LOCKED_CHOICES, search.get('locked')),
    }),
    ...pagingOf(search, PAGING),
  };
}

/** Only the filters that are set, without paging. */
export function filtersOf(query: UserFilters): UserFilters {
  const filters: UserFilters = {};
  const email = query.email?.trim();
  if (email) filters.email = email;
  if (query.role) filters.role = query.role;
  if (query.tier) filters.tier = query.tier;
  if (query.locked) filters.locked = query.locked;
  return filters;
}

/** The URL's search for a query: set filters only, and paging only where not the default. */
export function searchOf(query: UserQuery): URLSearchParams {
  const search = new URLSearchParams({ ...filtersOf(query) });
  writePaging(search, query, PAGING);
  return search;
}

export function hasFilters(query: UserFilters): boolean {
  return Object.keys(filtersOf(query)).length > 0;
}

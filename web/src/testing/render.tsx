import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import type { Locale } from '@/lib/i18n/locale';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity } },
  });
}

/** Renders route objects at `url` with a fresh query cache; returns the router to inspect it. */
export function renderRoutes(
  routes: RouteObject[],
  url: string,
  { locale = 'en' }: { locale?: Locale } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createTestQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider locale={locale}>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

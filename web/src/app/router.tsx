import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { PLANNED_MODULES } from './modules';
import { BacktestRouteLoader } from './routes/backtest-loader';
import { BacktestsRoute } from './routes/backtests';
import { MarketsRoute } from './routes/markets';
import { MarketsSymbolLoader } from './routes/markets-symbol-loader';
import { ModulePlaceholderRoute } from './routes/module-placeholder';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SweepRoute } from './routes/sweep';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/markets" replace /> },
          { path: 'markets', element: <MarketsRoute /> },
          {
            path: 'markets/:symbol',
            element: <MarketsSymbolLoader />,
          },
          { path: 'backtests', element: <BacktestsRoute /> },
          { path: 'backtests/sweeps/:id', element: <SweepRoute /> },
          { path: 'backtests/:id', element: <BacktestRouteLoader /> },
          ...PLANNED_MODULES.map((module) => ({
            path: module.path.slice(1),
            element: <ModulePlaceholderRoute module={module} />,
          })),
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

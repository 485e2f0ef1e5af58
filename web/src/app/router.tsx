import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { PLANNED_MODULES } from './modules';
import { AdminRoute } from './routes/admin';
import { AdminAuditRoute } from './routes/admin-audit';
import { AdminUsersRoute } from './routes/admin-users';
import { AdvisorRoute } from './routes/advisor';
import { BacktestRouteLoader } from './routes/backtest-loader';
import { BacktestsRoute } from './routes/backtests';
import { BotRouteLoader } from './routes/bot-loader';
import { BotsRoute } from './routes/bots';
import { MarketsRoute } from './routes/markets';
import { MarketsSymbolLoader } from './routes/markets-symbol-loader';
import { ModulePlaceholderRoute } from './routes/module-placeholder';
import { NotFoundRoute } from './routes/not-found';
import { ResetPasswordRoute } from './routes/reset-password';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SettingsRoute } from './routes/settings';
import { SettingsApiKeysRoute } from './routes/settings-api-keys';
import { SettingsSecurityRoute } from './routes/settings-security';
import { ShadowPortfolioRoute } from './routes/shadow-portfolio';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';
import { SweepRoute } from './routes/sweep';
import { TradingAccountRoute } from './routes/trading-account';
import { TradingAccountsRoute } from './routes/trading-accounts';
import { VerifyEmailRoute } from './routes/verify-email';
import { WatchlistsRoute } from './routes/watchlists';

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
          { path: 'bots', element: <BotsRoute /> },
          { path: 'bots/:id', element: <BotRouteLoader /> },
          { path: 'trading/accounts', element: <TradingAccountsRoute /> },
          { path: 'trading/accounts/:id', element: <TradingAccountRoute /> },
          // One route for both, so that the first question's stream survives the move to its chat.
          { path: 'advisor/:chatId?', element: <AdvisorRoute /> },
          { path: 'shadow-portfolio', element: <ShadowPortfolioRoute /> },
          { path: 'watchlists', element: <WatchlistsRoute /> },
          { path: 'settings', element: <SettingsRoute /> },
          { path: 'settings/security', element: <SettingsSecurityRoute /> },
          { path: 'settings/api-keys', element: <SettingsApiKeysRoute /> },
          { path: 'admin', element: <AdminRoute /> },
          { path: 'admin/users', element: <AdminUsersRoute /> },
          { path: 'admin/audit', element: <AdminAuditRoute /> },
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'sign-up', element: <SignUpRoute /> },
          { path: 'reset-password', element: <ResetPasswordRoute /> },
          { path: 'verify-email', element: <VerifyEmailRoute /> },
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

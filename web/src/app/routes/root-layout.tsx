import { Outlet, useLocation } from 'react-router';

import { AppShell } from '@/components/ui/app-shell';
import { AccountMenu } from '@/features/account/components/account-menu';
import { LanguageSwitch } from '@/features/account/components/language-switch';
import { SecondFactorEnrolmentGate } from '@/features/account/components/second-factor-enrolment-gate';
import { useMessages } from '@/lib/i18n/locale-context';

import { PLANNED_MODULES } from '../modules';
import { NAV_MESSAGES, type NavMessages } from '../nav-messages';
import { STAFF, useRole } from '../roles';
import { ServerStatus } from '../server-status';

type NavPath = Exclude<keyof NavMessages, 'main'>;

const MODULE_PATHS: readonly NavPath[] = [
  '/markets',
  '/backtests',
  '/watchlists',
  '/bots',
  '/trading/accounts',
  '/advisor',
  '/shadow-portfolio',
  ...PLANNED_MODULES.map((module) => module.path as NavPath),
];

/** Administration is shown to staff only; everyone has the modules and their settings. */
function navPaths(staff: boolean): readonly NavPath[] {
  return [...MODULE_PATHS, ...(staff ? (['/admin'] as const) : []), '/settings'];
}

export function RootLayout() {
  const t = useMessages(NAV_MESSAGES);
  // Signing in or out replaces the session query (the old account's cache goes whole) and then
  // navigates; following the location renders this layout again, so the role it reads is the
  // new account's and Admin comes and goes with it.
  useLocation();
  const role = useRole();
  const staff = role !== undefined && STAFF.includes(role);
  const navItems = navPaths(staff).map((path) => ({ to: path, label: t[path] }));
  return (
    <AppShell
      navItems={navItems}
      navLabel={t.main}
      headerEnd={
        <>
          <ServerStatus />
          <LanguageSwitch />
          <AccountMenu />
        </>
      }
    >
      <SecondFactorEnrolmentGate>
        <Outlet />
      </SecondFactorEnrolmentGate>
    </AppShell>
  );
}

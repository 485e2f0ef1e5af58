import { Outlet } from 'react-router';

import { AppShell } from '@/components/ui/app-shell';
import { AccountMenu } from '@/features/account/components/account-menu';
import { LanguageSwitch } from '@/features/account/components/language-switch';
import { SecondFactorEnrolmentGate } from '@/features/account/components/second-factor-enrolment-gate';
import { useMessages } from '@/lib/i18n/locale-context';

import { PLANNED_MODULES } from '../modules';
import { NAV_MESSAGES, type NavMessages } from '../nav-messages';
import { ServerStatus } from '../server-status';

const NAV_PATHS: readonly (keyof NavMessages)[] = [
  '/markets',
  '/backtests',
  '/watchlists',
  ...PLANNED_MODULES.map((module) => module.path as keyof NavMessages),
  '/settings',
];

export function RootLayout() {
  const t = useMessages(NAV_MESSAGES);
  const navItems = NAV_PATHS.map((path) => ({ to: path, label: t[path] }));
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

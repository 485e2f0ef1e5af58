import { Outlet } from 'react-router';

import { AppShell, type NavItem } from '@/components/ui/app-shell';

import { PLANNED_MODULES } from '../modules';
import { ServerStatus } from '../server-status';

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/markets', label: 'Markets' },
  { to: '/backtests', label: 'Backtests' },
  ...PLANNED_MODULES.map((module) => ({ to: module.path, label: module.title })),
];

export function RootLayout() {
  return (
    <AppShell navItems={NAV_ITEMS} headerEnd={<ServerStatus />}>
      <Outlet />
    </AppShell>
  );
}

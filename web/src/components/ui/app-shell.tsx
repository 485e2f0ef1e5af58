import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

import './app-shell.css';

export interface NavItem {
  to: string;
  label: string;
}

interface AppShellProps {
  navItems: readonly NavItem[];
  /** Right-hand side of the header, e.g. the server status. */
  headerEnd?: ReactNode;
  /** The navigation's accessible name, in the page's language. */
  navLabel?: string;
  children: ReactNode;
}

export function AppShell({ navItems, headerEnd, navLabel = 'Main', children }: AppShellProps) {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-brand" aria-label="Sage home">
          <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true">
            <path
              d="M9 22c3-1 4-4 5-8s3-6 7-6"
              stroke="currentColor"
              strokeWidth="3"
              fill="none"
              strokeLinecap="round"
            />
          </svg>
          <span>Sage</span>
        </NavLink>
        <div className="app-header-end">{headerEnd}</div>
      </header>
      <nav className="app-nav" aria-label={navLabel}>
        <ul>
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="app-nav-link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

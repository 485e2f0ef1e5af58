/**
 * Sage modules that the server does not offer yet. Each gets a nav entry and a page that says
 * plainly what it will do; no controls or sample data until the API exists.
 */
export interface PlannedModule {
  path: string;
  title: string;
  summary: string;
}

export const PLANNED_MODULES: readonly PlannedModule[] = [
  {
    path: '/portfolio',
    title: 'Portfolio',
    summary:
      'The portfolio will track holdings, cash and profit and loss across accounts, with value at risk, correlations and stress scenarios. The portfolio is not available in this build yet.',
  },
  {
    path: '/alerts',
    title: 'Alerts',
    summary:
      'Alerts will notify you in the browser, by e-mail or by chat when a price, an indicator or a bot meets a condition you set. Alerts are not available in this build yet.',
  },
];

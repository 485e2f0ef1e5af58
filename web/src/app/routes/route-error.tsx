import { Link, useRouteError } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';

/** Last resort for a render error in any route: say so and offer a way out, not a blank page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="page">
      <ProblemAlert heading="This page failed to render" error={error} />
      <p>
        <Link to="/markets">Go to Markets</Link> or reload the page.
      </p>
    </div>
  );
}

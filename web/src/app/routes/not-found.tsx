import { Link, useLocation } from 'react-router';

export function NotFoundRoute() {
  const location = useLocation();
  return (
    <div className="page" data-testid="not-found">
      <title>Page not found · Sage</title>
      <h1>Page not found</h1>
      <p className="page-prose">
        There is no page at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to="/markets">Go to Markets</Link>
      </p>
    </div>
  );
}

import { toProblem } from '@/lib/api/problem';

import { Button } from './button';
import './problem-alert.css';

interface ProblemAlertProps {
  /** What failed, in the reader's words: "Could not load instruments". */
  heading: string;
  error: unknown;
  onRetry?: () => void;
}

/** An API failure as the server described it, with the request id to quote in a bug report. */
export function ProblemAlert({ heading, error, onRetry }: ProblemAlertProps) {
  const problem = toProblem(error);
  return (
    <div className="problem-alert" role="alert">
      <h2 className="problem-alert-heading">{heading}</h2>
      <p>{problem.detail ?? problem.title}</p>
      {problem.errors && problem.errors.length > 0 && (
        <ul className="problem-alert-fields">
          {problem.errors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              <code>{fieldError.field}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      <p className="problem-alert-meta">
        {problem.status > 0 && <span>HTTP {problem.status}</span>}
        {problem.code && (
          <span>
            Code <code>{problem.code}</code>
          </span>
        )}
        {problem.requestId && (
          <span>
            Request ID <code data-testid="request-id">{problem.requestId}</code>
          </span>
        )}
      </p>
      {onRetry && (
        <div>
          <Button onClick={onRetry}>Try again</Button>
        </div>
      )}
    </div>
  );
}

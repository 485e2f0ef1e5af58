/**
 * RFC 9457 problem details as the Sage server sends them (application/problem+json), plus the
 * error type every API call throws, so screens can show `detail` and the request id uniformly.
 */
export interface ProblemFieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `instrument-not-found`. */
  code?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get requestId(): string | undefined {
    return this.problem.requestId;
  }

  /** A 4xx answer will not change on retry; 5xx and network failures might. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function fieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors = value.filter(isRecord).map((item) => ({
    field: typeof item.field === 'string' ? item.field : '',
    message: typeof item.message === 'string' ? item.message : '',
  }));
  return errors.length > 0 ? errors : undefined;
}

/**
 * Builds a Problem from whatever an error response carried: a problem+json object, plain text
 * from a proxy, or nothing. The header request id wins only when the body has none.
 */
export function parseProblem(
  status: number,
  statusText: string,
  body: unknown,
  headerRequestId?: string | null,
): Problem {
  const fallbackTitle = statusText || `HTTP ${status}`;
  if (isRecord(body)) {
    return {
      type: optionalString(body.type),
      title: optionalString(body.title) ?? fallbackTitle,
      status: typeof body.status === 'number' ? body.status : status,
      detail: optionalString(body.detail),
      instance: optionalString(body.instance),
      code: optionalString(body.code),
      requestId: optionalString(body.requestId) ?? optionalString(headerRequestId),
      errors: fieldErrors(body.errors),
    };
  }
  const text = typeof body === 'string' ? body.trim() : '';
  return {
    title: fallbackTitle,
    status,
    // An HTML error page from a proxy is no use to a reader; short plain text is.
    detail:
      text && !text.startsWith('<') && text.length <= 500
        ? text
        : `The server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
    requestId: optionalString(headerRequestId),
  };
}

export function apiErrorFromResponse(response: Response, body: unknown): ApiError {
  return new ApiError(
    parseProblem(
      response.status,
      response.statusText,
      body,
      response.headers.get(REQUEST_ID_HEADER),
    ),
  );
}

/** fetch rejects (offline, server down, CORS) before any HTTP status exists. */
export function networkError(cause: unknown): ApiError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const error = new ApiError({
    title: 'Server unreachable',
    status: 0,
    detail: `Could not reach the Sage server (${reason}). Check that it is running.`,
  });
  error.cause = cause;
  return error;
}

/** Any thrown value as a Problem, for error displays that may receive non-API errors. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    title: 'Something went wrong',
    status: 0,
    detail: error instanceof Error ? error.message : String(error),
  };
}

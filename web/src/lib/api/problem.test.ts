import { describe, expect, it } from 'vitest';

import { ApiError, apiErrorFromResponse, networkError, parseProblem, toProblem } from './problem';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with Sage extensions', () => {
    const problem = parseProblem(404, 'Not Found', {
      type: 'https://sage.example/problems/instrument-not-found',
      title: 'Instrument not found',
      status: 404,
      detail: 'No instrument named NOPE',
      instance: '/api/v1/instruments/NOPE',
      code: 'instrument-not-found',
      requestId: 'req-body',
    });
    expect(problem).toEqual({
      type: 'https://sage.example/problems/instrument-not-found',
      title: 'Instrument not found',
      status: 404,
      detail: 'No instrument named NOPE',
      instance: '/api/v1/instruments/NOPE',
      code: 'instrument-not-found',
      requestId: 'req-body',
      errors: undefined,
    });
  });

  it('keeps validation errors and takes the request id from the header when the body has none', () => {
    const problem = parseProblem(
      400,
      'Bad Request',
      {
        title: 'Invalid request',
        status: 400,
        errors: [{ field: 'from', message: 'must be a date' }, 'junk'],
      },
      'req-header',
    );
    expect(problem.errors).toEqual([{ field: 'from', message: 'must be a date' }]);
    expect(problem.requestId).toBe('req-header');
  });

  it('explains a bare or HTML error without echoing markup', () => {
    expect(parseProblem(502, 'Bad Gateway', '<html><body>nginx</body></html>', 'r1')).toEqual({
      title: 'Bad Gateway',
      status: 502,
      detail: 'The server answered 502 Bad Gateway.',
      requestId: 'r1',
    });
    expect(parseProblem(503, '', 'maintenance window').detail).toBe('maintenance window');
    expect(parseProblem(500, '', undefined).title).toBe('HTTP 500');
  });
});

describe('ApiError', () => {
  it('is built from a response and its parsed body', () => {
    const response = new Response(null, {
      status: 404,
      statusText: 'Not Found',
      headers: { 'X-Request-Id': 'abc-123' },
    });
    const error = apiErrorFromResponse(response, { title: 'Not found', detail: 'No such thing' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.requestId).toBe('abc-123');
    expect(error.message).toBe('No such thing');
    expect(error.isClientError).toBe(true);
  });

  it('describes a network failure without an HTTP status', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error.status).toBe(0);
    expect(error.isClientError).toBe(false);
    expect(error.problem.detail).toContain('Failed to fetch');
  });

  it('turns any thrown value into a problem for display', () => {
    expect(toProblem(new Error('boom'))).toMatchObject({ detail: 'boom', status: 0 });
    expect(toProblem('bad')).toMatchObject({ detail: 'bad' });
  });
});

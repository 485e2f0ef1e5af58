/**
 * Server readiness from Spring Boot's actuator (not part of the OpenAPI contract). The server
 * reports UP once its bundled data import has finished, and 503 with another status before.
 */
export type Readiness = 'UP' | 'STARTING' | 'UNREACHABLE';

export async function getReadiness(signal?: AbortSignal): Promise<Readiness> {
  let response: Response;
  try {
    response = await fetch(new URL('/actuator/health/readiness', globalThis.location.origin), {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    return 'UNREACHABLE';
  }
  const body: unknown = await response.json().catch(() => undefined);
  const status =
    typeof body === 'object' && body !== null && 'status' in body ? body.status : undefined;
  if (status === 'UP') return 'UP';
  // 502/504 come from a proxy (e.g. Vite's) whose upstream is down.
  return response.status === 502 || response.status === 504 ? 'UNREACHABLE' : 'STARTING';
}

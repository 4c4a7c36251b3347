import pino from 'pino';

/**
 * Structured JSON logs (one line per event, to stdout) for the servers' log collectors. Messages name what
 * happened and ids only: no names, emails, passwords, tokens or request bodies. Keys that could carry them
 * are redacted anyway, in case an error object brings one along.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'steering' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      'password',
      '*.password',
      'email',
      '*.email',
      'token',
      '*.token',
      'authorization',
      '*.authorization',
      'cookie',
      '*.cookie',
      'headers',
      '*.headers',
    ],
    censor: '[redacted]',
  },
  serializers: { err: pino.stdSerializers.err },
});

/** The request id proxy.ts gives every request, for log lines written while serving it. */
export async function requestId(): Promise<string | undefined> {
  try {
    const { headers } = await import('next/headers');
    return (await headers()).get('x-request-id') ?? undefined;
  } catch {
    return undefined; // outside a request (jobs, scripts)
  }
}

/** Logs an unexpected error with the request id when there is one. Messages only: no values from the request. */
export async function logError(scope: string, error: unknown, fields: Record<string, unknown> = {}): Promise<void> {
  log.error({
    scope,
    reqId: await requestId(),
    err: error instanceof Error ? error : new Error(String(error)),
    ...fields,
  });
}

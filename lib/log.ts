import pino from 'pino';

/** Drizzle writes a failed query's values into its message ("params: …"): directive text, names, emails. */
const PARAMS = /\nparams: [\s\S]*$/;

/**
 * An error as logged: its type, code, digest, message and stack, and its cause's, with no values from the
 * request or the database. Drizzle's parameter list is cut from the message and stack, and nothing else
 * the error carries (`params`, PostgreSQL's `detail`, which quotes the offending value) is copied.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]' };
  const message = error.message.replace(PARAMS, '\nparams: [redacted]');
  const at = error.stack?.indexOf('\n    at ') ?? -1;
  const { code, digest } = error as { code?: unknown; digest?: unknown };
  return {
    type: error.name,
    message,
    ...(typeof code === 'string' ? { code } : {}),
    // Next.js's id of a server error, shown to the user: the way to find the line.
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(at >= 0 ? { stack: `${error.name}: ${message}${error.stack!.slice(at)}` } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: safeError(error.cause, depth + 1) } : {}),
  };
}

/**
 * What the framework prints of an error (Next.js writes a page's failure with console.error): the error's own
 * properties (drizzle's `params` and `query`, PostgreSQL's `detail`) left out, the parameter list cut from its
 * message and stack, its cause the same way. Other arguments pass as they are, strings with their parameter
 * list cut.
 */
export function redactForConsole(arg: unknown, depth = 0): unknown {
  if (typeof arg === 'string') return arg.replace(PARAMS_IN_TEXT, '\nparams: [redacted]');
  if (!(arg instanceof Error)) return arg;
  const safe = safeError(arg);
  const copy = new Error(String(safe.message));
  copy.name = String(safe.type);
  copy.stack = typeof safe.stack === 'string' ? safe.stack : `${copy.name}: ${copy.message}`;
  if (typeof safe.digest === 'string') Object.assign(copy, { digest: safe.digest });
  if (arg.cause !== undefined && depth < 3) copy.cause = redactForConsole(arg.cause, depth + 1);
  return copy;
}
/** Drizzle's "params: [...]" within a longer text (to the end of that line). */
const PARAMS_IN_TEXT = /\nparams: [^\n]*/g;

/** Routes console.error and console.warn through `redactForConsole` (once, when the server starts). */
export function redactConsole(): void {
  for (const level of ['error', 'warn'] as const) {
    const write = console[level].bind(console);
    console[level] = (...args: unknown[]) => write(...args.map((a) => redactForConsole(a)));
  }
}

/** pino's number for `warn`. */
const WARN = 40;
/** Lines are gathered up to this many bytes before a write (about 25 request lines). */
export const LOG_BATCH_BYTES = 4096;
/** What is gathered is written at least this often (ms), so a quiet server's last lines are not held. */
export const LOG_FLUSH_MS = 1000;

/**
 * The log's stream: asynchronous, and in batches. One `write` per request line was a system call and a callback each
 * (sonic-boom's `writeString` and its release were 2–3% of an API write's CPU under load, issue 21); lines are now
 * gathered to `LOG_BATCH_BYTES` and written together, and at least every `LOG_FLUSH_MS`.
 */
export function logDestination(fd: number | string, flushMs = LOG_FLUSH_MS) {
  return pino.destination({ dest: fd, sync: false, minLength: LOG_BATCH_BYTES, periodicFlush: flushMs });
}

/**
 * Structured JSON logs (one line per event, to stdout) for the servers' log collectors. Messages name what
 * happened and ids only: no names, emails, passwords, tokens or request bodies. Keys that could carry them
 * are redacted anyway, in case an error object brings one along.
 *
 * Written asynchronously: a request's line is queued and written while the server goes on (a synchronous write
 * to stdout per request took 13–18% of an API call's CPU, issue #21); pino flushes what is queued when the
 * process exits, fatal errors included. Lines are written in batches (`logDestination`), warnings and errors at once.
 */
export const log = createLog(logDestination(1), process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'));

/** The app's logger over `stream` (its options, redaction and hooks; `log` is the one the app uses). */
export function createLog(stream: ReturnType<typeof logDestination>, level: string) {
  /** Writes what is gathered now (nothing once the stream has ended, at exit). */
  const flushNow = () => {
    try {
      stream.flush();
    } catch {
      // ended: pino wrote what it held when the process began to exit
    }
  };
  return pino(
    {
      level,
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
      serializers: { err: safeError },
      hooks: {
        // pino takes the message from `err.message` when none is given, before any serializer: give it the
        // cut one, and cut any message passed as text the same way.
        logMethod(args, method, level) {
          const [first, ...rest] = args as unknown[];
          const cut = (v: unknown) => (typeof v === 'string' ? v.replace(PARAMS, '\nparams: [redacted]') : v);
          if (
            rest.length === 0 &&
            first &&
            typeof first === 'object' &&
            (first as { err?: unknown }).err instanceof Error
          )
            method.apply(this, [first, safeError((first as { err: Error }).err).message as string]);
          else method.apply(this, [cut(first), ...rest.map(cut)] as Parameters<typeof method>);
          // A warning or an error is written now, with what was gathered before it (a crash may follow).
          if (level >= WARN) flushNow();
        },
      },
    },
    stream,
  );
}

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

import { format } from 'node:util';
import { afterEach, beforeEach } from 'vitest';

/**
 * A test fails when it logs `console.error` (React's warnings, a failure a library prints and swallows)
 * unless it says it expects that log with `expectConsoleError(pattern)`. tests/setup.ts installs the check
 * around every test of both vitest projects.
 */

export type ConsoleErrorWatch = {
  /** Lets logs matching `pattern` through; stop() reports it when none came. */
  expect(pattern: string | RegExp): void;
  /** Puts console.error back and returns what went wrong: each unexpected log, each expected one missing. */
  stop(): string[];
};

/** Replaces console.error with a recorder until stop(); the logs are reported by stop(), not printed. */
export function watchConsoleErrors(): ConsoleErrorWatch {
  const original = console.error;
  const logged: string[] = [];
  const expected: { pattern: string | RegExp; seen: boolean }[] = [];
  console.error = (...args: unknown[]) => {
    const text = format(...args);
    const hit = expected.find((e) => (typeof e.pattern === 'string' ? text.includes(e.pattern) : e.pattern.test(text)));
    if (hit) hit.seen = true;
    else logged.push(text);
  };
  return {
    expect: (pattern) => void expected.push({ pattern, seen: false }),
    stop: () => {
      console.error = original;
      return [
        ...logged.map((t) => `console.error was called: ${t}`),
        ...expected
          .filter((e) => !e.seen)
          .map((e) => `expected a console.error matching ${String(e.pattern)}; none came`),
      ];
    },
  };
}

// Shared through globalThis so the setup file and the test files see the same watch whatever the module graph.
const KEY = Symbol.for('steering.tests.consoleErrorWatch');
const slot = globalThis as typeof globalThis & { [KEY]?: ConsoleErrorWatch | null };

/**
 * Declares that the running test logs an error matching `pattern` on purpose: such logs pass (unprinted),
 * and the test fails if none came. Any other `console.error` still fails it.
 */
export function expectConsoleError(pattern: string | RegExp): void {
  const watch = slot[KEY];
  if (!watch) throw new Error('expectConsoleError is for use inside a test');
  watch.expect(pattern);
}

/** Fails each test that logged an unexpected console.error (or missed an expected one). */
export function installConsoleErrorCheck(): void {
  beforeEach(() => {
    slot[KEY] = watchConsoleErrors();
  });
  afterEach(() => {
    const problems = slot[KEY]?.stop() ?? [];
    slot[KEY] = null;
    if (problems.length)
      throw new Error(`${problems.join('\n')}\n(a test that logs an error on purpose says so with expectConsoleError)`);
  });
}

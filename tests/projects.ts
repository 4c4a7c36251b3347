import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders whose `*.test.ts` files vitest runs. */
export const TEST_ROOTS = ['lib', 'db', 'seeds', 'tests', 'app', 'components'] as const;

/**
 * Whether a test file needs the database (and so the run's global setup, which makes the template
 * database): it makes a test database (`createTestDatabase`, from tests/db), reads the template's name
 * (`inject`), opens a database itself or talks to the PostgreSQL server (tests/pg). Everything else is a
 * unit test of pure code, which runs without PostgreSQL.
 */
export function needsDatabase(source: string): boolean {
  return /\bcreateTestDatabase\b|['"](@\/tests|\.)\/(db|pg)['"]|\binject\(|\bopenPglite\b|\bopenPostgres\b/.test(
    source,
  );
}

function walk(dir: string, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, found);
    else if (e.name.endsWith('.test.ts')) found.push(path);
  }
}

/** Glob metacharacters in a path (`app/sessions/[id]/…`) escaped, so the path matches only itself. */
export function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}

/** The test files under `root`, split into the `unit` and `db` projects, as globs of one file each. */
export function splitTestFiles(root: string): { unit: string[]; db: string[] } {
  const files: string[] = [];
  for (const dir of TEST_ROOTS) walk(join(root, dir), files);
  const unit: string[] = [];
  const db: string[] = [];
  for (const file of files.sort()) {
    const glob = escapeGlob(relative(root, file).split(sep).join('/'));
    (needsDatabase(readFileSync(file, 'utf8')) ? db : unit).push(glob);
  }
  return { unit, db };
}

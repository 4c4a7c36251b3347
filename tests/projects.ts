import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders whose `*.test.ts` files vitest runs. */
export const TEST_ROOTS = ['lib', 'db', 'seeds', 'tests', 'app', 'components'] as const;

/** The import declarations at the top level of a module: what each imports (as written) and from where. */
function imports(source: string): { names: string; from: string }[] {
  return [...source.matchAll(/^import\s+(?!type\b)([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    names: m[1]!,
    from: m[2]!,
  }));
}

/**
 * Whether a test file needs the database (and so the run's global setup, which makes the template database),
 * judged by its imports: tests/db (`createTestDatabase`) or tests/pg (the PostgreSQL server), vitest's `inject`
 * (the template's name), or db/client's `openPglite`/`openPostgres` (a database of its own). Everything else
 * is a unit test of pure code, which runs without PostgreSQL.
 */
export function needsDatabase(source: string): boolean {
  return imports(source).some(
    ({ names, from }) =>
      /^(@\/tests|\.)\/(db|pg)$/.test(from) ||
      (from === 'vitest' && /\binject\b/.test(names)) ||
      (/(^@\/db|^\.)\/client$/.test(from) && /\b(openPglite|openPostgres)\b/.test(names)),
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

import { describe, expect, it } from 'vitest';
import { escapeGlob, needsDatabase, splitTestFiles } from './projects';

describe('splitting the test files into the unit and db projects', () => {
  it('puts a file in db when it makes, opens or names a database, and in unit otherwise', () => {
    expect(needsDatabase("import { createTestDatabase } from '@/tests/db';")).toBe(true);
    expect(needsDatabase("import { createTestDatabase } from './db';")).toBe(true);
    expect(needsDatabase("import { adminSql } from '@/tests/pg';")).toBe(true);
    expect(needsDatabase("import { describe, inject, it } from 'vitest';")).toBe(true);
    expect(needsDatabase("import { openPglite } from './client';")).toBe(true);
    expect(needsDatabase("import {\n  openPostgres,\n  type DatabaseHandle,\n} from '@/db/client';")).toBe(true);
    expect(needsDatabase("import { parseConclusion } from './conclusion-parser';")).toBe(false);
    expect(needsDatabase("import type { DatabaseHandle } from '@/db/client';")).toBe(false);
    expect(needsDatabase("import { resolveDb } from '@/lib/db';")).toBe(false);
    expect(needsDatabase("import type { Env } from '@/tests/db';")).toBe(false);
    // Only the file's own imports count, not source quoted in it.
    expect(needsDatabase('expect(parse("import { createTestDatabase } from \'./db\';"));')).toBe(false);
  });

  it('splits this repository: pure tests in unit, database tests in db, every file once', () => {
    const { unit, db } = splitTestFiles(process.cwd());
    expect(unit).toEqual(
      expect.arrayContaining([
        'lib/time.test.ts',
        'lib/text.test.ts',
        'lib/zod.test.ts',
        'lib/directives/conclusion-parser.test.ts',
        'lib/reports/ticks.test.ts',
        'lib/forms/snapshot.test.ts',
        'tests/projects.test.ts',
      ]),
    );
    expect(db).toEqual(expect.arrayContaining(['tests/factories.test.ts', 'seeds/seed.test.ts', 'db/lock.test.ts']));
    expect(unit.filter((f) => db.includes(f))).toEqual([]);
    expect([...unit, ...db].every((f) => f.endsWith('.test.ts') && !f.includes('node_modules'))).toBe(true);
  });

  it('escapes glob characters so a dynamic route’s folder matches only itself', () => {
    expect(escapeGlob('app/(app)/sessions/[id]/page.test.ts')).toBe('app/\\(app\\)/sessions/\\[id\\]/page.test.ts');
    expect(escapeGlob('lib/time.test.ts')).toBe('lib/time.test.ts');
  });
});

import { describe, expect, it } from 'vitest';
import { runtimeImports, schemaModules, unsafeImportsOf, unsafeInBrowser } from './schema-imports';

describe('schema modules are safe in the browser (the forms check with the schema the action parses)', () => {
  it('reads the run-time imports of a module; type-only ones are erased', () => {
    expect(
      runtimeImports(
        [
          "import 'server-only';",
          "import { z } from 'zod';",
          "import type { TaskFilter } from '@/lib/tasks/queries';",
          "import { type A, type B } from '@/db/client';",
          "import { id, type Id } from '@/lib/zod';",
          "export { codeSchema } from '@/lib/auth/schemas';",
          "export type { X } from '@/lib/db';",
        ].join('\n'),
      ),
    ).toEqual(['server-only', 'zod', '@/lib/zod', '@/lib/auth/schemas']);
  });

  it('tells the database, secrets and server modules from plain constants', () => {
    for (const s of ['server-only', 'drizzle-orm', 'postgres', '@/db/schema', '@/db/client', '@/lib/db', 'node:crypto'])
      expect(unsafeInBrowser(s), s).toBe(true);
    expect(unsafeInBrowser('@/lib/auth/session')).toBe(true);
    for (const s of ['zod', '@/lib/zod', '@/db/schema/enums', '@/lib/auth/schemas', '@/lib/reference/reform-areas'])
      expect(unsafeInBrowser(s), s).toBe(false);
  });

  it('no lib/**/schemas.ts loads, directly or through what it imports, a module unsafe in the browser', () => {
    const root = process.cwd();
    const modules = schemaModules(root);
    expect(modules).toEqual(
      expect.arrayContaining(['lib/tasks/schemas.ts', 'lib/sessions/schemas.ts', 'lib/forms/form-data.ts']),
    );
    expect(modules.filter((m) => m.endsWith('.test.ts'))).toEqual([]);
    expect(Object.fromEntries(modules.map((m) => [m, unsafeImportsOf(root, m)]))).toEqual(
      Object.fromEntries(modules.map((m) => [m, []])),
    );
  });
});

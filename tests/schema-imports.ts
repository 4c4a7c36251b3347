import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * What a module imports at run time (type-only imports and re-exports are erased, so they are left out), as the
 * specifiers written in it.
 */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[5]) {
      out.push(m[5]);
      continue;
    }
    const [, , typeOnly, clause, spec] = m;
    if (typeOnly) continue;
    // `import { type A, type B } from`: every name type-only.
    const names = /^\{([\s\S]*)\}$/.exec(clause!.trim())?.[1];
    if (names !== undefined && names.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()))) continue;
    out.push(spec!);
  }
  return out;
}

/** Modules a browser must never load: the database, secrets, the server's own. */
export function unsafeInBrowser(specifier: string): boolean {
  if (specifier === '@/db/schema/enums') return false;
  return /^(server-only|next-auth|drizzle-orm|postgres|@electric-sql\/|node:|@\/db(\/|$)|@\/lib\/db$|@\/lib\/auth\/(?!schemas$))/.test(
    specifier,
  );
}

/** The file a specifier of the app names (`@/lib/zod`, `./kinds`), or null for a package. */
function resolve(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const file of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(file)) return file;
  return null;
}

/** lib/**\/schemas.ts, lib/**\/*-schema.ts and lib/forms/*.ts: the modules that run in the browser as well. */
export function schemaModules(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return walk(join(root, 'lib'))
    .filter((f) => /(\/schemas|-schema)\.ts$/.test(f) || /\/lib\/forms\/[^/]+(?<!\.test)\.ts$/.test(f))
    .map((f) => relative(root, f));
}

/**
 * Every module a schema module loads, followed through the app's own modules: each unsafe import found, as
 * `importer → specifier`.
 */
export function unsafeImportsOf(root: string, file: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of runtimeImports(readFileSync(path, 'utf8'))) {
      if (unsafeInBrowser(spec)) found.push(`${relative(root, path)} → ${spec}`);
      const next = resolve(root, path, spec);
      if (next) visit(next);
    }
  };
  visit(join(root, file));
  return found;
}

// Loaded with `tsx --import ./scripts/lib/server-only.mjs` by the npm scripts that run lib/ code from the shell.
// lib/ modules that touch the database or secrets start with `import 'server-only'`, which throws unless
// React's "react-server" condition is on. Next.js turns it on for server code; a script cannot simply pass
// `--conditions=react-server`, because next-auth would then load React's server build and fail. So this
// hook resolves that one package to its own empty module and leaves every other import alone.
// (vitest does the same with an alias in vitest.config.ts.)
import { createRequire, register } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const empty = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('server-only')), 'empty.js')).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

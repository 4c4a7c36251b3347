// After `next build`: completes .next/standalone so that it runs on its own (`npm start`): the browser
// assets and the SQL migrations the server applies (or checks, for /api/ready) at start.
import { cpSync, existsSync } from 'node:fs';

const target = '.next/standalone';
if (existsSync(target)) {
  cpSync('.next/static', `${target}/.next/static`, { recursive: true });
  if (existsSync('public')) cpSync('public', `${target}/public`, { recursive: true });
  cpSync('db/migrations', `${target}/db/migrations`, { recursive: true });
}

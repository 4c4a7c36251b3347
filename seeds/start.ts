import type { Db } from '@/db/client';
import { seedDatabase } from '@/seeds';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts';

/** The demo is seeded when SEED_DEMO says so, and by default in embedded mode (no DATABASE_URL). */
export function shouldSeedDemo(env: Record<string, string | undefined> = process.env): boolean {
  if (env.SEED_DEMO) return env.SEED_DEMO === 'true' || env.SEED_DEMO === '1';
  return !env.DATABASE_URL;
}

export function printDemoAccounts(): void {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(26)} ${a.label}`);
  console.info(
    ['', 'Tài khoản demo / demo accounts (mật khẩu / password: ' + DEMO_PASSWORD + '):', ...lines, ''].join('\n'),
  );
}

/** What the server runs after migrating at start (registered by instrumentation.ts through lib/db.ts seedOnStart). */
export async function seedAtStart(db: Db): Promise<void> {
  const result = await seedDatabase(db, { demo: shouldSeedDemo() });
  if (result.accountsCreated.length > 0) printDemoAccounts();
}

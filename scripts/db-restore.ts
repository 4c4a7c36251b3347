/**
 * npm run db:restore -- <file> [--replace]: restores a backup made by db:backup into the configured database
 * (pg_restore --clean with DATABASE_URL; else a new embedded data folder, replacing the old one only with --replace).
 */
import { restorePglite, restorePostgres } from '@/db/backup';
import { DEFAULT_PGLITE_DIR } from '@/db/client';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run db:restore -- <file> [--replace]');
  process.exit(2);
}
if (process.env.DATABASE_URL) {
  await restorePostgres(process.env.DATABASE_URL, file);
} else {
  const handle = await restorePglite(file, process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR, flag === '--replace');
  await handle.close();
}
console.info(`restore: ${file} restored`);

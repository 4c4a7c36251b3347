/**
 * npm run db:backup -- [file]: backs up the configured database: `pg_dump -Fc` with DATABASE_URL, else the
 * embedded database's data folder as a .tar.gz (stop the app first: the folder is locked while it runs).
 */
import { backupPglite, backupPostgres } from '@/db/backup';
import { openPglite, DEFAULT_PGLITE_DIR } from '@/db/client';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const url = process.env.DATABASE_URL;
const file = process.argv[2] ?? (url ? `backup-${stamp}.dump` : `backup-${stamp}.tar.gz`);
if (url) {
  await backupPostgres(url, file);
} else {
  const handle = await openPglite(process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
  try {
    await backupPglite(handle, file);
  } finally {
    await handle.close();
  }
}
console.info(`backup: ${file}`);

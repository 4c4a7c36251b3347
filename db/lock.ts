import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * PGlite keeps no lock on its data folder, and two processes writing to it lose rows silently.
 * We take an exclusive lock file beside the folder; a second process is refused with a message
 * that says what to do instead. A lock left by a dead process is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Cơ sở dữ liệu nhúng tại "${dataDir}" đang được tiến trình PID ${holderPid} sử dụng. ` +
        `Hãy dừng tiến trình đó (máy chủ đang chạy) rồi chạy lại, hoặc đặt DATABASE_URL để dùng PostgreSQL. ` +
        `/ The embedded database at "${dataDir}" is in use by process ${holderPid}. Stop that process ` +
        `(the running server) and try again, or set DATABASE_URL to use PostgreSQL; never open the folder from two processes.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readHolder(lockPath) === process.pid) unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder === process.pid) return () => {};
      if (holder !== null && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      // Stale lock from a process that died: remove it and try again.
      try {
        unlinkSync(lockPath);
      } catch {
        /* raced with another process; retry */
      }
    }
  }
  throw new Error(`Không lấy được khóa ${lockPath} / could not take the lock ${lockPath}`);
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(lockPath, 'utf8')).pid);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

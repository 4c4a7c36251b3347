import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { checkSession, startSession } from '@/lib/auth/sessions';
import { authenticate } from '@/lib/auth/sign-in';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor } from '@/tests/factories';
import { setUserActive } from './mutations';
import { inEnglish, refusal } from '@/tests/i18n';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
beforeAll(async () => {
  h = await createTestDatabase();
  actors.admin = await actorFor(h.db, { role: 'admin' });
  actors.thuky = await actorFor(h.db, { role: 'secretariat' });
  actors.vpcp = await actorFor(h.db, { role: 'agency', agencyCode: 'VPCP', password: TEST_PASSWORD });
});
afterAll(() => h.close());

describe('disabling an account', () => {
  it('ends its sessions at once, refuses its sign-in, is audited, and can be undone', async () => {
    const target = actors.vpcp!;
    const session = await startSession(h.db, target.userId, null);
    await setUserActive({ actor: actors.admin!, userId: target.userId, active: false }, h.db);
    expect(await checkSession(h.db, session, target.userId)).toBe(false);
    const [row] = await h.db.select().from(users).where(eq(users.id, target.userId));
    expect(await loadActor(h.db, target.userId, row!.sessionVersion)).toBeNull();
    expect((await authenticate(h.db, { email: target.email, password: TEST_PASSWORD })).ok).toBe(false);
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'user.disable'), eq(auditEntries.entityId, String(target.userId))));
    expect(audits).toHaveLength(1);
    await setUserActive({ actor: actors.admin!, userId: target.userId, active: true }, h.db);
    expect((await authenticate(h.db, { email: target.email, password: TEST_PASSWORD })).ok).toBe(true);
  });

  it('only the administrator may, and not on their own account', async () => {
    await expect(
      setUserActive({ actor: actors.thuky!, userId: actors.vpcp!.userId, active: false }, h.db),
    ).rejects.toThrow();
    expect(
      (await refusal(setUserActive({ actor: actors.admin!, userId: actors.admin!.userId, active: false }, h.db)))
        .message,
    ).toContain('Không thể tự khóa');
    const refused = await setUserActive(
      { actor: actors.admin!, userId: actors.admin!.userId, active: false },
      h.db,
    ).catch((e: Error) => e);
    expect(inEnglish((refused as Error).message)).toBe('You cannot disable your own account.');
  });
});

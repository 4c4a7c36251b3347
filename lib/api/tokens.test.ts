import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, apiTokens, auditEntries, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { changePassword } from '@/lib/auth/password-rules';
import { openSecret, totpCode } from '@/lib/auth/totp';
import { confirmEnrolment, startEnrolment } from '@/lib/auth/two-factor';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { setUserActive } from '@/lib/users/mutations';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import {
  actorFromToken,
  createApiToken,
  listAllApiTokens,
  listApiTokens,
  MAX_ACTIVE_TOKENS,
  revokeAnyApiToken,
} from './tokens';
import { inEnglish, refusal } from '@/tests/i18n';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

const PASSWORD = 'Mot-mat-khau-rieng-2026';

/** A fresh agency user of its own (so one test's failed tries do not throttle another's). */
async function newUser(agencyCode = 'BNV') {
  const actor = await actorFor(h.db, { role: 'agency', agencyCode, password: PASSWORD });
  const [u] = await h.db.select().from(users).where(eq(users.id, actor.userId));
  return u!;
}
const actorOf = async (userId: number) => {
  const [u] = await h.db.select().from(users).where(eq(users.id, userId));
  return (await loadActor(h.db, u!.id, u!.sessionVersion))!;
};
let administrator: Actor | undefined;
/** An administrator of this file, made once. */
const admin = async () => (administrator ??= await actorFor(h.db, { role: 'admin' }));
async function mint(userId: number, extra: { password?: string; code?: string } = {}) {
  return createApiToken(
    { actor: await actorOf(userId), name: 'tích hợp', days: 30, password: PASSWORD, ...extra },
    h.db,
  );
}
const works = async (token: string) => (await actorFromToken(h.db, token)) !== null;

describe('API tokens die with the credentials they were minted under', () => {
  it('a password change (own, or reset by any path) ends them; a token minted afterwards works', async () => {
    const u = await newUser();
    const { token } = await mint(u.id);
    expect(await works(token)).toBe(true);
    await changePassword({ actor: await actorOf(u.id), current: PASSWORD, next: 'Mat-khau-moi-hon-2026!' }, h.db);
    expect(await works(token)).toBe(false);
    const again = await createApiToken(
      { actor: await actorOf(u.id), name: 'mới', days: 30, password: 'Mat-khau-moi-hon-2026!' },
      h.db,
    );
    expect(await works(again.token)).toBe(true);
    // A reset written by any other path (an admin tool, a script, SQL) ends them as well: the database keeps it.
    await h.db
      .update(users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, u.id));
    expect(await works(again.token)).toBe(false);
    expect((await listApiTokens({ actor: await actorOf(u.id) }, h.db)).map((k) => k.state)).toEqual(['void', 'void']);
  });

  it('a disable followed by an enable ends them', async () => {
    const u = await newUser();
    const { token } = await mint(u.id);
    await setUserActive({ actor: await admin(), userId: u.id, active: false }, h.db);
    expect(await works(token)).toBe(false);
    await setUserActive({ actor: await admin(), userId: u.id, active: true }, h.db);
    expect(await works(token)).toBe(false);
    expect(await works((await mint(u.id)).token)).toBe(true);
  });

  it('a change of role or of agency ends them', async () => {
    const a = await newUser();
    const b = await newUser();
    const ta = (await mint(a.id)).token;
    const tb = (await mint(b.id)).token;
    await h.db.update(users).set({ role: 'leader', agencyId: null }).where(eq(users.id, a.id));
    expect(await works(ta)).toBe(false);
    const [vpcp] = await h.db.select().from(agencies).where(eq(agencies.code, 'VPCP'));
    await h.db.update(users).set({ agencyId: vpcp!.id }).where(eq(users.id, b.id));
    expect(await works(tb)).toBe(false);
    // A change of something else (the display name, the language) leaves them alone.
    const c = await newUser();
    const tc = (await mint(c.id)).token;
    await h.db.update(users).set({ name: 'Tên mới', locale: 'en' }).where(eq(users.id, c.id));
    expect(await works(tc)).toBe(true);
  });

  it("the end of the user's agency ends them, and no new one is minted", async () => {
    const [agency] = await h.db
      .insert(agencies)
      .values({ code: 'TMP-ENDING', name: 'Sở sắp sáp nhập', kind: 'provincial_department' })
      .returning();
    const u = await newUser(agency!.code);
    const { token } = await mint(u.id);
    expect(await works(token)).toBe(true);
    // Its last day is today: still in force.
    await h.db
      .update(agencies)
      .set({ validTo: sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date` })
      .where(eq(agencies.id, agency!.id));
    expect(await works(token)).toBe(true);
    await h.db
      .update(agencies)
      .set({ validTo: sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date - 1` })
      .where(eq(agencies.id, agency!.id));
    expect(await works(token)).toBe(false);
    expect((await refusal(mint(u.id))).message).toMatch(/đã kết thúc hoạt động/);
  });
});

describe('minting a token', () => {
  it('needs the current password, and a current code when the account has a second factor', async () => {
    const u = await newUser();
    expect(await refusal(mint(u.id, { password: 'sai-mat-khau' }))).toMatchObject({
      message: 'Mật khẩu hiện tại không đúng.',
      fieldErrors: { password: 'Mật khẩu hiện tại không đúng.' },
    });
    expect(await h.db.select().from(apiTokens).where(eq(apiTokens.userId, u.id))).toEqual([]);
    const failed = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'auth.reauth_failed'), eq(auditEntries.entityId, String(u.id))));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.actorUserId).toBe(u.id);

    const actor = await actorOf(u.id);
    await startEnrolment(actor, h.db);
    const [row] = await h.db.select().from(users).where(eq(users.id, u.id));
    const secret = openSecret(row!.totpSecret!);
    const t0 = new Date(Date.now() - 120_000);
    await confirmEnrolment(actor, totpCode(secret, t0), h.db, t0);
    expect(await refusal(mint(u.id))).toMatchObject({ fieldErrors: { code: expect.stringContaining('Nhập mã') } });
    const later = totpCode(secret, new Date(Date.now() + 10 * 60_000));
    expect((await refusal(mint(u.id, { code: later }))).message).toMatch(/Mã xác thực không đúng/);
    const made = await mint(u.id, { code: totpCode(secret, new Date()) });
    expect(await works(made.token)).toBe(true);
  });

  it(`is capped at ${MAX_ACTIVE_TOKENS} tokens in force per user`, async () => {
    const u = await newUser();
    const made = [];
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i++) made.push(await mint(u.id));
    expect((await refusal(mint(u.id))).message).toMatch(new RegExp(`tối đa ${MAX_ACTIVE_TOKENS} khóa API`));
    // The English reader is told in English, with the plural.
    const refused = await mint(u.id).catch((e: Error) => e);
    expect(inEnglish((refused as Error).message)).toBe(
      'An account has at most 5 API tokens in use. Revoke one before creating a new one.',
    );
    await revokeAnyApiToken({ actor: await admin(), tokenId: made[0]!.id }, h.db);
    expect(await works((await mint(u.id)).token)).toBe(true);
  });
});

describe("the administrator and other users' tokens", () => {
  it('the administrator lists every user’s tokens and revokes any of them; nobody else may', async () => {
    const u = await newUser();
    const { id, token } = await mint(u.id);
    const listed = await listAllApiTokens({ actor: await admin() }, h.db);
    expect(listed.find((k) => k.id === id)).toMatchObject({ userId: u.id, ownerEmail: u.email, state: 'active' });
    expect(JSON.stringify(listed)).not.toContain(token);
    for (const [role, agencyCode] of [['secretariat'], ['leader'], ['agency', 'BNV']] as const) {
      const other = await actorFor(h.db, { role, agencyCode });
      await expect(listAllApiTokens({ actor: other }, h.db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeAnyApiToken({ actor: other, tokenId: id }, h.db)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await works(token)).toBe(true);
    await revokeAnyApiToken({ actor: await admin(), tokenId: id }, h.db);
    expect(await works(token)).toBe(false);
    const [audit] = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'api_token.revoke'), eq(auditEntries.entityId, String(id))));
    expect(audit!.after).toMatchObject({ ownerUserId: u.id, byAdministrator: true });
    expect((await refusal(revokeAnyApiToken({ actor: await admin(), tokenId: id }, h.db))).message).toMatch(
      /Không tìm thấy/,
    );
  });
});

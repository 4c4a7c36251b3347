import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor } from '@/tests/factories';
import { loadActor } from './actor';
import { changePassword, passwordProblem } from './password-rules';
import { checkSession, startSession } from './sessions';
import { authenticate } from './sign-in';
import { inEnglish, inVietnamese, refusal } from '@/tests/i18n';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h.close());

describe('password rules', () => {
  it('refuse short, common (whatever the case, digits and symbols) and account-name passwords', () => {
    const email = 'tuyenquang@tinh.gov.vn';
    expect(inVietnamese(passwordProblem('Ngan@2024', email)!)).toBe('Mật khẩu tối thiểu 12 ký tự.');
    expect(inEnglish(passwordProblem('Ngan@2024', email)!)).toBe('A password has at least 12 characters.');
    for (const common of [
      'password1234',
      'Password123!@#',
      'QWERTYUIOP12',
      'MatKhau@2024!',
      'Aaaaaaaaaaaa',
      '123456789012',
    ])
      expect(inVietnamese(passwordProblem(common, email) ?? ''), common).toMatch(/phổ biến/);
    expect(inVietnamese(passwordProblem('tuyenquang-2026!', email)!)).toMatch(/tên tài khoản/);
    expect(inVietnamese(passwordProblem('x'.repeat(201), email)!)).toMatch(/tối đa/);
    expect(passwordProblem('Sông Lô chảy qua Tuyên Quang 2026', email)).toBeNull();
    expect(passwordProblem('correct horse battery staple', email)).toBeNull();
  });

  it('a change needs the current password, ends every session, and only the new password signs in', async () => {
    const actor = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG', password: TEST_PASSWORD });
    const [u] = await h.db.select().from(users).where(eq(users.id, actor.userId));
    const session = await startSession(h.db, u!.id, null);
    expect(
      (await refusal(changePassword({ actor, current: 'wrong', next: 'Sông Lô chảy qua 2026' }, h.db))).message,
    ).toContain('Mật khẩu hiện tại không đúng.');
    expect(
      (await refusal(changePassword({ actor, current: TEST_PASSWORD, next: 'password1234' }, h.db))).message,
    ).toMatch(/phổ biến/);
    const [unchanged] = await h.db.select().from(users).where(eq(users.id, u!.id));
    expect(unchanged!.passwordHash).toBe(u!.passwordHash);
    expect(await checkSession(h.db, session, u!.id)).toBe(true);

    await changePassword({ actor, current: TEST_PASSWORD, next: 'Sông Lô chảy qua 2026' }, h.db);
    expect(await checkSession(h.db, session, u!.id)).toBe(false);
    expect(await loadActor(h.db, u!.id, u!.sessionVersion)).toBeNull();
    expect((await authenticate(h.db, { email: u!.email, password: TEST_PASSWORD })).ok).toBe(false);
    expect((await authenticate(h.db, { email: u!.email, password: 'Sông Lô chảy qua 2026' })).ok).toBe(true);
  });
});

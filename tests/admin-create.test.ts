import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { users } from '@/db/schema';
import { hasPassword } from '@/lib/auth/password';
import { inspectLink } from '@/lib/users/links';
import { main } from '@/scripts/admin-create';
import { createTestDatabase } from './db';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.close());

/** Runs `npm run admin:create -- …` against the test database, collecting what it prints. */
async function run(...argv: string[]) {
  return runWith({}, ...argv);
}
async function runWith(extra: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    handle: h,
    env: { ...process.env, APP_URL: 'https://chidao.example.gov.vn/', ...extra },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run admin:create', () => {
  it('makes an administrator without a password and prints a single-use link on the configured address', async () => {
    const r = await run('--email', 'Van.Phong@Ban-Chi-Dao.gov.vn', '--name', 'Nguyễn Văn Quản');
    expect(r).toMatchObject({ code: 0, err: '' });
    const [user] = await h.db.select().from(users).where(eq(users.email, 'van.phong@ban-chi-dao.gov.vn'));
    expect(user).toMatchObject({ role: 'admin', name: 'Nguyễn Văn Quản', isActive: true });
    expect(hasPassword(user!.passwordHash)).toBe(false);
    const url = /https:\/\/chidao\.example\.gov\.vn\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(r.out);
    expect(url, r.out).not.toBeNull();
    expect(await inspectLink(url![1]!, h.db)).toEqual({
      ok: true,
      purpose: 'invite',
      email: 'van.phong@ban-chi-dao.gov.vn',
    });
  });

  it('with single sign-on only, prints the sign-in address and the provider, and no link (decision 060)', async () => {
    const r = await runWith(
      {
        AUTH_PASSWORDS: 'off',
        AUTH_OIDC_ISSUER: 'https://dinhdanh.gov.vn',
        AUTH_OIDC_CLIENT_ID: 'theo-doi',
        AUTH_OIDC_CLIENT_SECRET: 'bi-mat',
        AUTH_OIDC_NAME: 'VNeID',
      },
      '--email',
      'qtv@sso.gov.vn',
      '--name',
      'Lê Thị Quản',
    );
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Đăng nhập bằng VNeID');
    expect(r.out).toContain('  https://chidao.example.gov.vn/sign-in');
    expect(r.out).not.toContain('set-password');
  });

  it('refuses an email that already has an account, with a clear message and exit code 1', async () => {
    const before = await h.db.select().from(users);
    const r = await run('--email', 'admin@demo.gov.vn', '--name=Trùng');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'Email admin@demo.gov.vn đã có tài khoản. / There is already an account with the email admin@demo.gov.vn.',
    );
    expect(await h.db.select().from(users)).toEqual(before);
  });

  it('says how to use it when an argument is missing or unknown', async () => {
    for (const argv of [
      ['--email', 'a@b.vn'],
      ['--name', 'X'],
      ['--email', 'a@b.vn', '--name', 'X', '--role=leader'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('npm run admin:create -- --email');
    }
    const bad = await run('--email', 'not-an-email', '--name', 'X');
    expect(bad).toMatchObject({ code: 1, err: 'Email không hợp lệ. / The email address is not valid.' });
  });
});

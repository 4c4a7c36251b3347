import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { envProblems, envSchema, publishApprovalRequired } from './env';

const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv;

describe('environment', () => {
  it('.env.example lists every variable, and parses', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^([A-Z_]+)=(.*)$/gm)];
    const names = listed.map((m) => m[1]!).sort();
    const known = [...Object.keys(envSchema.shape).filter((k) => k !== 'NODE_ENV'), 'PORT', 'HOSTNAME'].sort();
    expect(names).toEqual(known);
    const values = Object.fromEntries(listed.map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
    expect(envProblems(env(values))).toEqual([]);
  });

  it('accepts an empty environment (the embedded database) and a full production one', () => {
    expect(envProblems(env({}))).toEqual([]);
    expect(
      envProblems(
        env({
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://app@db.internal:5432/steering',
          DATABASE_URL_READ: 'postgres://app@replica.internal:5432/steering',
          AUTH_SECRET: 'x'.repeat(43),
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
          SMTP_URL: 'smtp://mail.gov.vn:587',
          SESSION_IDLE_MINUTES: '30',
          JOBS_WORKER: 'on',
        }),
      ),
    ).toEqual([]);
  });

  it('names each bad or missing variable', () => {
    expect(envProblems(env({ DATABASE_URL: 'mysql://x' }))).toEqual([
      'DATABASE_URL: phải bắt đầu bằng postgres:// hoặc postgresql://',
    ]);
    expect(envProblems(env({ SESSION_IDLE_MINUTES: 'ten' }))[0]).toMatch(/^SESSION_IDLE_MINUTES: /);
    expect(envProblems(env({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'short' }))[0]).toMatch(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: /,
    );
    expect(envProblems(env({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' })).sort()).toEqual([
      'AUTH_SECRET: bắt buộc khi dùng PostgreSQL trong production',
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bắt buộc khi dùng PostgreSQL trong production (các máy chủ phải dùng chung một khóa)',
    ]);
  });

  it('takes single sign-on whole or not at all, and turns passwords off only with it', () => {
    const sso = {
      AUTH_OIDC_ISSUER: 'https://sso.bonoivu.gov.vn/realms/bnv',
      AUTH_OIDC_CLIENT_ID: 'steering',
      AUTH_OIDC_CLIENT_SECRET: 's3cret',
      AUTH_OIDC_NAME: 'VNeID',
    };
    expect(envProblems(env({ ...sso, AUTH_PASSWORDS: 'off' }))).toEqual([]);
    expect(envProblems(env({ AUTH_OIDC_ISSUER: sso.AUTH_OIDC_ISSUER })).sort()).toEqual([
      'AUTH_OIDC_CLIENT_ID: bắt buộc khi dùng đăng nhập một lần (AUTH_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET)',
      'AUTH_OIDC_CLIENT_SECRET: bắt buộc khi dùng đăng nhập một lần (AUTH_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET)',
    ]);
    expect(envProblems(env({ AUTH_PASSWORDS: 'off' }))).toEqual([
      'AUTH_PASSWORDS: chỉ tắt mật khẩu được khi có đăng nhập một lần (AUTH_OIDC_ISSUER), nếu không sẽ không ai đăng nhập được',
    ]);
    expect(envProblems(env({ ...sso, AUTH_PASSWORDS: 'no' }))).toEqual(['AUTH_PASSWORDS: phải là on hoặc off']);
    expect(envProblems(env({ ...sso, AUTH_OIDC_ISSUER: 'ldap://sso' }))[0]).toMatch(/^AUTH_OIDC_ISSUER: /);
  });

  it('requires publishing approval in production unless turned off, and not in development unless asked', () => {
    expect(publishApprovalRequired(env({ NODE_ENV: 'production' }))).toBe(true);
    expect(publishApprovalRequired(env({ NODE_ENV: 'production', PUBLISH_APPROVAL: 'off' }))).toBe(false);
    expect(publishApprovalRequired(env({ NODE_ENV: 'development' }))).toBe(false);
    expect(publishApprovalRequired(env({ NODE_ENV: 'test', PUBLISH_APPROVAL: 'required' }))).toBe(true);
    expect(envProblems(env({ PUBLISH_APPROVAL: 'yes' }))).toEqual([expect.stringMatching(/^PUBLISH_APPROVAL:/)]);
  });
});

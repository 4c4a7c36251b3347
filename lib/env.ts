import 'server-only';
import { parseTrustedProxies } from '@/lib/auth/client-address';
import { z } from '@/lib/zod';

/**
 * The server's configuration: environment variables only, checked when the server starts
 * (instrumentation.ts). A missing or bad one stops the process with a message naming it. `.env.example`
 * lists them all with their meaning.
 */
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional();
const positiveInt = z.coerce
  .number({ error: 'phải là số nguyên dương' })
  .int({ error: 'phải là số nguyên dương' })
  .positive({ error: 'phải là số nguyên dương' })
  .optional();
const url = (protocols: string[]) =>
  z
    .url({ error: `phải là một địa chỉ (${protocols.join(', ')})` })
    .refine((u) => protocols.some((p) => u.startsWith(`${p}:`)), {
      error: `phải bắt đầu bằng ${protocols.map((p) => `${p}://`).join(' hoặc ')}`,
    })
    .optional();

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
    DATABASE_URL: url(['postgres', 'postgresql']),
    DATABASE_URL_READ: url(['postgres', 'postgresql']),
    PGLITE_DIR: z.string().min(1).optional(),
    SEED_DEMO: bool,
    MIGRATE_ON_START: bool,
    AUTH_SECRET: z.string().min(32, { error: 'phải dài ít nhất 32 ký tự (ví dụ: openssl rand -base64 32)' }).optional(),
    AUTH_URL: url(['http', 'https']),
    AUTH_TRUST_HOST: bool,
    APP_URL: url(['http', 'https']),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .refine((k) => [16, 24, 32].includes(Buffer.from(k, 'base64').length), {
        error: 'phải là khóa AES 16, 24 hoặc 32 byte mã hóa base64 (openssl rand -base64 32)',
      })
      .optional(),
    STORAGE_DIR: z.string().min(1).optional(),
    SMTP_URL: url(['smtp', 'smtps']),
    MAIL_FROM: z.string().min(3).optional(),
    SESSION_IDLE_MINUTES: positiveInt,
    SESSION_ABSOLUTE_HOURS: positiveInt,
    AUTH_TOTP_REQUIRED: bool,
    // Single sign-on (lib/auth/oidc.ts, decision 030): all three of issuer, client id and secret, or none.
    AUTH_OIDC_ISSUER: url(['http', 'https']),
    AUTH_OIDC_CLIENT_ID: z.string().trim().min(1).max(255).optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().min(1).max(1000).optional(),
    AUTH_OIDC_NAME: z.string().trim().min(1).max(60, { error: 'tối đa 60 ký tự (nhãn của nút đăng nhập)' }).optional(),
    AUTH_OIDC_TRUST_EMAIL: bool,
    AUTH_PASSWORDS: z.enum(['on', 'off'], { error: 'phải là on hoặc off' }).optional(),
    PUBLISH_APPROVAL: z.enum(['required', 'off']).optional(),
    API_RATE_LIMIT_PER_MINUTE: positiveInt,
    TRUSTED_PROXIES: z
      .string()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            message: `${(error as Error).message} (danh sách IP/CIDR, cách nhau dấu phẩy)`,
          });
        }
      })
      .optional(),
    JOBS_WORKER: z.enum(['on', 'off']).optional(),
    JOBS_INTERVAL_MS: z.coerce.number().int().min(1000).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  })
  .superRefine((env, ctx) => {
    const oidc = ['AUTH_OIDC_ISSUER', 'AUTH_OIDC_CLIENT_ID', 'AUTH_OIDC_CLIENT_SECRET'] as const;
    if (oidc.some((k) => env[k]))
      for (const k of oidc)
        if (!env[k])
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: 'bắt buộc khi dùng đăng nhập một lần (AUTH_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET)',
          });
    if (env.AUTH_PASSWORDS === 'off' && !env.AUTH_OIDC_ISSUER)
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_PASSWORDS'],
        message:
          'chỉ tắt mật khẩu được khi có đăng nhập một lần (AUTH_OIDC_ISSUER), nếu không sẽ không ai đăng nhập được',
      });
    // In production every server must share these, so they cannot be made up per process.
    if (env.NODE_ENV !== 'production') return;
    if (env.DATABASE_URL && !env.AUTH_SECRET)
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'bắt buộc khi dùng PostgreSQL trong production' });
    if (env.DATABASE_URL && !env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'],
        message: 'bắt buộc khi dùng PostgreSQL trong production (các máy chủ phải dùng chung một khóa)',
      });
  });

export type Env = z.infer<typeof envSchema>;

/**
 * Whether publishing the minutes or the notice needs the approval of someone other than its author
 * (decision 024): PUBLISH_APPROVAL=required|off; unset, required in production (the demo included) and off
 * in development and tests.
 */
export function publishApprovalRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PUBLISH_APPROVAL === 'required') return true;
  if (env.PUBLISH_APPROVAL === 'off') return false;
  return env.NODE_ENV === 'production';
}

/** The problems with an environment, one line per variable; empty when it is valid. */
export function envProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  // An empty value means unset (as in a copied .env.example).
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Stops the process when the environment is not valid, naming each bad variable. */
export function checkEnvOrExit(env: NodeJS.ProcessEnv = process.env): void {
  const problems = envProblems(env);
  if (problems.length === 0) return;
  console.error(
    ['Cấu hình không hợp lệ / invalid configuration (see .env.example):', ...problems.map((p) => `  ${p}`)].join('\n'),
  );
  process.exit(1);
}

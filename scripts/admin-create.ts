/**
 * npm run admin:create -- --email <email> --name "<full name>": the first administrator of a deployment that
 * does not run the demo (README, "Going live without the demo"). Opens the configured database as the server
 * does (DATABASE_URL, else the embedded one in PGLITE_DIR or .data/pglite; stop a server using the embedded one
 * first), applies the migrations, makes an administrator without a password and prints a single-use link to set
 * it (72 hours), built on APP_URL (or AUTH_URL); with single sign-on only (AUTH_PASSWORDS=off), the sign-in address
 * instead. Refuses an email that already has an account (exit code 1).
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openFromEnv, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { oidcSettings } from '@/lib/auth/oidc';
import { AppError } from '@/lib/errors';
import { localize } from '@/lib/i18n/message';
import { translatorFor } from '@/lib/i18n/translate';
import { appUrl } from '@/lib/notifications/kinds';
import { createAdministrator } from '@/lib/users/first-admin';

const USAGE = 'Cách dùng / usage: npm run admin:create -- --email <email> --name "<Họ và tên / full name>"';

type Options = {
  /** An open database (tests); else the one the environment names, migrated first. */
  handle?: DatabaseHandle;
  env?: NodeJS.ProcessEnv;
  out?: (line: string) => void;
  err?: (line: string) => void;
  now?: Date;
};

/** Runs the command with its arguments; returns the exit code. */
export async function main(argv: string[], options: Options = {}): Promise<number> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((line: string) => console.info(line));
  const err = options.err ?? ((line: string) => console.error(line));
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (!values.email || !values.name) {
    err(USAGE);
    return 2;
  }
  const handle = options.handle ?? (await openFromEnv(env));
  try {
    if (!options.handle) await migrateDatabase(handle);
    const made = await createAdministrator({ email: values.email, name: values.name }, handle.db, options.now, env);
    out(
      [
        `Đã tạo quản trị viên / administrator created: ${made.email} (${handle.driver})`,
        '',
        ...(made.link
          ? [
              'Mở liên kết này để đặt mật khẩu (dùng một lần, trong 72 giờ) / open this link to set the password (single use, 72 hours):',
              `  ${made.link.url}`,
            ]
          : [
              // AUTH_PASSWORDS=off: the provider is the way in (decision 060).
              `Đăng nhập bằng ${oidcSettings(env)?.name ?? 'SSO'} với email này tại / sign in through the provider with this email at:`,
              `  ${appUrl(env)}/sign-in`,
            ]),
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      const [vi, en] = [translatorFor('vi'), translatorFor('en')].map((t) => localize(error.message, t));
      err(vi === en ? vi! : `${vi} / ${en}`);
      return 1;
    }
    throw error;
  } finally {
    if (!options.handle) await handle.close();
  }
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invoked) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

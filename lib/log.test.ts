import { inspect } from 'node:util';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { redactForConsole } from './log';

describe('what the framework prints of a failed page', () => {
  it('holds no query values: drizzle’s params, in its message, its properties or its cause', () => {
    const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      detail: 'Key (email)=(nguyen.van.a@example.vn) already exists.',
      code: '22021',
    });
    const error = new DrizzleQueryError('select * from users where name like $1', ['%nguyen-van-a-0912345678%'], cause);
    Object.assign(error, { digest: '123456' });
    // As Node prints it for console.error, before and after.
    expect(inspect(error)).toContain('0912345678');
    const printed = inspect(redactForConsole(error));
    expect(printed).not.toContain('0912345678');
    expect(printed).not.toContain('nguyen.van.a@example.vn');
    expect(printed).toContain('params: [redacted]');
    expect(printed).toContain('Failed query: select * from users');
    expect(printed).toContain('invalid byte sequence'); // the cause's message stays
    expect((redactForConsole(error) as { digest?: string }).digest).toBe('123456');
    expect(redactForConsole('⨯ Failed query: x\nparams: secret,values\n    at y')).toBe(
      '⨯ Failed query: x\nparams: [redacted]\n    at y',
    );
    expect(redactForConsole(42)).toBe(42);
  });
});

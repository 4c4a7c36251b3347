import { describe, expect, it } from 'vitest';
import { expectConsoleError, watchConsoleErrors } from './console-errors';

describe('the console.error check', () => {
  it('reports each unexpected console.error, with its formatted arguments, and restores console.error', () => {
    const before = console.error;
    const watch = watchConsoleErrors();
    expect(console.error).not.toBe(before);
    console.error('échec %s', 'lần 1', { id: 7 });
    expect(watch.stop()).toEqual(['console.error was called: échec lần 1 { id: 7 }']);
    expect(console.error).toBe(before);
  });

  it('lets an expected log through, and reports an expected log that never came', () => {
    const watch = watchConsoleErrors();
    watch.expect(/invalid configuration/);
    watch.expect('không bao giờ');
    console.error('Cấu hình không hợp lệ / invalid configuration');
    console.error('Cấu hình không hợp lệ / invalid configuration, again');
    expect(watch.stop()).toEqual(['expected a console.error matching không bao giờ; none came']);
  });

  it('reports nothing for a test that logs no error', () => {
    const watch = watchConsoleErrors();
    console.info('not an error');
    expect(watch.stop()).toEqual([]);
  });

  it('is installed around this test: an expected log passes it', () => {
    expectConsoleError('logged on purpose');
    console.error('logged on purpose by this test');
  });
});

import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { numberedLabel } from './task-table';

describe('a session label formatted once for a whole list (issue 21, decision 092)', () => {
  it('gives what next-intl gives for each number, in both languages', () => {
    for (const [locale, messages] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const tr = createTranslator({ locale, messages, namespace: 'tasks' });
      const label = numberedLabel(tr('sessionNumbered', { n: '\u0000' }));
      for (const n of [1, 7, 10, 42, 999, 1000, 12_345, 1_234_567])
        expect(label(n), `${locale} ${n}`).toBe(tr('sessionNumbered', { n }));
    }
  });
});

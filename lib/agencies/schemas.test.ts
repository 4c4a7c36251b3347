import { describe, expect, it } from 'vitest';
import { assignSchema } from '@/lib/tasks/schemas';
import { AGENCY_GROUPS, handOverSchema } from './schemas';
import { inVietnamese } from '@/tests/i18n';

describe('handOverSchema', () => {
  it('reads the agency and the checkbox as the form posts them', () => {
    const form = new FormData();
    form.set('agencyId', '12');
    form.set('moveUsers', 'on');
    expect(handOverSchema.parse(Object.fromEntries(form))).toEqual({ agencyId: 12, moveUsers: true });
    expect(handOverSchema.parse({ agencyId: '12' })).toEqual({ agencyId: 12, moveUsers: false });
  });

  it('refuses a missing or malformed agency with the field named', () => {
    const r = handOverSchema.safeParse({ agencyId: 'abc' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['agencyId']);
    expect(inVietnamese(r.error!.issues[0]!.message)).toBe('Cơ quan không hợp lệ.');
    expect(handOverSchema.safeParse({}).success).toBe(false);
  });
});

describe('AGENCY_GROUPS', () => {
  it('are the targets an assignment takes besides hand-picked agencies', () => {
    for (const group of AGENCY_GROUPS) expect(assignSchema.shape.target.parse(group)).toBe(group);
    expect(assignSchema.shape.target.safeParse('committees').success).toBe(false);
  });
});

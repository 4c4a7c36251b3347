import { describe, expect, it } from 'vitest';
import { acceptProposalsSchema } from '@/lib/directives/schemas';
import { formDataToObject } from './form-data';
import { hiddenFields } from './hidden-fields';
import { inVietnamese } from '@/tests/i18n';

const posted = (value: unknown) => {
  const data = new FormData();
  for (const [name, v] of hiddenFields(value)) data.append(name, v);
  return formDataToObject(data);
};

describe('values posted as hidden fields read back as the server reads a form', () => {
  it('nests objects and lists by dotted names, repeats a list of plain values, leaves out null and empty lists', () => {
    expect(hiddenFields({ a: 1, b: null, c: [], d: ['x', 'y'], e: { f: true }, g: [{ h: 'i' }] })).toEqual([
      ['a', '1'],
      ['d', 'x'],
      ['d', 'y'],
      ['e.f', 'true'],
      ['g.0.h', 'i'],
    ]);
  });

  it('the reviewed proposals parse the same posted as a form as given as values', () => {
    const values = {
      sessionId: 12,
      issuedBy: 'Thủ tướng Chính phủ',
      items: [
        {
          key: '1',
          parentKey: null,
          text: 'Bộ Nội vụ chủ trì rà soát quy trình nội bộ.',
          areaCodes: ['institutional', 'procedures'],
          isCrossCutting: false,
          isAssessment: false,
          sourceDocument: null,
          leadAgencyIds: [3],
          coordinatorIds: [4, 5],
          monitorAgencyId: '7',
          groups: [],
          deadline: { kind: 'dated', dueDate: '30/06/2031' },
        },
        {
          key: '1a',
          parentKey: '1',
          text: 'Đánh giá kết quả.',
          areaCodes: [],
          isCrossCutting: true,
          isAssessment: true,
          sourceDocument: 'Nghị quyết 18',
          leadAgencyIds: [],
          coordinatorIds: [],
          monitorAgencyId: null,
          groups: ['ministries'],
          deadline: { kind: 'recurring', period: 'quarterly' },
        },
      ],
      notice: { number: '123', symbol: 'TB-VPCP', issueDate: '09/03/2026', authorityPrefix: 'TL', signerName: null },
    };
    const fromValues = acceptProposalsSchema.safeParse(values);
    const fromForm = acceptProposalsSchema.safeParse(posted(values));
    expect(fromValues.success, JSON.stringify(fromValues.error?.issues)).toBe(true);
    expect(fromForm.data).toEqual(fromValues.data);
    // A card with no deadline and nothing chosen posts nothing for them.
    const bare = posted({ sessionId: 1, items: [{ key: '2', text: 'Nội dung', areaCodes: [], deadline: null }] });
    // No card included: the refusal says so, as it did for an empty list.
    const none = acceptProposalsSchema.safeParse(posted({ sessionId: 1, issuedBy: '', items: [] }));
    expect(none.error?.issues.map((i) => inVietnamese(i.message))).toEqual(['Không có nội dung nào để lưu.']);
    expect(acceptProposalsSchema.parse(bare).items[0]).toMatchObject({
      areaCodes: [],
      deadline: null,
      parentKey: null,
      isAssessment: false,
    });
  });
});

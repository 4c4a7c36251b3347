import { describe, expect, it } from 'vitest';
import { AGENCIES } from '@/seeds/reference/agencies';
import { type AgencyRef, parseConclusionText } from './conclusion-parser';

// Session 24 (issue 19, generalization): metamorphic variants. Each case takes a sentence pattern real notices use
// (dev notices of tests/corpus, Government and provincial portal reports) and varies its wording — the order verb, the
// speaker's title and name, the list's punctuation, the press wrapper — checking that the doer read stays the same.
// None of these texts is a corpus entry; they are written for the test [style].

const idOf = new Map(AGENCIES.map((a, i) => [a.code, i + 1]));
const REGISTRY: AgencyRef[] = AGENCIES.map((a, i) => ({
  id: i + 1,
  code: a.code,
  name: a.name,
  shortName: a.shortName ?? null,
  kind: a.kind,
  validFrom: a.validFrom ?? null,
  validTo: a.validTo ?? null,
  successorId: a.successorCode ? (idOf.get(a.successorCode) ?? null) : null,
}));
// A province's own bodies, as an app's agency list holds them (the reference list has those of two provinces only).
for (const name of [
  'Sở Y tế',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Kế hoạch và Đầu tư',
  'Sở Nội vụ',
  'Sở Thông tin và Truyền thông',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Công an',
]) {
  REGISTRY.push({
    id: REGISTRY.length + 1,
    code: `VL-${REGISTRY.length + 1}`,
    name: `${name} tỉnh Vĩnh Long`,
    shortName: null,
    kind: name === 'Công an' ? 'other' : 'provincial_department',
    validFrom: null,
    validTo: null,
    successorId: null,
  });
}
const nameOf = new Map(REGISTRY.map((a) => [a.id, a.name]));

const CENTRAL = { onDate: '2024-06-01', noticeDate: '2024-06-01' };
const VINH_LONG = { ...CENTRAL, province: 'Vĩnh Long', issuer: 'UBND tỉnh Vĩnh Long' };

/** The one item a text gives, its lead, coordinators and groups by name. */
function read(text: string, options: Record<string, unknown> = CENTRAL) {
  const items = parseConclusionText(text, REGISTRY, options as Parameters<typeof parseConclusionText>[2]);
  const names = (ids: readonly number[]) => ids.map((id) => nameOf.get(id));
  return items.map((i) => ({
    lead: names(i.leadAgencyIds),
    coordinators: names(i.coordinatorAgencyIds),
    groups: i.groups,
  }));
}
const leadsOf = (text: string, options?: Record<string, unknown>) => read(text, options).map((i) => i.lead);

describe('session 24: a speaker named with his title, then his own name, before the one he asks', () => {
  const cases: [string, string][] = [
    [
      'Chủ tịch UBND tỉnh Trần Văn A yêu cầu Giám đốc Sở Y tế chỉ đạo các đơn vị tăng cường khám, chữa bệnh.',
      'Sở Y tế tỉnh Vĩnh Long',
    ],
    [
      'Phó Chủ tịch UBND tỉnh Nguyễn Thị Bích Ngọc giao Sở Xây dựng kiểm tra, xử lý các công trình vi phạm.',
      'Sở Xây dựng tỉnh Vĩnh Long',
    ],
    [
      'Chủ tịch Ủy ban nhân dân tỉnh Lê Văn B đề nghị Sở Tài chính thẩm định, tham mưu bố trí kinh phí.',
      'Sở Tài chính tỉnh Vĩnh Long',
    ],
    [
      'Phó Chủ tịch UBND tỉnh, ông Lê Văn B yêu cầu Sở Giao thông vận tải rà soát các điểm đen tai nạn.',
      'Sở Giao thông vận tải tỉnh Vĩnh Long',
    ],
    [
      'Chủ tịch UBND tỉnh Vĩnh Long Trần Văn A yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát.',
      'Công an tỉnh Vĩnh Long',
    ],
  ];
  for (const [text, lead] of cases)
    it(`reads "${text.slice(0, 60)}…" as given to ${lead}`, () => {
      expect(leadsOf(text, VINH_LONG)).toEqual([[lead]]);
    });

  it('reads a minister named so as the one who asks, not the one told', () => {
    expect(
      leadsOf('Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng yêu cầu Ngân hàng Nhà nước Việt Nam phối hợp rà soát.'),
    ).toEqual([['Ngân hàng Nhà nước Việt Nam']]);
    expect(leadsOf('Phó Thủ tướng Chính phủ Trần Hồng Hà yêu cầu Bộ trưởng Bộ Xây dựng chỉ đạo kiểm tra.')).toEqual([
      ['Bộ Xây dựng'],
    ]);
  });

  it('still reads a chairman who is himself told the work', () => {
    expect(leadsOf('Yêu cầu Chủ tịch UBND tỉnh Quảng Ninh chỉ đạo xử lý dứt điểm vụ việc.')).toEqual([
      ['UBND tỉnh Quảng Ninh'],
    ]);
  });
});

describe('session 24: a department list in brackets or after "các sở, ban, ngành:" in a provincial notice', () => {
  const lead = ['Sở Y tế tỉnh Vĩnh Long', 'Sở Tài chính tỉnh Vĩnh Long', 'Sở Xây dựng tỉnh Vĩnh Long'];
  for (const text of [
    'Giao các Sở (Y tế, Tài chính, Xây dựng) rà soát, báo cáo UBND tỉnh.',
    'Các sở, ngành (Y tế, Tài chính, Xây dựng) rà soát, báo cáo UBND tỉnh.',
    'Các sở, ban, ngành tỉnh (Y tế, Tài chính, Xây dựng) rà soát, báo cáo UBND tỉnh.',
    'Giao các sở, ban, ngành: Y tế, Tài chính, Xây dựng rà soát, báo cáo UBND tỉnh.',
    'Giao các Sở: Y tế, Tài chính, Xây dựng theo chức năng, nhiệm vụ kiểm tra, xử lý.',
  ])
    it(`reads "${text.slice(0, 50)}…" as three departments`, () => {
      expect(leadsOf(text, VINH_LONG)).toEqual([lead]);
    });

  it("reads the ministries' bracketed list the same", () => {
    expect(leadsOf('Đề nghị các Bộ, ngành (Tài chính, Xây dựng, Công Thương) khẩn trương rà soát.')).toEqual([
      ['Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Công Thương'],
    ]);
  });
});

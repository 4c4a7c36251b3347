import { describe, expect, it } from 'vitest';
import { parseConclusionText } from './conclusion-parser';
import { ID, REGISTRY, unitOf } from './fixtures/registry';

// Classes of wording read from the corpus's dev notices (tests/corpus, session 34), each written here in the words of
// the notices that show it ([style]: modelled on them, not quoted).

const TQ_SGTVT = 902;
const WITH_TRANSPORT = [
  ...REGISTRY,
  unitOf(TQ_SGTVT, 'Sở Giao thông vận tải tỉnh Tuyên Quang', 'provincial_department'),
];
const TUYEN_QUANG = { onDate: '2023-09-29', province: 'Tuyên Quang', issuer: 'UBND tỉnh Tuyên Quang' };

describe('a commendation after the directions of a report is an assessment of its own [style: Đà Nẵng 5324/UBND-KSTT]', () => {
  const report = (commendation: string) =>
    [
      'Tuyên Quang đôn đốc xử lý nhiệm vụ quá hạn',
      '',
      'Ngày 29/9/2023, UBND tỉnh ban hành Công văn số 5324/UBND-KSTT về việc xử lý các nhiệm vụ quá hạn.',
      '',
      'Theo đó, Chủ tịch UBND tỉnh đề nghị các sở, ban, ngành tiếp tục rà soát, đánh giá tiến độ thực hiện nhiệm vụ.',
      '',
      'Bên cạnh đó, yêu cầu các cơ quan, đơn vị còn nhiệm vụ quá hạn khẩn trương báo cáo trước ngày 25/10/2023.',
      '',
      commendation,
    ].join('\n');
  const read = (commendation: string) =>
    parseConclusionText(report(commendation), WITH_TRANSPORT, TUYEN_QUANG).map((i) => ({
      assessment: i.isAssessment,
      lead: i.leadAgencyIds,
    }));

  it('does not join the direction before it, which would take its bodies as leads', () => {
    expect(read('Biểu dương các cơ quan, đơn vị đã thực hiện tốt nhiệm vụ: Sở Nội vụ, Sở Công Thương.')).toEqual([
      { assessment: false, lead: [] },
      { assessment: false, lead: [] },
      { assessment: true, lead: [] },
    ]);
  });

  it('reads "nhiệm vụ Lãnh đạo UBND tỉnh giao", "nhiệm vụ được giao" as the tasks given earlier, not an order', () => {
    expect(
      read(
        'Biểu dương các cơ quan, đơn vị đã thực hiện tốt nhiệm vụ Lãnh đạo UBND tỉnh giao: nhóm có trên 300 nhiệm vụ được giao gồm: Sở Nội vụ, Sở Công Thương.',
      ).at(-1),
    ).toEqual({ assessment: true, lead: [] });
  });

  it('reads "Sở Giao thông vận tải" as a name, not as "giao"', () => {
    expect(read('Biểu dương Sở Nội vụ, Sở Giao thông vận tải đã hoàn thành tốt các nhiệm vụ.').at(-1)).toEqual({
      assessment: true,
      lead: [],
    });
  });

  it('keeps a commendation that also gives work an item with its lead', () => {
    expect(
      read(
        'Biểu dương Sở Nội vụ; đồng thời giao Sở Công Thương chủ trì tổng hợp, báo cáo kết quả trước ngày 30/10/2023.',
      ).at(-1),
    ).toEqual({ assessment: false, lead: [ID.TQ_SCT] });
  });
});

describe('the body a result is sent to "để tổng hợp" collates it and does not lead [style: 11676/VPCP-KTTH]', () => {
  const read = (line: string) =>
    parseConclusionText(line, REGISTRY, { onDate: '2024-05-10', issuer: 'Văn phòng Chính phủ' }).map((i) => ({
      lead: i.leadAgencyIds,
      groups: i.groups,
    }));

  it('leaves the work to the body that sends its own result', () => {
    expect(
      read('1. Bộ Xây dựng gửi kết quả thẩm định cho Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ.'),
    ).toEqual([{ lead: [ID.BXD], groups: [] }]);
    expect(
      read('1. Các Bộ, cơ quan ngang Bộ gửi báo cáo về Bộ Tài chính để tổng hợp, trình Thủ tướng Chính phủ.'),
    ).toEqual([{ lead: [], groups: ['ministries'] }]);
  });

  it('still gives a forwarded text to the body it goes to', () => {
    expect(
      read(
        '1. Văn phòng Chính phủ chuyển công văn số 12/UBND-KT của Ủy ban nhân dân tỉnh Tuyên Quang đến Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      )[0]!.lead,
    ).toEqual([ID.BTC]);
  });
});

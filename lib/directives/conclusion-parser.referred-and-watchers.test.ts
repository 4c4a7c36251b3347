import { describe, expect, it } from 'vitest';
import { type AgencyRef, parseConclusionText } from './conclusion-parser';
import { ID, REGISTRY } from './fixtures/registry';

// Classes of wording read from the corpus's dev notices (tests/corpus, session 33), each written here in the words of
// the notices that show it ([style]: modelled on them, not quoted).

const unitOf = (id: number, name: string, kind: AgencyRef['kind']): AgencyRef => ({
  id,
  code: `U${id}`,
  name,
  shortName: null,
  kind,
  validFrom: null,
  validTo: null,
  successorId: null,
});

const FRONT = 901;
const WITH_FRONT = [...REGISTRY, unitOf(FRONT, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'other')];

describe('"các Bộ, cơ quan, địa phương nêu trên": the "Kính gửi" bodies of those kinds [style: 766/VPCP-QHĐP]', () => {
  const letter = (direction: string) =>
    [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 100/VPCP-QHĐP',
      'Hà Nội, ngày 30 tháng 01 năm 2021',
      'Kính gửi:',
      '- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;',
      '- Các Bộ, cơ quan: Y tế, Tài chính; Ngân hàng Nhà nước Việt Nam;',
      '- Ủy ban nhân dân các tỉnh, thành phố: Hà Nội, Tuyên Quang.',
      'Về các kiến nghị từ kết quả giám sát tại Báo cáo số 269/BC-MTTW-ĐCT, Thủ tướng Chính phủ có ý kiến như sau:',
      direction,
    ].join('\n');
  const read = (direction: string) =>
    parseConclusionText(letter(direction), WITH_FRONT, { onDate: '2021-01-30' }).map((i) => ({
      lead: i.leadAgencyIds,
      groups: i.groups,
    }));

  it('gives the work to the ministries, agencies and provinces the block names, not to the Front the answer goes to', () => {
    expect(
      read(
        '1. Giao các Bộ, cơ quan, địa phương nêu trên khẩn trương nghiên cứu, xử lý các kiến nghị; có văn bản trả lời Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam trong tháng 3 năm 2021.',
      ),
    ).toEqual([{ lead: [ID.BYT, ID.BTC, ID.NHNN, ID.HANOI, ID.TUYENQUANG], groups: [] }]);
  });

  it('gives "các bộ, ngành nói trên" to the ministries and agencies only', () => {
    expect(read('1. Các bộ, ngành nói trên báo cáo kết quả xử lý trước ngày 31/3/2021.')).toEqual([
      { lead: [ID.BYT, ID.BTC, ID.NHNN], groups: [] },
    ]);
  });

  it('leaves "các Bộ, ngành, địa phương" without "nêu trên" a group', () => {
    expect(read('1. Các Bộ, ngành, địa phương khẩn trương xử lý các kiến nghị.')).toEqual([
      { lead: [], groups: ['ministries_and_provinces'] },
    ]);
  });
});

describe('an item that only watches the carrying out watches the items before it [style: Quảng Ngãi, 05/9/2018]', () => {
  const TUYEN_QUANG = { onDate: '2025-08-01', province: 'Tuyên Quang', issuer: 'UBND tỉnh Tuyên Quang' };
  const read = (last: string) =>
    parseConclusionText(
      [
        '1. Giám đốc Sở Công Thương chủ trì xây dựng đề án, trình UBND tỉnh trước ngày 30/9/2025.',
        '2. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường khẩn trương triển khai các nhiệm vụ được giao.',
        last,
      ].join('\n'),
      REGISTRY,
      TUYEN_QUANG,
    ).map((i) => ({ ordinal: i.ordinal, lead: i.leadAgencyIds, monitor: i.monitorAgencyId }));

  it('gives its body as the monitor of the earlier items, and keeps it the lead of its own', () => {
    expect(
      read(
        '3. Giao Giám đốc Sở Nội vụ căn cứ chức năng, nhiệm vụ được giao, theo dõi, đôn đốc quá trình triển khai, tổ chức thực hiện; định kỳ 6 tháng tổng hợp, báo cáo UBND tỉnh.',
      ),
    ).toEqual([
      { ordinal: '1', lead: [ID.TQ_SCT], monitor: ID.TQ_SNV },
      { ordinal: '2', lead: [], monitor: ID.TQ_SNV },
      { ordinal: '3', lead: [ID.TQ_SNV], monitor: null },
    ]);
  });

  it('does not when the watching names a work of its own ("việc thực hiện Kế hoạch số …")', () => {
    const items = read(
      '3. Giao Giám đốc Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch số 83/KH-UBND; định kỳ 6 tháng báo cáo UBND tỉnh.',
    );
    expect(items.slice(0, 2).map((i) => i.monitor)).toEqual([null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import { type ProposedDirective, parseConclusionText } from './conclusion-parser';
import { ID, REGISTRY, unitOf } from './fixtures/registry';

// Classes of wording read from the corpus's dev notices (tests/corpus, session 33), each written here in the words of
// the notices that show it ([style]: modelled on them, not quoted).

const FRONT = 901;
const dueOf = (d: ProposedDirective['deadline']) => (d?.kind === 'dated' ? d.dueDate : null);
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

describe("a city's districts and a completion told as a state [style: Đà Nẵng 5324/UBND-KSTT, 2023]", () => {
  const HA_NOI = { onDate: '2023-09-29', province: 'Hà Nội', issuer: 'UBND thành phố Hà Nội' };
  const read = (text: string) =>
    parseConclusionText(text, REGISTRY, HA_NOI).map((i) => ({
      groups: i.groups,
      deadline: dueOf(i.deadline),
    }));

  it('reads "UBND quận, huyện" without "các" as the city\'s localities', () => {
    expect(
      read(
        '1. Chủ tịch UBND thành phố đề nghị các sở, ban, ngành, UBND quận, huyện tiếp tục thực hiện nghiêm Công văn số 4717/UBND-KSTT.',
      ),
    ).toEqual([{ groups: ['departments', 'localities'], deadline: null }]);
    expect(read('1. Các quận, huyện khẩn trương rà soát các nhiệm vụ được giao.')[0]!.groups).toEqual(['localities']);
  });

  it('keeps one named district ("UBND quận Ba Đình") out of the group', () => {
    expect(read('1. UBND quận Ba Đình rà soát các nhiệm vụ được giao.')[0]!.groups).toEqual([]);
  });

  it('does not read "chưa hoàn thành năm 2022" (tasks left undone) as the deadline, but the day set after it', () => {
    expect(
      read(
        '1. Các cơ quan, đơn vị còn nhiệm vụ quá hạn chưa hoàn thành năm 2022 khẩn trương rà soát, cập nhật kết quả. Thời gian hoàn thành báo cáo gửi về Văn phòng UBND thành phố trước ngày 25-10- 2023.',
      )[0]!.deadline,
    ).toBe('2023-10-25');
    expect(read('1. Sở Nội vụ rà soát các nhiệm vụ đã hoàn thành tháng 8/2023.')[0]!.deadline).toBeNull();
    expect(read('1. Sở Nội vụ xây dựng đề án, hoàn thành năm 2024.')[0]!.deadline).toBe('2024-12-31');
  });
});

describe('an event a body is told to organise in a month of a year [style: 7447/VPCP-KGVX, 2013] (decision 072)', () => {
  const deadlineOf = (text: string) =>
    dueOf(parseConclusionText(text, REGISTRY, { onDate: '2013-09-06' })[0]!.deadline);

  it('reads "tổ chức Hội nghị … vào tháng 11 năm 2013" among the work told as due by the month\'s end', () => {
    expect(
      deadlineOf(
        '1. Bộ Nội vụ hoàn thiện báo cáo sơ kết; tổ chức Hội nghị sơ kết 3 năm thực hiện Đề án với 6 tỉnh vào tháng 11 năm 2013.',
      ),
    ).toBe('2013-11-30');
  });

  it('leaves a month without a year, and a month an approval names, as when the event is held', () => {
    expect(deadlineOf('1. Bộ Nội vụ tổ chức Hội nghị vào tháng 12.')).toBeNull();
    expect(deadlineOf('1. Đồng ý Bộ Nội vụ tổ chức Hội nghị tổng kết vào tháng 01 năm 2014 theo đề nghị.')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseConclusionText } from './conclusion-parser';
import { unglueWords } from './unglue';

describe('unglueWords', () => {
  it('puts the space back in words a web page glued (the corpus: vpcp-1117-2008, "công vănsố", "Bộ Tàichính")', () => {
    expect(unglueWords('chủ trì, phốihợp với các Bộ: Tài chính, Quốc phòng khẩn trươngtrình Thủ tướng')).toBe(
      'chủ trì, phối hợp với các Bộ: Tài chính, Quốc phòng khẩn trương trình Thủ tướng',
    );
    expect(unglueWords('theo công vănsố 12 của Bộ Tàichính; Kínhgửi: Vănphòng')).toBe(
      'theo công văn số 12 của Bộ Tài chính; Kính gửi: Văn phòng',
    );
    // a short name or a word glued to a capital (vpcp-331-2009 in short names: "UBNDcác tỉnh")
    expect(unglueWords('UBNDcác tỉnh; VPCPxin thông báo; yêu cầuBộ Xây dựng; PHÓ CHỦ NHIỆMTrần Văn Tuấn')).toBe(
      'UBND các tỉnh; VPCP xin thông báo; yêu cầu Bộ Xây dựng; PHÓ CHỦ NHIỆM Trần Văn Tuấn',
    );
  });

  it('leaves whole syllables, names, abbreviations and words that split two ways as they are', () => {
    const kept =
      'Nguyễn Hoàng Trưởng người khuyến khích nghiêng quyết định chuyển giao hoạch toán khuynh hướng Khánh Hoà Buôn Ma Thuột ' +
      'Đắk Lắk Krông Pắc Thừa Thiên Huế xoong giữa gìn nghĩa khuỷu thuở quýt Vinasat Petrovietnam ĐBSCL NĐ-CP TP.HCM ' +
      // "vụt hực" or "vụ thực": two ways, left to the matcher's own glue rules; a unit, a document code
      'Bộ Nội vụthực hiện, 5 kWh, 3 MWh, số 79/TTg-KTN, QĐ-TTg';
    expect(unglueWords(kept)).toBe(kept);
  });

  it('reads a text in decomposed letters as in composed ones', () => {
    expect(unglueWords('phốihợp với'.normalize('NFD'))).toBe('phối hợp với');
  });

  it('lets the parser read the partners and the urgency the glue hid', () => {
    const registry = [
      { id: 1, code: 'BKHDT', name: 'Bộ Kế hoạch và Đầu tư', kind: 'ministry' as const },
      { id: 2, code: 'BTC', name: 'Bộ Tài chính', kind: 'ministry' as const },
      { id: 3, code: 'BQP', name: 'Bộ Quốc phòng', kind: 'ministry' as const },
    ].map((a) => ({ ...a, shortName: null, validFrom: null, validTo: null, successorId: null }));
    const [item] = parseConclusionText(
      'Bộ Kế hoạch và Đầu tư chủ trì, phốihợp với các Bộ: Tài chính, Quốc phòng khẩn trươngtrình Thủ tướng phương án bố trí vốn.',
      registry,
      { onDate: '2008-02-22' },
    );
    expect(item).toMatchObject({ leadAgencyIds: [1], coordinatorAgencyIds: [2, 3], deadline: { kind: 'urgent' } });
  });
});

// [331] Công văn số 331/VPCP-TTĐT ngày 15/01/2009 (corpus: vpcp-331-2009): "văn phòng các Bộ, cơ quanngang Bộ, …".
describe('unglueWords: "n" then "ng" (session 31)', () => {
  it('parts a word of plain letters glued where "n" meets "ng", which no syllable holds [331]', () => {
    expect(unglueWords('văn phòng các Bộ, cơ quanngang Bộ, cơ quan thuộc Chính phủ')).toBe(
      'văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
    );
    expect(unglueWords('Ủy ban nhân dânngày 15')).toBe('Ủy ban nhân dân ngày 15');
  });
  it('leaves a foreign word with "nng" whose parts are no syllables as it is (guard)', () => {
    expect(unglueWords('Jinngo, Hannngo, Kinnngang')).toBe('Jinngo, Hannngo, Kinnngang');
  });
});

import { describe, expect, it } from 'vitest';
import { type ProposedDirective, parseConclusionText } from './conclusion-parser';
import { parseDeadline } from './deadline-phrases';
import { ID, REGISTRY } from './fixtures/registry';
import { cpuGrowth, GROWTH_LIMIT } from '@/tests/cpu-time';

// The failure classes of issue 19, seen on real published notices (tests/corpus/). Each input uses the
// wording the issue quotes ("…" in the issue), set in a short notice written around it [style].

function parse(text: string, onDate: string, noticeDate?: string) {
  const items = parseConclusionText(text, REGISTRY, { onDate, noticeDate });
  const item = (ordinal: string): ProposedDirective => {
    const found = items.find((i) => i.ordinal === ordinal);
    if (!found) throw new Error(`no item ${ordinal} in ${items.map((i) => i.ordinal).join(', ')}`);
    return found;
  };
  return { items, item, ordinals: items.map((i) => i.ordinal) };
}

describe('item markers', () => {
  it('splits "(1)" "(2)" "(3)" at line starts and inline', () => {
    const lines = parse(
      'Phó Thủ tướng kết luận như sau:\n(1) Bộ Tư pháp rà soát văn bản.\n(2) Bộ Nội vụ tổng hợp báo cáo.\n(3) Bộ Tài chính bố trí kinh phí.',
      '2024-03-01',
    );
    expect(lines.ordinals).toEqual(['1', '2', '3']);
    expect(lines.item('3').leadAgencyIds).toEqual([ID.BTC]);
    const inline = parse(
      'Phó Thủ tướng kết luận như sau: (1) Bộ Tư pháp rà soát văn bản; (2) Bộ Nội vụ tổng hợp báo cáo; (3) Bộ Tài chính bố trí kinh phí.',
      '2024-03-01',
    );
    expect(inline.ordinals).toEqual(['1', '2', '3']);
    expect(inline.item('2').leadAgencyIds).toEqual([ID.BNV]);
  });

  // corpus bo-cong-thuong-8520-2021: "… nhỏ lẻ phải: (1) đáp ứng điều kiện …; (2) thực hiện việc gửi bản cam kết …"
  it('keeps a lower-case "(1) … (2) …" enumeration inside its sentence, one item', () => {
    const { items } = parse(
      'Bộ Tư pháp có ý kiến như sau:\nCơ sở kinh doanh phải: (1) đáp ứng điều kiện bảo đảm an toàn; (2) thực hiện việc gửi bản cam kết đến cơ quan có thẩm quyền.\nĐề nghị Bộ Nội vụ chỉ đạo thực hiện.',
      '2024-03-01',
    );
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toContain('(2) thực hiện việc gửi bản cam kết');
    expect(items[0]!.leadAgencyIds).toEqual([ID.BNV]);
  });

  // corpus bo-cong-thuong-216-2026: "- Về bảo trì …" / "+ Bảo đảm …, cụ thể:" / "(i) …" "(ii) …" / "- Trường hợp …"
  it('reads a "-" bullet after a "(i) (ii)" run nested in the bullets as the next bullet, not more of "(ii)"', () => {
    const { items } = parse(
      [
        'Bộ Công Thương có ý kiến như sau:',
        '1. Bộ Tài chính bố trí kinh phí.',
        '2. Các nội dung cần lưu ý khi triển khai:',
        '- Về bảo trì công trình',
        '+ Bảo đảm an toàn công trình theo quy định, cụ thể:',
        '(i) Tuân thủ các quy định pháp luật về xây dựng.',
        '(ii) Không gây sạt lở bờ hồ.',
        '- Trường hợp có thu hồi khoáng sản thì đề nghị Bộ Nội vụ hướng dẫn chủ đầu tư.',
      ].join('\n'),
      '2024-03-01',
    );
    const last = items.at(-1)!;
    expect(last.text).toMatch(/^Trường hợp có thu hồi khoáng sản/u);
    expect(last.parentOrdinal).toBe('2');
    expect(items.find((i) => i.text.startsWith('Không gây sạt lở'))!.text).toBe('Không gây sạt lở bờ hồ.');
  });

  // "- Sở X:" then "+ …" tasks, as provincial letters nest their bullets (corpus bo-cong-thuong-216-2026: "- Về bảo trì …"
  // then "+ Chịu trách nhiệm …") [style]
  it('nests "+" bullets under the "-" bullet that names a body or a topic, and leads them by that body', () => {
    const { item, ordinals } = parse(
      [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'Ủy ban nhân dân tỉnh có ý kiến như sau:',
        '1. Giao các sở thực hiện các nhiệm vụ sau:',
        '- Sở Nội vụ:',
        '+ Rà soát tổ chức bộ máy.',
        '+ Tham mưu sắp xếp biên chế.',
        '- Về công tác quản lý chợ, trung tâm thương mại',
        '+ Sở Công Thương kiểm tra các chợ.',
        '2. Sở Nội vụ tổng hợp báo cáo.',
      ].join('\n'),
      '2024-03-01',
    );
    expect(ordinals).toEqual(['1', '1a', '1a-1', '1a-2', '1b', '1b-1', '2']);
    expect(item('1a-2')).toMatchObject({ parentOrdinal: '1a', leadAgencyIds: [ID.TQ_SNV] });
    expect(item('1b-1')).toMatchObject({ parentOrdinal: '1b', leadAgencyIds: [ID.TQ_SCT] });
  });

  // A province's long letters number "1.1. Sở X:" under a topic and letter that body's tasks under it [style]
  it('puts "a)", "b)" after "1.1. Sở Nội vụ:" under that dotted item, led by its body', () => {
    const { item, ordinals } = parse(
      [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'Ủy ban nhân dân tỉnh có ý kiến như sau:',
        '1. Về tổ chức bộ máy',
        '1.1. Sở Nội vụ:',
        'a) Rà soát tổ chức bộ máy.',
        'b) Tham mưu sắp xếp biên chế.',
        '1.2. Sở Công Thương:',
        'a) Kiểm tra các chợ.',
      ].join('\n'),
      '2024-03-01',
    );
    expect(ordinals).toEqual(['1', '1.1', '1.1a', '1.1b', '1.2', '1.2a']);
    expect(item('1.1b')).toMatchObject({ parentOrdinal: '1.1', leadAgencyIds: [ID.TQ_SNV] });
    expect(item('1.2a')).toMatchObject({ parentOrdinal: '1.2', leadAgencyIds: [ID.TQ_SCT] });
  });

  it('reads "* …", "● …", "▪ …" lines as bullets, not "*****" under a header', () => {
    const { item, ordinals } = parse(
      [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        '*****',
        'Ủy ban nhân dân tỉnh có ý kiến như sau:',
        '1. Sở Công Thương:',
        '* Kiểm tra các chợ.',
        '* Báo cáo Ủy ban nhân dân tỉnh.',
        '2. Sở Nội vụ:',
        '● Rà soát tổ chức bộ máy.',
        '▪ Tham mưu sắp xếp biên chế.',
      ].join('\n'),
      '2024-03-01',
    );
    expect(ordinals).toEqual(['1', '1a', '1b', '2', '2a', '2b']);
    expect(item('1b')).toMatchObject({ text: 'Báo cáo Ủy ban nhân dân tỉnh.', leadAgencyIds: [ID.TQ_SCT] });
    expect(item('2b').leadAgencyIds).toEqual([ID.TQ_SNV]);
  });

  it('makes a Roman section\'s title the heading of the "a)", "b)" items that follow it directly [style]', () => {
    const { item, ordinals } = parse(
      [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'Ý kiến kết luận như sau:',
        'I. NHIỆM VỤ TRỌNG TÂM',
        '1. Sở Công Thương kiểm tra các chợ.',
        'II. TỔ CHỨC THỰC HIỆN',
        'a) Sở Nội vụ tổng hợp báo cáo.',
        'b) Sở Công Thương phối hợp thực hiện.',
      ].join('\n'),
      '2024-03-01',
    );
    expect(ordinals).toEqual(['1', 'II', 'IIa', 'IIb']);
    expect(item('II').text).toBe('TỔ CHỨC THỰC HIỆN');
    expect(item('IIa')).toMatchObject({ parentOrdinal: 'II', leadAgencyIds: [ID.TQ_SNV] });
  });

  it('reads "A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ" as sections whose items restart their numbers [style]', () => {
    const { item, ordinals } = parse(
      [
        'Ý kiến kết luận như sau:',
        'A. NHIỆM VỤ CHUNG',
        '1. Các bộ, ngành tăng cường kỷ luật.',
        '2. Đẩy mạnh cải cách hành chính.',
        'B. NHIỆM VỤ CỤ THỂ',
        '1. Bộ Nội vụ rà soát tổ chức bộ máy.',
      ].join('\n'),
      '2024-03-01',
    );
    expect(ordinals).toEqual(['1', '2', 'B.1']);
    expect(item('2').text).toBe('Đẩy mạnh cải cách hành chính.');
    expect(item('B.1').leadAgencyIds).toEqual([ID.BNV]);
  });

  it('splits "(i)" "(ii)" and "Thứ nhất, … Thứ hai, …"', () => {
    const roman = parse('kết luận như sau:\n(i) Bộ Tư pháp rà soát văn bản.\n(ii) Bộ Nội vụ tổng hợp.', '2024-03-01');
    expect(roman.ordinals).toEqual(['i', 'ii']);
    expect(roman.item('ii').leadAgencyIds).toEqual([ID.BNV]);
    const words = parse(
      'kết luận như sau: Thứ nhất, Bộ Tư pháp rà soát văn bản. Thứ hai, Bộ Nội vụ tổng hợp báo cáo.',
      '2024-03-01',
    );
    expect(words.ordinals).toEqual(['1', '2']);
    expect(words.item('1').leadAgencyIds).toEqual([ID.BTP]);
    expect(words.item('2').leadAgencyIds).toEqual([ID.BNV]);
  });

  it('reads "I-a", "I-b" as sub-items of section I', () => {
    const { ordinals, item } = parse(
      'kết luận như sau:\nI. Về thể chế:\nI-a. Bộ Tư pháp rà soát văn bản.\nI-b. Bộ Nội vụ tổng hợp báo cáo.',
      '2024-03-01',
    );
    expect(ordinals).toEqual(['I', 'I-a', 'I-b']);
    expect(item('I-b')).toMatchObject({ parentOrdinal: 'I', leadAgencyIds: [ID.BNV] });
  });

  it('makes the "-" tasks under "1. Sở Công Thương" sub-items led by that department', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
kết luận như sau:
1. Sở Công Thương
- Chủ trì rà soát quy hoạch điện.
- Phối hợp với Sở Nội vụ kiện toàn bộ máy.
2. Sở Nội vụ
- Tổng hợp báo cáo.`;
    const { ordinals, item } = parse(text, '2025-08-01');
    expect(ordinals).toEqual(['1', '1a', '1b', '2', '2a']);
    expect(item('1a').leadAgencyIds).toEqual([ID.TQ_SCT]);
    expect(item('1b')).toMatchObject({ leadAgencyIds: [ID.TQ_SCT], coordinatorAgencyIds: [ID.TQ_SNV] });
    expect(item('2a').leadAgencyIds).toEqual([ID.TQ_SNV]);
  });

  it("proposes the heading's unmatched department for each of its tasks", () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
kết luận như sau:
1. Sở Tài chính
- Chủ trì, phối hợp với Sở Nội vụ rà soát kế hoạch vốn, trình UBND tỉnh trước ngày 30/3/2025.`;
    const { item } = parse(text, '2025-03-15');
    expect(item('1a')).toMatchObject({
      leadAgencyIds: [],
      coordinatorAgencyIds: [ID.TQ_SNV],
      unmatchedAgencyNames: ['Sở Tài chính tỉnh Tuyên Quang'],
      deadline: { dueDate: '2025-03-30' },
    });
  });

  it('gives one proposal for a letter whose body is one unnumbered directive', () => {
    const text = `VĂN PHÒNG CHÍNH PHỦ
Số: 4305/VPCP-KTN
Hà Nội, ngày 29 tháng 05 năm 2024
Kính gửi:
- Bộ Xây dựng;
- Bộ Tài chính.
Xét đề nghị của Bộ Tài chính tại công văn số 12/BTC-ĐT, Phó Thủ tướng có ý kiến như sau:
Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính xem xét, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2024.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
Nơi nhận:
- Như trên;
KT. BỘ TRƯỞNG, CHỦ NHIỆM`;
    const { items } = parse(text, '2024-05-29');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ordinal: '1',
      leadAgencyIds: [ID.BXD],
      coordinatorAgencyIds: [ID.BTC],
      deadline: { kind: 'dated', dueDate: '2024-06-30' },
    });
    expect(items[0]!.text.startsWith('Giao Bộ Xây dựng')).toBe(true);
  });
});

describe('letters whose directives are bullets', () => {
  it('makes each "-" task after "… như sau:" an item, and "Giao Bộ X:" with bullets a heading', () => {
    const tasks = parse(
      'Kính gửi: Bộ Tài chính.\nPhó Thủ tướng có ý kiến như sau:\n- Bộ Tài chính chủ trì rà soát kinh phí;\n- Bộ Tư pháp thẩm định dự thảo Nghị định.\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
      '2024-03-01',
    );
    expect(tasks.ordinals).toEqual(['1', '2']);
    expect(tasks.item('2').leadAgencyIds).toEqual([ID.BTP]);
    const heading = parse(
      'Kính gửi: Bộ Tài chính.\nPhó Thủ tướng có ý kiến như sau:\nGiao Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp:\n- Rà soát kinh phí;\n- Báo cáo Thủ tướng Chính phủ trước ngày 30/6/2024.\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.',
      '2024-03-01',
    );
    expect(heading.ordinals).toEqual(['1', '1a', '1b']);
    expect(heading.item('1b')).toMatchObject({ leadAgencyIds: [ID.BTC], deadline: { dueDate: '2024-06-30' } });
  });
});

describe('lists of addressees', () => {
  it('expands "Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, …"', () => {
    const { item } = parse(
      '1. Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Tư pháp khẩn trương có ý kiến.',
      '2025-08-01',
    );
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.BTC, ID.BXD, ID.BNNMT, ID.BTP], groups: [] });
  });

  it('expands "Ủy ban nhân dân các tỉnh, thành phố: A, B, C" instead of the group', () => {
    const { item } = parse(
      '1. Ủy ban nhân dân các tỉnh, thành phố: Hà Nội, Tuyên Quang, Hồ Chí Minh rà soát thủ tục hành chính.',
      '2025-08-01',
    );
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.HANOI, ID.TUYENQUANG, ID.HCM], groups: [] });
  });

  it('reads "Bộ X, Bộ Y, các tỉnh A, B" and a bracketed list "(A, B, …)"', () => {
    const mixed = parse('1. Bộ Tư pháp, Bộ Nội vụ, các tỉnh Tuyên Quang, Hà Giang báo cáo kết quả.', '2024-03-01');
    expect(mixed.item('1').leadAgencyIds).toEqual([ID.BTP, ID.BNV, ID.TUYENQUANG, ID.HAGIANG]);
    const bracketed = parse(
      '1. Giao các bộ, ngành liên quan (Tài chính, Tư pháp, Nội vụ) nghiên cứu, đề xuất cơ chế.',
      '2024-03-01',
    );
    expect(bracketed.item('1')).toMatchObject({ leadAgencyIds: [ID.BTC, ID.BTP, ID.BNV], groups: [] });
  });

  it('proposes state corporations, National Assembly committees and communes as unmatched names', () => {
    const { item } = parse(
      '1. Giao Tập đoàn Điện lực Việt Nam chủ trì, làm việc với Ủy ban Kinh tế của Quốc hội và Ủy ban nhân dân xã Phước Đại.',
      '2024-03-01',
    );
    expect(item('1').unmatchedAgencyNames).toEqual([
      'Tập đoàn Điện lực Việt Nam',
      'Ủy ban Kinh tế',
      'Ủy ban nhân dân xã Phước Đại',
    ]);
  });
});

describe('the subject is not first', () => {
  it('reads "Trên cơ sở …, Bộ Tài chính khẩn trương …"', () => {
    const { item } = parse(
      '1. Trên cơ sở ý kiến của các cơ quan, Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định.',
      '2024-03-01',
    );
    expect(item('1').leadAgencyIds).toEqual([ID.BTC]);
    // …but a narrative sentence after a comma gives no lead
    expect(
      parse('1. Năm 2023, Bộ Nội vụ tổ chức thành công Hội nghị tổng kết.', '2024-03-01').item('1').leadAgencyIds,
    ).toEqual([]);
  });

  it('reads "Giao đồng chí Bộ trưởng Bộ Xây dựng …" and "Chủ tịch Ủy ban nhân dân tỉnh X"', () => {
    const minister = parse('1. Giao đồng chí Bộ trưởng Bộ Xây dựng chỉ đạo rà soát dự án.', '2024-03-01');
    expect(minister.item('1').leadAgencyIds).toEqual([ID.BXD]);
    const chair = parse('1. Yêu cầu Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang chỉ đạo kiểm tra.', '2024-03-01');
    expect(chair.item('1').leadAgencyIds).toEqual([ID.TUYENQUANG]);
    expect(chair.item('1').notes).toContain(
      '"Ủy ban nhân dân tỉnh Tuyên Quang" được giao qua người đứng đầu: đề xuất giao cơ quan.',
    );
  });

  it('reads "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ …" as the ministries', () => {
    const { item } = parse(
      '1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ tập trung chỉ đạo cắt giảm thủ tục.',
      '2024-03-01',
    );
    expect(item('1').groups).toEqual(['ministries']);
  });

  it('carries a section lead-in down to its items, "Tỉnh" alone referring back to it', () => {
    const text = `kết luận như sau:
I. ĐÁNH GIÁ CHUNG
1. Năm 2024, tỉnh đã đạt được nhiều kết quả tích cực.
II. NHIỆM VỤ THỜI GIAN TỚI
Tỉnh Tuyên Quang cần tập trung thực hiện một số nội dung sau:
2. Rà soát, hoàn thiện quy hoạch tỉnh.
3. Tỉnh chủ động làm việc với Bộ Tài chính về nguồn vốn.`;
    const { item } = parse(text, '2025-08-01');
    expect(item('1').leadAgencyIds).toEqual([]);
    expect(item('2').leadAgencyIds).toEqual([ID.TUYENQUANG]);
    expect(item('3')).toMatchObject({ leadAgencyIds: [ID.TUYENQUANG], coordinatorAgencyIds: [ID.BTC] });
  });

  it('reads "Tỉnh" alone as the one province the notice is about', () => {
    const text = `THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Tuyên Quang
Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:
1. Tỉnh cần tập trung rà soát quy hoạch, phối hợp với Bộ Tài chính bố trí vốn.
2. Bộ Tư pháp hướng dẫn tỉnh về thủ tục.`;
    const { item } = parse(text, '2025-08-01');
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.TUYENQUANG], coordinatorAgencyIds: [ID.BTC] });
    expect(item('2').leadAgencyIds).toEqual([ID.BTP]);
  });

  it('carries an upper-case section heading that names a ministry down to "Bộ" alone', () => {
    const text = `kết luận như sau:
I. BỘ TÀI CHÍNH CẦN THỰC HIỆN MỘT SỐ NỘI DUNG SAU:
1. Bộ chủ động rà soát, sửa đổi Nghị định về quản lý nợ công.
2. Trình Chính phủ trong Quý III/2024.`;
    const { item } = parse(text, '2024-03-01');
    expect(item('1').leadAgencyIds).toEqual([ID.BTC]);
    expect(item('2')).toMatchObject({ leadAgencyIds: [ID.BTC], deadline: { dueDate: '2024-09-30' } });
  });
});

describe('not an assignment', () => {
  it('does not take "… giao Bộ X chủ trì …" inside a cited law or decree for a lead', () => {
    const { item } = parse(
      '1. Nghị định số 29/2008/NĐ-CP đã giao Bộ Kế hoạch và Đầu tư chủ trì thẩm định quy hoạch; đề nghị Bộ Tài chính rà soát kinh phí.',
      '2024-03-01',
    );
    expect(item('1').leadAgencyIds).toEqual([ID.BTC]);
  });

  it('proposes no lead or coordinator for an acknowledgement', () => {
    const { item } = parse(
      '1. Ghi nhận, đánh giá cao Bộ Tài chính đã chủ động phối hợp với Bộ Tư pháp hoàn thiện hồ sơ.\n2. Bộ Nội vụ tổng hợp.',
      '2024-03-01',
    );
    expect(item('1')).toMatchObject({ isAssessment: true, leadAgencyIds: [], coordinatorAgencyIds: [] });
  });
});

describe('coordination and monitoring verbs', () => {
  it('reads "làm việc với", "trao đổi, thống nhất với" and "lấy ý kiến" as coordination', () => {
    const { item } = parse(
      '1. Bộ Tài chính chủ trì, làm việc với Bộ Tư pháp.\n2. Bộ Xây dựng trao đổi, thống nhất với Bộ Tài chính về giá.\n3. Bộ Nội vụ hoàn thiện dự thảo, lấy ý kiến Bộ Tư pháp.',
      '2024-03-01',
    );
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.BTC], coordinatorAgencyIds: [ID.BTP] });
    expect(item('2')).toMatchObject({ leadAgencyIds: [ID.BXD], coordinatorAgencyIds: [ID.BTC] });
    expect(item('3')).toMatchObject({ leadAgencyIds: [ID.BNV], coordinatorAgencyIds: [ID.BTP] });
  });

  it('names the monitor of "kiểm tra, giám sát"', () => {
    const { item } = parse(
      '1. Bộ Nội vụ chủ trì triển khai; Văn phòng Chính phủ kiểm tra, giám sát việc thực hiện.',
      '2024-03-01',
    );
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.BNV], monitorAgencyId: ID.VPCP });
  });
});

describe('deadlines', () => {
  const on = { onDate: '2025-03-01' };

  it('does not read "kịp thời" as urgency, nor rates as recurrence', () => {
    expect(parseDeadline('kịp thời báo cáo Thủ tướng Chính phủ', on)).toBeNull();
    expect(parseDeadline('giải ngân mỗi tháng đạt tối thiểu 20% kế hoạch', on)).toBeNull();
    expect(parseDeadline('tăng trưởng bình quân hằng năm 8%', on)).toBeNull();
  });

  it('reads "vào ngày 19 tháng 12 năm 2025", "Tháng 7 năm 2010: …" and bare-year milestones', () => {
    expect(parseDeadline('tổ chức Hội nghị vào ngày 19 tháng 12 năm 2025', on)).toMatchObject({
      kind: 'dated',
      dueDate: '2025-12-19',
    });
    expect(parseDeadline('Tháng 7 năm 2010: hoàn thành dự thảo Đề án', on)).toMatchObject({ dueDate: '2010-07-31' });
    expect(parseDeadline('phấn đấu hoàn thành năm 2026', on)).toMatchObject({ dueDate: '2026-12-31' });
    expect(parseDeadline('Hội nghị đã được tổ chức vào ngày 19 tháng 12 năm 2024', on)).toBeNull();
    expect(parseDeadline('Năm 2026: hoàn thành kết nối dữ liệu', on)).toMatchObject({ dueDate: '2026-12-31' });
    expect(parseDeadline('Nhiệm vụ trọng tâm năm 2026:', on)).toBeNull();
  });

  it('prefers the date tied to the deliverable over a phrase that describes scope', () => {
    expect(
      parseDeadline('tổng kết kết quả thực hiện trong năm 2025, gửi Bộ Tư pháp trước ngày 05/12/2025', on),
    ).toMatchObject({ dueDate: '2025-12-05' });
  });

  it('takes the year of "trước 30/6" from the notice, and reads "trong Quý III/2025"', () => {
    const { item } = parse(
      '1. Bộ Tư pháp rà soát trước 30/6.\n2. Bộ Nội vụ tổng hợp trong Quý III/2025.',
      '2025-08-01',
      '2025-03-01',
    );
    expect(item('1').deadline).toMatchObject({ dueDate: '2025-06-30' });
    expect(item('2').deadline).toMatchObject({ dueDate: '2025-09-30' });
  });

  it("gives a sub-item its own date, and none of its heading's (tests/corpus/README.md)", () => {
    const { item } = parse(
      '1. Bộ Tư pháp (hoàn thành trong năm 2025)\n- Rà soát văn bản, trước ngày 30/6/2025;\n- Tổng hợp báo cáo.',
      '2025-03-01',
    );
    expect(item('1a').deadline).toMatchObject({ dueDate: '2025-06-30' });
    expect(item('1b').deadline).toBeNull();
  });
});

describe('the end of the conclusions', () => {
  it('ends the items at a provincial closing instead of gluing it to the last one', () => {
    const text = `kết luận như sau:
1. Sở Nội vụ tổng hợp báo cáo.
Văn phòng Ủy ban nhân dân tỉnh thông báo và đề nghị các cơ quan, đơn vị liên quan biết, nghiêm túc triển khai thực hiện./.`;
    expect(parse(text, '2025-08-01').item('1').text).toBe('Sở Nội vụ tổng hợp báo cáo.');
    const other = `kết luận như sau:
1. Sở Nội vụ tổng hợp báo cáo.
Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.`;
    expect(parse(other, '2025-08-01').items.map((i) => i.text)).toEqual(['Sở Nội vụ tổng hợp báo cáo.']);
  });
});

describe('provincial notices', () => {
  it("reads a bare department name as that department of the notice's province", () => {
    const text = `ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 12/TB-UBND
kết luận như sau:
1. Sở Nội vụ chủ trì, phối hợp với Sở NN&PTNT và Sở TN&MT rà soát biên chế.
2. Sở Giáo dục và Đào tạo tổng hợp.`;
    const { item } = parse(text, '2024-03-01');
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.TQ_SNV], coordinatorAgencyIds: [ID.TQ_SNN, ID.TQ_STNMT] });
    expect(item('2').unmatchedAgencyNames).toEqual(['Sở Giáo dục và Đào tạo tỉnh Tuyên Quang']);
  });

  it('reads "UBND tỉnh" and "Văn phòng UBND tỉnh" in a provincial notice as its own', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
kết luận như sau:
1. Sở Nội vụ tham mưu UBND tỉnh kiện toàn bộ máy; Sở Công Thương tỉnh theo dõi, đôn đốc.`;
    const { item } = parse(text, '2025-08-01');
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.TQ_SNV], monitorAgencyId: ID.TQ_SCT });
  });

  it('takes the province from a "VĂN PHÒNG UBND TỈNH X" header and reads "Sở GD&ĐT"', () => {
    const text = `VĂN PHÒNG UBND TỈNH TUYÊN QUANG
kết luận như sau:
1. Sở Công Thương chủ trì, phối hợp với Sở GD&ĐT tổ chức hội chợ.`;
    const { item } = parse(text, '2025-08-01');
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.TQ_SCT] });
    expect(item('1').unmatchedAgencyNames).toEqual(['Sở Giáo dục và Đào tạo tỉnh Tuyên Quang']);
  });
});

describe('provincial letters and groups (Lào Cai 2026 letters, tests/corpus)', () => {
  const POLICE = 90;
  const withPolice = [
    ...REGISTRY,
    {
      ...REGISTRY.find((a) => a.id === ID.TQ_SCT)!,
      id: POLICE,
      code: 'TQ-CA',
      name: 'Công an tỉnh Tuyên Quang',
      shortName: null,
      kind: 'other' as const,
    },
  ];
  const head = `ỦY BAN NHÂN DÂN                   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH TUYÊN QUANG                            Độc lập - Tự do - Hạnh phúc

       Số: 2496 /UBND-KT                       Tuyên Quang, ngày 06 tháng 4 năm 2026
`;

  it('takes the province from the left column of a two-column header, and reads "Công an tỉnh" as its own', () => {
    const items = parseConclusionText(
      `${head}Ủy ban nhân dân tỉnh có ý kiến như sau:\n1. Giao Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra việc vận chuyển hàng hóa nguy hiểm.`,
      withPolice,
      { onDate: '2026-04-06' },
    );
    expect(items[0]).toMatchObject({ leadAgencyIds: [ID.TQ_SCT], coordinatorAgencyIds: [POLICE] });
  });

  it('reads "các sở, ban, ngành thuộc tỉnh" and "UBND các xã, phường" as the province\'s groups', () => {
    const { item } = parse(
      `${head}yêu cầu như sau:
1. Các sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ chủ động triển khai thực hiện.
2. Ủy ban nhân dân các xã, phường tổ chức tuyên truyền đến người dân.
3. Các địa phương báo cáo kết quả trước ngày 30/6/2026.`,
      '2026-04-06',
    );
    expect(item('1').groups).toEqual(['departments']);
    expect(item('2').groups).toEqual(['localities']);
    // In a province's notice "các địa phương" are its communes and wards.
    expect(item('3').groups).toEqual(['localities']);
  });

  it('reads the bodies a "… gồm:" list names as the leads of the item and its sub-items, not as sub-items', () => {
    const { ordinals, item } = parse(
      `${head}yêu cầu như sau:
1. Các sở quản lý chuyên ngành về hạ tầng
Giao các sở quản lý chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
- Sở Công Thương (đối với tài sản kết cấu hạ tầng thương mại);
- Sở Nội vụ (đối với tài sản kết cấu hạ tầng công vụ).
Có trách nhiệm:
a) Chủ trì rà soát, thống kê toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.
b) Tổng hợp, báo cáo kết quả.`,
      '2026-07-10',
    );
    expect(ordinals).toEqual(['1', '1a', '1b']);
    expect(item('1').leadAgencyIds).toEqual([ID.TQ_SCT, ID.TQ_SNV]);
    expect(item('1a').leadAgencyIds).toEqual([ID.TQ_SCT, ID.TQ_SNV]);
  });

  it('reads a collective the notice defined by its members ("… gồm: Sở A; Sở B") as those bodies where it is named again', () => {
    const { item } = parse(
      `${head}yêu cầu như sau:
1. Các sở quản lý chuyên ngành
Giao các sở quản lý chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
- Sở Công Thương (đối với hạ tầng thương mại);
- Sở Nội vụ (đối với hạ tầng công vụ).
Có trách nhiệm rà soát tài sản.
2. Sở Tài chính chủ trì, phối hợp với các sở quản lý chuyên ngành về hạ tầng tổng hợp báo cáo.`,
      '2026-07-10',
    );
    expect(item('2').leadAgencyIds).toEqual([]); // Sở Tài chính is not in this registry
    expect(item('2').coordinatorAgencyIds).toEqual([ID.TQ_SCT, ID.TQ_SNV]);
  });

  it('reads the named bodies after "Các sở, ban, ngành thuộc tỉnh," as leads with the group', () => {
    const items = parseConclusionText(
      `${head}yêu cầu như sau:\n1. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh theo chức năng, nhiệm vụ triển khai thực hiện.`,
      withPolice,
      { onDate: '2026-09-15' },
    );
    expect(items[0]).toMatchObject({ leadAgencyIds: [POLICE], groups: ['departments'] });
  });

  it('reads "chậm nhất đến ngày …" as the deadline, "trước 30/6 hằng năm" as yearly, "kế hoạch 5 năm và hằng năm" as none', () => {
    const on = { onDate: '2026-07-21' };
    expect(parseDeadline('bảo đảm hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028 theo yêu cầu', on)).toMatchObject({
      kind: 'dated',
      dueDate: '2028-07-01',
    });
    expect(parseDeadline('Báo cáo kết quả trước ngày 30/6 hằng năm.', on)).toMatchObject({
      kind: 'recurring',
      period: 'yearly',
    });
    expect(parseDeadline('cụ thể hóa thành các kế hoạch 5 năm và hằng năm của ngành', on)).toBeNull();
  });

  it('keeps the body a report is sent to out of the lead ("báo cáo về Bộ X", "gửi Bộ Y")', () => {
    const { item } = parse(
      `kết luận như sau:
1. Kịp thời báo cáo về Bộ Nội vụ những khó khăn, vướng mắc trong quá trình tổ chức thi hành.
2. Bộ Tư pháp rà soát, gửi Bộ Tài chính trước ngày 30/6/2026.`,
      '2026-02-03',
    );
    expect(item('1').leadAgencyIds).toEqual([]);
    expect(item('2').leadAgencyIds).toEqual([ID.BTP]);
  });
});

describe('copies of web pages', () => {
  it('finds names whose words are glued ("yêu cầuBộ Xây dựng", "Bộ Tàichính", "Ủy ban nhândân")', () => {
    const { item } = parse(
      '1. Phó Thủ tướng yêu cầuBộ Xây dựng chủ trì làm việc với Bộ Tàichính, Ủy ban nhândân thành phố Hà Nội đánh giá tình trạng sụt lún.',
      '2024-03-01',
    );
    expect(item('1')).toMatchObject({ leadAgencyIds: [ID.BXD], coordinatorAgencyIds: [ID.BTC, ID.HANOI] });
    // the space is put back before the names are read (unglue.ts)
    expect(item('1').text).toContain(
      'yêu cầu Bộ Xây dựng chủ trì làm việc với Bộ Tài chính, Ủy ban nhân dân thành phố',
    );
  });

  it('does not take who asked ("Xét đề nghị của: Ủy ban nhân dân tỉnh X tại văn bản số …") for the lead', () => {
    const text = `Kính gửi: Bộ Tài chính.
Xét đề nghị của: Ủy ban nhân dân tỉnh Tuyên Quang tại văn bản số 49/TTr-UBND ngày 12 tháng 5 năm 2024, Phó Thủ tướng giao Bộ Tài chính xem xét xử lý theo thẩm quyền.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.`;
    expect(parse(text, '2024-05-20').item('1').leadAgencyIds).toEqual([ID.BTC]);
  });

  it('reads "Về việc này, Thủ tướng Chính phủ Nguyễn Xuân Phúc giao Bộ X …" after a narrative paragraph', () => {
    const text = `Kính gửi: Bộ Nội vụ.
Ngày 13 tháng 4 năm 2024, một số báo chí phản ánh Sở Nội vụ tỉnh Tuyên Quang dùng xe công sai quy định.
Về việc này, Thủ tướng Chính phủ Nguyễn Xuân Phúc yêu cầu Bộ Nội vụ khẩn trương kiểm tra, báo cáo Thủ tướng Chính phủ trước ngày 25 tháng 4 năm 2024.
Văn phòng Chính phủ thông báo để Bộ Nội vụ biết, thực hiện./.`;
    const { items } = parse(text, '2024-04-14');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ leadAgencyIds: [ID.BNV], deadline: { dueDate: '2024-04-25' } });
  });
});

describe('cited documents', () => {
  it('lists every document number the item cites, a shared symbol given to each number', () => {
    const { item } = parse(
      '1. Về ý kiến tại các công văn số 614, 615, 616-CV/VPTW, công vănsố7408/TTr-BKHĐT và Nghị định số 29/2008/NĐ-CP, giao Bộ Tài chính theo dõi ý kiến tại công văn số 379/TTg-KTN ngày 02/3/2010.',
      '2024-03-01',
    );
    expect(item('1').citedDocuments).toEqual([
      '614-CV/VPTW',
      '615-CV/VPTW',
      '616-CV/VPTW',
      '7408/TTr-BKHĐT',
      '29/2008/NĐ-CP',
      '379/TTg-KTN',
    ]);
  });

  it("drops a footnote's mark a PDF's text glues to a number, and keeps a committee's own digits [style]", () => {
    const { item } = parse(
      '1. Theo Luật số 42/2024/QH151 và Nghị định số 105/2025/NĐ-CP2, Thông tư số 47/2024/TT-BGTVT4, Bộ Xây dựng rà soát theo Kế hoạch số 12/KH-BCĐ389.',
      '2026-05-11',
    );
    expect(item('1').citedDocuments).toEqual(['42/2024/QH15', '105/2025/NĐ-CP', '47/2024/TT-BGTVT', '12/KH-BCĐ389']);
  });
});

/**
 * Growth, not speed: a shared machine's timings swing by 2× or more, so each case compares the CPU time of an input
 * with that of one a quarter its size (median of three runs; CPU time, as waiting for a core on a loaded machine
 * made a wall-clock ratio fail: decision 089). Linear work grows about fourfold; a quadratic step (what these guard
 * against: a look-behind or a join rescanning the text) grows about sixteenfold.
 */
async function growth(make: (n: number) => string, n: number, onDate: string): Promise<number> {
  const parse = (text: string) => parseConclusionText(text, REGISTRY, { onDate });
  return (await cpuGrowth(parse, make(Math.max(1, Math.round(n / 4))), make(n))).ratio;
}

describe('growth with the size of the paste', () => {
  it('parses a 100-item notice in about four times a 25-item one', async () => {
    const notice = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${i + 1}. Bộ Tài chính chủ trì, phối hợp với các Bộ: Tư pháp, Nội vụ, Xây dựng và Ủy ban nhân dân các tỉnh, thành phố: Hà Nội, Tuyên Quang rà soát, hoàn thiện thể chế về đầu tư công, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2025; Văn phòng Chính phủ theo dõi, đôn đốc.`,
      ).join('\n');
    expect(parseConclusionText(notice(100), REGISTRY, { onDate: '2025-03-01' })).toHaveLength(100);
    expect(await growth(notice, 100, '2025-03-01')).toBeLessThan(GROWTH_LIMIT);
  }, 120_000);

  it('stays linear on a 150,000-character paste with no numbers (one item)', async () => {
    const sentence =
      'Xét đề nghị của Ủy ban nhân dân tỉnh Tuyên Quang tại văn bản số 1303a/UBND-NNTNMT ngày 07 tháng 5 năm 2024, Phó Thủ tướng giao các Bộ: Tài chính, Tư pháp xem xét xử lý theo thẩm quyền; trường hợp vượt thẩm quyền, báo cáo Thủ tướng Chính phủ. ';
    const paste = (n: number) => sentence.repeat(n);
    const n = Math.ceil(150_000 / sentence.length);
    expect(parseConclusionText(paste(n), REGISTRY, { onDate: '2024-05-20' })).toHaveLength(1);
    expect(await growth(paste, n, '2024-05-20')).toBeLessThan(GROWTH_LIMIT);
  }, 120_000);

  it('stays linear on a long run of digits before "hằng năm" (a look-behind once scanned the whole text)', async () => {
    // Quadratic, 100,000 digits took about 14 s.
    const digits = (n: number) => `1. Bộ Nội vụ báo cáo ${'1'.repeat(n)} hằng năm.`;
    expect(await growth(digits, 100_000, '2024-05-20')).toBeLessThan(GROWTH_LIMIT);
  }, 120_000);
});

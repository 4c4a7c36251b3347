import { describe, expect, it } from 'vitest';
import { asVni, asVnTime, HAS_TCVN_ICONV, tcvn } from '@/tests/legacy-text';
import { fromLegacyVietnamese } from './legacy-vietnamese';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

const LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

const NOTICE = `THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về công tác cải cách hành chính
Sau khi nghe báo cáo của Sở Nội vụ và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:
1. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh đôn đốc các sở, ngành triển khai thực hiện; báo cáo kết quả trước ngày 30 tháng 6 năm 2026.
2. Sở Tư pháp rà soát các thủ tục hành chính, đề xuất cắt giảm, hoàn thành trong quý III năm 2026.`;

describe.skipIf(!HAS_TCVN_ICONV)('a notice typed in TCVN3 (.VnTime), against glibc’s converter', () => {
  it('maps every code as glibc’s TCVN 5712 converter does', () => {
    // Each letter a word: a run of all of them is no Vietnamese word in any reading.
    expect(fromLegacyVietnamese([...LETTERS].map(tcvn).join(' '))).toEqual({
      from: 'tcvn3',
      text: [...LETTERS].join(' '),
    });
  });

  it('reads as the text it was typed as; a title in a capitals font in capitals', () => {
    const read = fromLegacyVietnamese(asVnTime(NOTICE));
    expect(read.from).toBe('tcvn3');
    // "Ủy" began with a letter of a capitals font: read as its lower-case letter, the word is still "ủy".
    expect(read.text).toBe(NOTICE.replaceAll('Ủy', 'ủy'));
  });
});

describe('a notice typed in TCVN3 (.VnTime)', () => {
  it('puts words typed in a capitals font in capitals, and leaves a capital first letter as it is', () => {
    // "ĐỀ NGHỊ Sở Nội vụ …": "NGHỊ" in .VnTimeH (its ị is the lower-case code), "Hà Nội" in .VnTime.
    expect(
      fromLegacyVietnamese('§Ò NGHÞ Së Néi vô b¸o c¸o kÕt qu¶ thùc hiÖn t¹i Hµ Néi tr\u00adíc ngµy 15/7.'),
    ).toEqual({
      from: 'tcvn3',
      text: 'ĐỀ NGHỊ Sở Nội vụ báo cáo kết quả thực hiện tại Hà Nội trước ngày 15/7.',
    });
  });

  it('reads a signature block typed in a capitals font in capitals, and an acronym after a name as it was', () => {
    const read = fromLegacyVietnamese(
      'Sè: 45/TB-VPCP\nKT. Bé TR\u00adëNG, CHñ NHIÖM\nPHã CHñ NHIÖM\nGiao Bé KH&§T chñ tr×, phèi hîp víi Së GD&§T tham m\u00adu.',
    );
    expect(read.text).toBe(
      'Số: 45/TB-VPCP\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nGiao Bộ KH&ĐT chủ trì, phối hợp với Sở GD&ĐT tham mưu.',
    );
  });

  it('begins a sentence with a capital that TCVN3 could only type in a capitals font, and leaves the rest', () => {
    expect(
      fromLegacyVietnamese(
        'ñy ban nh©n d©n tØnh chØ ®¹o. ë c¸c x· khã kh¨n, (nÕu cã) ®Ò nghÞ hç trî.\n2. ñy ban nh©n d©n c¸c huyÖn\na) ë vïng s©u\n®) ®Ò xuÊt',
      ).text,
    ).toBe(
      'Ủy ban nhân dân tỉnh chỉ đạo. Ở các xã khó khăn, (nếu có) đề nghị hỗ trợ.\n2. Ủy ban nhân dân các huyện\na) Ở vùng sâu\nđ) Đề xuất',
    );
  });

  it('reads the longest paste a notice may be, one paragraph of capital words, in linear time', async () => {
    // 200,000 characters in one line: rebuilt word by word, it was copied once per word.
    const line = (n: number) => 'TR\u00adëNG CHñ NHIÖM ®¹O B¸O C¸O '.repeat(7_000).slice(0, n);
    let read = fromLegacyVietnamese('');
    expect(await cpuMs(() => (read = fromLegacyVietnamese(line(200_000))))).toBeLessThan(2_000);
    expect(read.text.startsWith('TRƯỞNG CHỦ NHIỆM ĐẠO BÁO CÁO TRƯỞNG')).toBe(true);
    const { ratio } = await cpuGrowth(fromLegacyVietnamese, line(50_000), line(200_000));
    expect(ratio).toBeLessThan(GROWTH_LIMIT);
  });

  it('converts the TCVN3 paragraphs of a document that mixes them with Unicode ones', () => {
    expect(
      fromLegacyVietnamese(
        'Số: 12/TB-UBND\nGiao Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c së, ngµnh liªn quan tham m\u00adu bè trÝ vèn.',
      ).text,
    ).toBe('Số: 12/TB-UBND\nGiao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu bố trí vốn.');
  });

  it('leaves Unicode alone: Vietnamese, a line of only Latin-1 letters, other languages, signs', () => {
    for (const text of [
      NOTICE,
      `${NOTICE}\nCà Mau\nTM. UBND`,
      'Müller & Söhne GmbH, Köln · Straße · © 2024 · 25°C ± 2 · « Règlement » · ½ · x × y',
      '',
    ])
      expect(fromLegacyVietnamese(text)).toEqual({ text, from: null });
  });
});

describe('a notice typed in VNI (VNI-Times)', () => {
  const ALL = [...`${LETTERS}${LETTERS.toUpperCase()}`].join(' ');

  it('reads what published converters give for VNI', () => {
    // The examples of two public converters (vietnamese-conversion's README, and its tests' sample).
    expect(
      fromLegacyVietnamese('Xin chaøo caùc baïn, Tieáng Vieät raát hay. Ñöôïc, tröôøng, ngöôøi, nöôùc, quyeát ñònh'),
    ).toEqual({
      from: 'vni',
      text: 'Xin chào các bạn, Tiếng Việt rất hay. Được, trường, người, nước, quyết định',
    });
  });

  it('reads every Vietnamese letter, capitals included, as its decomposition types it', () => {
    expect(asVni(ALL)).not.toBe(ALL);
    expect(fromLegacyVietnamese(asVni(ALL))).toEqual({ from: 'vni', text: ALL });
  });

  it('reads a whole notice as it was typed, capitals with marks included', () => {
    expect(fromLegacyVietnamese(asVni(NOTICE))).toEqual({ from: 'vni', text: NOTICE });
  });

  it('is told from TCVN3, whose codes it shares, both ways', () => {
    const tcvn3 =
      'Giao Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c së, ngµnh liªn quan tham m\u00adu bè trÝ vèn, b¸o c¸o kÕt qu¶.';
    expect(fromLegacyVietnamese(tcvn3).from).toBe('tcvn3');
    expect(
      fromLegacyVietnamese(
        asVni('Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu bố trí vốn, báo cáo kết quả.'),
      ),
    ).toEqual({
      from: 'vni',
      text: 'Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu bố trí vốn, báo cáo kết quả.',
    });
  });

  it('leaves Unicode with the same Latin-1 letters alone: Spanish, German, a Vietnamese line without ư, ơ, đ', () => {
    for (const text of [
      'El niño y el año: España, señor Muñoz. Müller & Söhne GmbH, Köln, Düsseldorf, Straße · © 2024',
      'Thông báo\nChào mừng các bạn',
      'Ñandú, añejo, ñoño, pequeño, mañana, cañón, baño, sueño, otoño, leña; Ölbild, Übung, Ära, Öffnung',
    ])
      expect(fromLegacyVietnamese(text)).toEqual({ text, from: null });
  });
});

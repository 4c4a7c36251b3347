import { describe, expect, it } from 'vitest';
import { effectiveDates, findDatedPhrases, parseDeadline } from './deadline-phrases';

// Sources of the wording, cited on each case:
// [467] Thông báo số 467/TB-VPCP ngày 14/10/2024 (kết luận cuộc họp về Đề án thị trường các-bon): quoted.
// [7019] Công văn số 7019/VPCP-TCCV ngày 04/10/2010 (chỉ đạo của Thủ tướng về tổng kết CCHC): quoted.
// [45] Thông báo số 45/TB-VPCP ngày 05/02/2024 (kết luận Phiên họp thứ 7 BCĐ CCHC): wording modelled
//      on the session's public report; see fixtures/notices.ts.
// [style] modelled on the formulas of the notices above, not quoted.

const on = (onDate: string) => ({ onDate });

describe('parseDeadline: dates', () => {
  it('reads "trước ngày 20 tháng 10 năm 2024" [467]', () => {
    const text =
      'hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ xem xét, quyết định trước ngày 20 tháng 10 năm 2024.';
    expect(parseDeadline(text, on('2024-10-14'))).toEqual({
      kind: 'dated',
      dueDate: '2024-10-20',
      phrase: 'trước ngày 20 tháng 10 năm 2024',
    });
  });

  it('reads "trước ngày 01 tháng 12 năm 2010" [7019]', () => {
    const text = 'trình Thủ tướng Chính phủ trước ngày 01 tháng 12 năm 2010.';
    expect(parseDeadline(text, on('2010-10-04'))).toMatchObject({ kind: 'dated', dueDate: '2010-12-01' });
  });

  it.each([
    // [45] "đổi mới cơ chế tự chủ tài chính … trước 31/12/2024"
    ['trước 31/12/2026', '2026-12-31'],
    ['trước ngày 31/12/2026', '2026-12-31'],
    // [style] "trình Chính phủ chậm nhất ngày 15/3/2024"
    ['chậm nhất ngày 15/3/2024', '2024-03-15'],
    ['trước ngày 30-6-2024', '2024-06-30'],
  ])('reads a numeric date "%s" [45][style]', (phrase, dueDate) => {
    expect(parseDeadline(`Bộ Nội vụ hoàn thành, báo cáo ${phrase}.`, on('2024-02-05'))).toEqual({
      kind: 'dated',
      dueDate,
      phrase,
    });
  });

  it.each([
    // [45] "xây dựng kế hoạch tuyên truyền, hoàn thành trong tháng 6/2024"
    ['hoàn thành trong tháng 6/2024', 'trong tháng 6/2024', '2024-06-30'],
    ['trong tháng 6 năm 2024', 'trong tháng 6 năm 2024', '2024-06-30'],
    ['trong tháng 02/2024', 'trong tháng 02/2024', '2024-02-29'], // leap year
    // [45] "báo cáo Thủ tướng Chính phủ trong quý III/2024"; [style] quý II, Quý 2
    ['báo cáo trong quý II năm 2024', 'trong quý II năm 2024', '2024-06-30'],
    ['báo cáo trong Quý 2/2024', 'trong Quý 2/2024', '2024-06-30'],
    ['hoàn thành quý III/2024', 'quý III/2024', '2024-09-30'],
    ['hoàn thành trong quý IV năm 2024', 'trong quý IV năm 2024', '2024-12-31'],
    // [45] "cắt giảm, đơn giản hóa thủ tục hành chính, giấy tờ công dân, hoàn thành trong năm 2024"
    ['hoàn thành trong năm 2024', 'trong năm 2024', '2024-12-31'],
    // [style] a half of a year
    ['hoàn thành trong 6 tháng đầu năm 2025', 'trong 6 tháng đầu năm 2025', '2025-06-30'],
    ['tổng kết 6 tháng cuối năm 2025', '6 tháng cuối năm 2025', '2025-12-31'],
    ['hoàn thành trong nửa đầu năm 2025', 'trong nửa đầu năm 2025', '2025-06-30'],
    // [style] the notice's own year
    ['hoàn thành trong năm nay', 'trong năm nay', '2024-12-31'],
  ])('takes the last day of a period: "%s" [45][style]', (text, phrase, dueDate) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'dated', dueDate, phrase });
  });

  it('gives a date without a year the next such day on or after the notice date [style]', () => {
    const text = 'Bộ Tư pháp trình Chính phủ trước ngày 15 tháng 3.';
    expect(parseDeadline(text, on('2024-02-05'))).toMatchObject({ dueDate: '2024-03-15' });
    expect(parseDeadline(text, on('2024-03-15'))).toMatchObject({ dueDate: '2024-03-15' });
    expect(parseDeadline(text, on('2024-10-14'))).toMatchObject({ dueDate: '2025-03-15' });
    expect(parseDeadline('hoàn thành trong tháng 6', on('2024-07-01'))).toMatchObject({ dueDate: '2025-06-30' });
  });

  it('lets an explicit date win over "khẩn trương" in the same item [467]', () => {
    const text =
      'chủ trì, phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp để khẩn trương tiếp thu đầy đủ các ý kiến xác đáng, hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ xem xét, quyết định trước ngày 20 tháng 10 năm 2024.';
    expect(parseDeadline(text, on('2024-10-14'))).toMatchObject({ kind: 'dated', dueDate: '2024-10-20' });
  });

  it('reads any case, with or without accents, and reports the phrase as written [467]', () => {
    expect(parseDeadline('TRƯỚC NGÀY 20 THÁNG 10 NĂM 2024', on('2024-10-14'))).toEqual({
      kind: 'dated',
      dueDate: '2024-10-20',
      phrase: 'TRƯỚC NGÀY 20 THÁNG 10 NĂM 2024',
    });
    expect(parseDeadline('quyet dinh truoc ngay 20 thang 10 nam 2024', on('2024-10-14'))).toMatchObject({
      phrase: 'truoc ngay 20 thang 10 nam 2024',
    });
    const decomposed = 'trình trước ngày 20/10/2024.'.normalize('NFD');
    expect(parseDeadline(decomposed, on('2024-10-14'))).toMatchObject({
      dueDate: '2024-10-20',
      phrase: 'trước ngày 20/10/2024'.normalize('NFD'),
    });
  });

  it('gives null for a date that does not exist [style]', () => {
    expect(parseDeadline('báo cáo trước ngày 31/02/2024', on('2024-01-10'))).toBeNull();
    expect(parseDeadline('báo cáo trước ngày 29/02/2023', on('2023-01-10'))).toBeNull();
    expect(parseDeadline('hoàn thành trong tháng 13/2024', on('2024-01-10'))).toBeNull();
    expect(findDatedPhrases('báo cáo trước ngày 31/02/2024', on('2024-01-10'))).toEqual([
      { index: 8, phrase: 'trước ngày 31/02/2024', dueDate: null, period: false },
    ]);
  });

  it('reads a day set with its hour ("trước 17 giờ ngày 23 tháng 9 năm 2025", "chậm nhất 12h00 ngày …") [style]', () => {
    const text =
      'kiên quyết sơ tán dân ở khu vực nguy hiểm trước 17 giờ ngày 23 tháng 9 năm 2025; chỉ đạo triển khai ngay.';
    expect(parseDeadline(text, on('2025-09-22'))).toEqual({
      kind: 'dated',
      dueDate: '2025-09-23',
      phrase: 'trước 17 giờ ngày 23 tháng 9 năm 2025',
    });
    expect(parseDeadline('gửi báo cáo chậm nhất 12h00 ngày 05/10/2025', on('2025-10-01'))).toMatchObject({
      dueDate: '2025-10-05',
    });
    expect(parseDeadline('báo cáo trước 9 giờ 30, ngày 10/11', on('2025-11-01'))).toMatchObject({
      dueDate: '2025-11-10',
    });
    // an hour alone sets no day
    expect(parseDeadline('họp lúc 17 giờ ngày 23/9/2025', on('2025-09-01'))).toBeNull();
  });

  it("does not take a meeting's or a document's date for a deadline [467]", () => {
    const cited =
      'tại các Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP ngày 16 tháng 7 năm 2024 và cuộc họp ngày 22 tháng 8 năm 2024';
    expect(parseDeadline(cited, on('2024-10-14'))).toBeNull();
    expect(parseDeadline('Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022', on('2024-10-14'))).toBeNull();
    expect(parseDeadline('kết quả quý I của các bộ', on('2024-10-14'))).toBeNull();
  });
});

describe('parseDeadline: urgent and recurring words', () => {
  it.each([
    // [467] "Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính"
    ['Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính', 'khẩn trương'],
    // [45] "Các thành viên Ban Chỉ đạo triển khai thực hiện ngay các nhiệm vụ"
    ['Các thành viên Ban Chỉ đạo triển khai thực hiện ngay các nhiệm vụ, giải pháp', 'ngay'],
    ['cac thanh vien Ban Chi dao trien khai thuc hien ngay cac nhiem vu', 'ngay'],
    // [style] "sớm hoàn thành" (issue 19: "kịp thời", in good time, is not urgency; see the real-notices tests)
    ['sớm hoàn thành việc sắp xếp', 'sớm'],
  ])('reads "%s" as urgent [467][45][style]', (text, phrase) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'urgent', phrase });
  });

  it('does not read an urgency told in the past, nor "ngay từ" (from the very start), as urgent [style]', () => {
    expect(parseDeadline('Các Bộ đã khẩn trương triển khai; đề nghị tiếp tục hoàn thiện', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('Thời gian qua, các Bộ đã sớm ban hành kế hoạch', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('cac Bo trien khai ngay tu dau nam 2024', on('2024-02-05'))).toBeNull();
    // session 35: "ngay" of place or stress ("right at", "even") is not "at once"
    expect(parseDeadline('xử lý các phương tiện chở quá số người ngay tại bến', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('kiểm tra ngay trên địa bàn, ngay cả khi không có phản ánh', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('triển khai ngay các biện pháp', on('2024-02-05'))).toEqual({
      kind: 'urgent',
      phrase: 'ngay',
    });
    expect(parseDeadline('Bộ Nội vụ đã triển khai; Bộ Tư pháp khẩn trương thẩm định', on('2024-02-05'))).toEqual({
      kind: 'urgent',
      phrase: 'khẩn trương',
    });
  });

  it('reads "không muộn hơn ngày …" as a deadline and "trước ngày 20 của tháng cuối quý" as quarterly [style]', () => {
    expect(parseDeadline('trình Chính phủ không muộn hơn ngày 15/10/2024', on('2024-02-05'))).toEqual({
      kind: 'dated',
      dueDate: '2024-10-15',
      phrase: 'không muộn hơn ngày 15/10/2024',
    });
    expect(parseDeadline('gửi báo cáo trước ngày 20 của tháng cuối quý', on('2024-02-05'))).toEqual({
      kind: 'recurring',
      period: 'quarterly',
      phrase: 'tháng cuối quý',
    });
  });

  it('does not read "ngày" (day) as "ngay" (at once) [467]', () => {
    expect(parseDeadline('Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ', on('2024-10-14'))).toBeNull();
    expect(parseDeadline('hop ngay 22 thang 8', on('2024-10-14'))).toBeNull();
  });

  it.each([
    // [45] "báo cáo kết quả định kỳ hằng quý"
    ['báo cáo kết quả định kỳ hằng quý', 'quarterly', 'định kỳ hằng quý'],
    ['báo cáo hàng quý', 'quarterly', 'hàng quý'],
    // [style] "báo cáo hằng tháng", "tổng hợp hằng năm"
    ['báo cáo hằng tháng', 'monthly', 'hằng tháng'],
    ['báo cáo hàng tháng', 'monthly', 'hàng tháng'],
    ['tổng hợp, báo cáo hằng năm', 'yearly', 'hằng năm'],
    ['tổng hợp, báo cáo hàng năm', 'yearly', 'hàng năm'],
    // [style] "thường xuyên cập nhật"; a named period wins over "thường xuyên" and "khẩn trương"
    ['thường xuyên cập nhật kết quả thực hiện', 'yearly', 'thường xuyên'],
    ['khẩn trương triển khai, thường xuyên theo dõi, báo cáo hằng quý', 'quarterly', 'hằng quý'],
  ])('reads "%s" as recurring [45][style]', (text, period, phrase) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'recurring', period, phrase });
  });

  it.each([
    // [style] a report named by its period; the half-year report comes once a year
    ['Báo cáo 6 tháng: các cơ quan gửi Sở Tài chính trước ngày 05/7', 'Báo cáo 6 tháng'],
    ['Bộ Nội vụ báo cáo 6 tháng/năm về tình hình thực hiện', 'báo cáo 6 tháng/năm'],
    ['Báo cáo năm: các cơ quan gửi Sở Tài chính trước ngày 15/12', 'Báo cáo năm'],
    ['tổng hợp, báo cáo định kỳ 6 tháng', 'báo cáo định kỳ 6 tháng'],
  ])('reads "%s" as yearly [style]', (text, phrase) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'recurring', period: 'yearly', phrase });
  });

  it('keeps "báo cáo 6 tháng đầu năm 2024", "báo cáo năm 2024" and a dated year over a report\'s period [style]', () => {
    expect(parseDeadline('báo cáo kết quả 6 tháng đầu năm 2024', on('2024-02-05'))).toMatchObject({ kind: 'dated' });
    expect(parseDeadline('Bộ Nội vụ hoàn thiện báo cáo năm 2024', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('Báo cáo năm: gửi trước ngày 15/12/2024', on('2024-02-05'))).toMatchObject({
      kind: 'dated',
      dueDate: '2024-12-15',
    });
  });

  it('does not read "hàng quy định" (goods regulations) as quarterly [style]', () => {
    expect(parseDeadline('kiểm tra mặt hàng quy định tại Phụ lục', on('2024-02-05'))).toBeNull();
  });

  it('gives null when nothing sets a deadline, and never throws [45]', () => {
    expect(parseDeadline('Cải cách tổ chức bộ máy hành chính nhà nước tinh gọn.', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('trước ngày 15 tháng 3', on('not a date'))).toBeNull();
  });

  it.each([
    // [style] "before October" is by the end of September; January's month before is last December
    ['hoàn thành xong trước tháng 10/2024', 'trước tháng 10/2024', '2024-09-30'],
    ['hoàn thành trước tháng 01/2025', 'trước tháng 01/2025', '2024-12-31'],
    // [style] by the Government's regular meeting of a month
    [
      'trình Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 8 năm 2024',
      'Phiên họp Chính phủ thường kỳ tháng 8 năm 2024',
      '2024-08-31',
    ],
    // [style] counted from the notice's date (05/02/2024, a Monday): 15 days; 5 working days skip the weekend
    [
      'hoàn thành trong thời hạn 15 ngày kể từ ngày ký Thông báo này',
      'trong thời hạn 15 ngày kể từ ngày ký Thông báo này',
      '2024-02-20',
    ],
    [
      'báo cáo trong vòng 5 ngày làm việc kể từ ngày ban hành văn bản này',
      'trong vòng 5 ngày làm việc kể từ ngày ban hành văn bản này',
      '2024-02-12',
    ],
  ])('reads "%s"', (text, phrase, dueDate) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'dated', dueDate, phrase });
  });

  it('counts a span from the day a document takes effect when the notice states that day ("kể từ ngày Nghị định … có hiệu lực") [style]', () => {
    const notice = `Ngày 20/5/2025, Chính phủ ban hành Nghị định số 95/2025/NĐ-CP quy định về quản lý kho số, có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.
1. Trong thời hạn 03 tháng, kể từ ngày Nghị định số 95/2025/NĐ-CP có hiệu lực thi hành, các bộ rà soát danh mục.
2. Các địa phương hoàn thành kiểm kê trong thời hạn 01 năm kể từ ngày Nghị định số 95/2025/NĐ-CP có hiệu lực.
3. Trong thời hạn 30 ngày kể từ ngày quy định mới có hiệu lực, các bộ báo cáo.`;
    const dates = effectiveDates(notice);
    expect(dates).toEqual(new Map([['95/2025/nd-cp', '2025-07-01']]));
    const [first, second, third] = notice.split('\n').slice(1);
    const read = (text: string) => parseDeadline(text, { onDate: '2025-06-02', effectiveDates: dates });
    expect(read(first!)).toMatchObject({ kind: 'dated', dueDate: '2025-10-01' });
    expect(read(second!)).toMatchObject({ kind: 'dated', dueDate: '2026-07-01' });
    // a day the notice does not state gives no date
    expect(read(third!)).toBeNull();
    // nor does a document whose day is not stated
    expect(parseDeadline(first!, on('2025-06-02'))).toBeNull();
  });

  it('gives work that prepares a visit or an event its first day, not in a purpose clause; a glued "từngày" span is no deadline [style]', () => {
    expect(
      parseDeadline(
        'Giao Bộ Công Thương chuẩn bị nội dung các thỏa thuận để ký trong chuyến thăm chính thức của Tổng thống Pháp từ ngày 10 đến ngày 12 tháng 9 năm 2024.',
        on('2024-08-20'),
      ),
    ).toEqual({ kind: 'dated', dueDate: '2024-09-10', phrase: 'từ ngày 10 đến ngày 12 tháng 9 năm 2024' });
    expect(
      parseDeadline(
        'Bộ Ngoại giao chuẩn bị tài liệu cho Hội nghị diễn ra từ ngày 28/10 đến ngày 01/11/2024.',
        on('2024-08-20'),
      ),
    ).toMatchObject({ kind: 'dated', dueDate: '2024-10-28' });
    // the dates of the occasion in a purpose clause: the work told is urgent, not due on either day
    for (const span of ['từ ngày 10 đến ngày 12 tháng 9 năm 2024', 'từngày 10 đến ngày 12 tháng 9 năm 2024'])
      expect(
        parseDeadline(
          `Để chuẩn bị chuyến thăm của Thủ tướng dự kiến ${span}, đề nghị Bộ Tư pháp khẩn trương thẩm định các hiệp định.`,
          on('2024-08-20'),
        ),
      ).toMatchObject({ kind: 'urgent' });
    // a visit not prepared by the work sets no date
    expect(
      parseDeadline('Bộ Tài chính tiếp đoàn công tác từ ngày 10 đến ngày 12 tháng 9 năm 2024.', on('2024-08-20')),
    ).toBeNull();
  });

  it.each([
    // [style] a deadline set out as a label, as task tables and provincial notices write it
    ['trình Chính phủ xem xét, thời hạn: 30/11/2024', 'thời hạn: 30/11/2024', '2024-11-30'],
    ['Thời hạn hoàn thành: tháng 12/2024.', 'Thời hạn hoàn thành: tháng 12/2024', '2024-12-31'],
    ['thời gian hoàn thành: Quý IV.', 'thời gian hoàn thành: Quý IV', '2024-12-31'],
    ['Thời gian thực hiện: năm 2025.', 'Thời gian thực hiện: năm 2025', '2025-12-31'],
    ['Bộ Nội vụ hoàn thành tháng 9/2024.', 'hoàn thành tháng 9/2024', '2024-09-30'],
    ['hoàn thành vào tháng 10 năm 2024', 'hoàn thành vào tháng 10 năm 2024', '2024-10-31'],
  ])('reads the labelled deadline "%s" [style]', (text, phrase, dueDate) => {
    expect(parseDeadline(text, on('2024-02-05'))).toEqual({ kind: 'dated', dueDate, phrase });
  });

  it("reads a period already over at the notice's date as the scope of what is told, when asked to [style]", () => {
    const text = 'Bộ Nội vụ báo cáo kết quả thực hiện trong quý I/2024, hoàn thành trong tháng 6/2024';
    const notice = { onDate: '2024-05-10', periodsEndAfter: '2024-05-10' };
    expect(parseDeadline(text, notice)).toMatchObject({ dueDate: '2024-06-30', phrase: 'trong tháng 6/2024' });
    expect(parseDeadline('tình hình thực hiện trong năm 2023', notice)).toBeNull();
    // a backlog cell's overdue "Quý I/2024" stays its deadline
    expect(parseDeadline('trong Quý I/2024', on('2024-05-10'))).toMatchObject({ dueDate: '2024-03-31' });
  });

  it('does not read "Thời gian: …" (a meeting\'s time) or a past day said with "vào" as a deadline [style]', () => {
    expect(parseDeadline('Thời gian: 14 giờ ngày 20/10/2024', on('2024-02-05'))).toBeNull();
    expect(parseDeadline('tại cuộc họp vào ngày 10/01/2024, Bộ Tài chính báo cáo', on('2024-02-05'))).toBeNull();
    // a day to come said with "vào" stays one
    expect(parseDeadline('tổ chức Hội nghị vào ngày 15/10/2024', on('2024-02-05'))).toMatchObject({
      dueDate: '2024-10-15',
    });
  });

  it('reads "đến (hết) ngày …" and "đến hết năm/tháng …" ahead of the notice as deadlines, not "tính đến ngày" nor a span [style]', () => {
    const notice = on('2025-09-09');
    expect(
      parseDeadline('phấn đấu đến ngày 31/12/2025 giải ngân đạt 100% kế hoạch vốn được giao', notice),
    ).toMatchObject({ dueDate: '2025-12-31', phrase: 'đến ngày 31/12/2025' });
    expect(parseDeadline('Đến hết năm 2025, Bộ Công an hoàn thành việc làm sạch dữ liệu', notice)).toMatchObject({
      dueDate: '2025-12-31',
    });
    expect(parseDeadline('Từ nay đến hết tháng 11/2025, các bộ tập trung rà soát', notice)).toMatchObject({
      dueDate: '2025-11-30',
    });
    expect(parseDeadline('Tính đến ngày 31/8/2025, tỷ lệ giải ngân đạt 45,2% kế hoạch', notice)).toBeNull();
    expect(parseDeadline('tính đến ngày 30/9/2025 số liệu được tổng hợp', notice)).toBeNull();
    expect(parseDeadline('tổ chức đợt cao điểm từ ngày 15/9/2025 đến ngày 15/10/2025', notice)).toBeNull();
    expect(parseDeadline('kết quả từ đầu năm đến hết tháng 8/2025', notice)).toBeNull();
    expect(parseDeadline('Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025.', on('2021-06-01'))).toBeNull();
    // how long something lasts gives way to when the work is due
    expect(
      parseDeadline(
        'đề xuất việc miễn phí thị thực đối với khách du lịch đến hết năm 2020, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
        on('2020-03-04'),
      ),
    ).toMatchObject({ dueDate: '2020-03-31' });
  });
});

// A Party committee's weekly directions (corpus tinh-khanh-hoa-tu-giao-ban-2018): "… để chủ động trước dự báo tình hình
// khô, hạn trong năm 2019"; the cases are variants [style].
describe('parseDeadline: a year inside a clause of purpose or forecast (session 23b) [style]', () => {
  it.each([
    'Lưu ý tiết kiệm nước, tích nước các hồ chứa để chủ động trước dự báo tình hình khô, hạn trong năm 2020.',
    'Rà soát các phương án tưới nhằm ứng phó với tình hình hạn hán, xâm nhập mặn trong năm 2020.',
    'Chuẩn bị đủ giống cây trồng phục vụ sản xuất vụ Đông Xuân trong năm 2020.',
  ])('reads no deadline in "%s"', (text) => {
    expect(parseDeadline(text, on('2019-11-09'))).toBeNull();
  });

  it('still reads "hoàn thành trong năm 2020" and "báo cáo … trước ngày 20 hằng tháng" (guards)', () => {
    expect(
      parseDeadline('Xây dựng phương án phòng, chống hạn để hoàn thành trong năm 2020.', on('2019-11-09')),
    ).toMatchObject({ kind: 'dated', dueDate: '2020-12-31' });
    expect(parseDeadline('Triển khai kế hoạch tích nước trong năm 2020.', on('2019-11-09'))).toMatchObject({
      kind: 'dated',
      dueDate: '2020-12-31',
    });
    expect(
      parseDeadline(
        'tổng hợp kết quả kiểm tra báo cáo Uỷ ban nhân dân tỉnh trước ngày 20 hằng tháng để xem xét.',
        on('2013-10-25'),
      ),
    ).toMatchObject({ kind: 'recurring', period: 'monthly' });
  });
});

describe('parseDeadline: a deadline typed with last year (session 17-1) [style]', () => {
  it('reads "trước ngày 20/12/2024" in a letter of 10/12/2025 as 20/12/2025, and says the year was corrected', () => {
    expect(
      parseDeadline('Sở Nội vụ rà soát, báo cáo UBND tỉnh trước ngày 20/12/2024.', on('2025-12-10')),
    ).toMatchObject({
      kind: 'dated',
      dueDate: '2025-12-20',
    });
    expect(findDatedPhrases('Sở Nội vụ hoàn thành trước ngày 05/01/2025.', on('2025-12-29'))[0]).toMatchObject({
      dueDate: '2026-01-05',
      writtenDate: '2025-01-05',
    });
  });
  it('keeps a past deadline told as past, one far from the letter, and one two years back as written', () => {
    // told in the past: the deadline the earlier letter set
    expect(
      parseDeadline('Sở Nội vụ đã được giao hoàn thành trước ngày 20/12/2024 nhưng chưa thực hiện.', on('2025-12-10')),
    ).toMatchObject({ dueDate: '2024-12-20' });
    // a year back and months away: an old deadline the letter recalls, not a slip of the year
    expect(parseDeadline('Sở Nội vụ hoàn thành trước ngày 30/6/2024.', on('2025-03-10'))).toMatchObject({
      dueDate: '2024-06-30',
    });
    expect(parseDeadline('Sở Nội vụ hoàn thành trước ngày 20/12/2023.', on('2025-12-10'))).toMatchObject({
      dueDate: '2023-12-20',
    });
  });
});

describe('parseDeadline: a month typed with last year [style]', () => {
  it('reads "trong tháng 3 năm 2019" in a letter of 04/03/2020 as March 2020, with the written date kept', () => {
    const notice = { onDate: '2020-03-04', periodsEndAfter: '2020-03-04' };
    expect(
      parseDeadline('Bộ Tài chính đề xuất chính sách, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2019.', notice),
    ).toMatchObject({ kind: 'dated', dueDate: '2020-03-31' });
    expect(findDatedPhrases('báo cáo trong tháng 3/2019.', notice)[0]).toMatchObject({
      dueDate: '2020-03-31',
      writtenDate: '2019-03-31',
    });
    // months away, or told in the past: the period as written, over before the letter
    expect(parseDeadline('Bộ Tài chính báo cáo trong tháng 9 năm 2019.', notice)).toBeNull();
    expect(parseDeadline('Bộ Tài chính đã báo cáo trong tháng 3 năm 2019.', notice)).toBeNull();
  });
});

describe('parseDeadline: a named day before its date (session 17-2) [style]', () => {
  it.each([
    ['triển khai ngay, hoàn thành trước ngày Quốc khánh 02/9/2025.', '2025-08-20', '2025-09-02'],
    ['bàn giao mặt bằng trước ngày khai giảng năm học 05/9/2024.', '2024-06-01', '2024-09-05'],
    ['báo cáo Thủ tướng Chính phủ chậm nhất ngày Giải phóng miền Nam 30 tháng 4 năm 2026.', '2026-01-10', '2026-04-30'],
  ])('reads the date after the day\'s name in "%s"', (text, onDate, dueDate) => {
    expect(parseDeadline(text, on(onDate))).toMatchObject({ kind: 'dated', dueDate });
  });

  it('does not read a document\'s number after "trước ngày … số" as a date', () => {
    expect(
      parseDeadline('rà soát các hợp đồng ký trước ngày Nghị định số 15/2020/NĐ-CP có hiệu lực.', on('2024-01-10')),
    ).toBeNull();
  });
});

describe('parseDeadline: "hằng năm" naming a kind of thing, not a recurrence (session 18-a)', () => {
  it.each([
    // [328/VPCP-KGVX 2009] quoted: "đưa vào khuôn khổ hợp tác ODA hàng năm"
    'Các nội dung trên phải được cụ thể hóa trong các chương trình, dự án, đưa vào khuôn khổ hợp tác ODA hàng năm.',
    // [style] "kết quả thực hiện nhiệm vụ hằng năm", "trước mùa mưa hàng năm"
    'đưa chỉ tiêu bảo vệ môi trường vào chỉ tiêu đánh giá kết quả thực hiện nhiệm vụ hằng năm.',
    'Việc nạo vét lòng hồ trước mùa mưa hàng năm thực hiện theo quy định tại Điều 42 Nghị định.',
  ])('reads no period in "%s"', (text) => {
    expect(parseDeadline(text, on('2024-06-20'))).toBeNull();
  });

  it.each([
    ['Kinh phí hoạt động của Tổ do Bộ Tài chính cấp hàng năm.', 'hàng năm'],
    ['Bộ Y tế tổng hợp, báo cáo Thủ tướng Chính phủ hằng năm.', 'hằng năm'],
  ])('still reads a yearly task in "%s"', (text, phrase) => {
    expect(parseDeadline(text, on('2024-06-20'))).toMatchObject({ kind: 'recurring', period: 'yearly', phrase });
  });
});

describe('session 30: the month a submission is made in', () => {
  // [3161] Công văn số 3161/VPCP-XDPL ngày 11/6/2007 (corpus: vpcp-3161-2007), its web copy's "vàotháng" kept: quoted.
  it.each([
    ['tiếp tục hoàn chỉnh Dự án Luật trình Chính phủ vàotháng 10/2007.', '2007-06-11', '2007-10-31'],
    ['báo cáo Thủ tướng Chính phủ vào tháng 6 năm 2025.', '2025-03-01', '2025-06-30'],
  ])('"%s" is due at the end of that month', (text, onDate, dueDate) => {
    expect(parseDeadline(text, on(onDate))).toMatchObject({ kind: 'dated', dueDate });
  });
  // Decision 072 (session 33): an event a body is told to organise in a month of a written year is due by that month's
  // end ([7447] Công văn số 7447/VPCP-KGVX, corpus: vpcp-7447-2013); session 30 had read it as when only.
  it('"tổ chức Hội nghị vào tháng 10/2007" is due at the end of that month; without a year it says when only', () => {
    expect(parseDeadline('tổ chức Hội nghị sơ kết vào tháng 10/2007.', on('2007-06-11'))).toMatchObject({
      kind: 'dated',
      dueDate: '2007-10-31',
    });
    expect(parseDeadline('tổ chức Hội nghị sơ kết vào tháng 10.', on('2007-06-11'))).toBeNull();
  });
});

describe('session 30: a deadline moved "tới ngày"', () => {
  // [1050] Công văn số 1050/VPCP-CN ngày 20/02/2008 (corpus: vpcp-1050-2008): quoted.
  it('"lùi thời hạn … tới ngày 31 tháng 3 năm 2008" is due that day', () => {
    expect(
      parseDeadline(
        'Cho phép lùi thời hạn công bố các tiêu chuẩn, quy chuẩn kỹ thuật về công nghệ thông tin tới ngày 31 tháng 3 năm 2008 để Bộ Thông tin và Truyền thông hoàn thiện Dự thảo.',
        on('2008-02-20'),
      ),
    ).toMatchObject({ kind: 'dated', dueDate: '2008-03-31', phrase: 'tới ngày 31 tháng 3 năm 2008' });
  });
  // [388] Công văn số 388/UBND-KGVX ngày 16/4/2020 of An Giang (corpus: tinh-an-giang-388-2020): quoted in part.
  it('"tối ngày 15/4" (the evening of), which folds the same, is no deadline', () => {
    expect(
      parseDeadline(
        'tại cuộc họp Thường trực Chính phủ vào chiều ngày 15/4/2020. Tối ngày 15/4, Chủ tịch UBND tỉnh yêu cầu các Sở thực hiện.',
        on('2020-04-16'),
      ),
    ).toBeNull();
  });
});

// A province's direction on digital transformation (corpus tinh-lang-son-2881-2025): "rà soát lại các nhiệm vụ … có thời
// hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh …"; the cases are variants [style].
describe('parseDeadline: "có thời hạn …" gives a period to the things named before it (session 31) [style]', () => {
  it.each([
    'Rà soát lại các nhiệm vụ UBND tỉnh đã giao tại các Kế hoạch có thời hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh về tiến độ.',
    'Tổng hợp các dự án có thời hạn trong quý IV năm 2025, đề xuất giải pháp.',
    'Đôn đốc các nhiệm vụ có hạn hoàn thành trong tháng 12 năm 2025.',
  ])('reads no deadline in "%s"', (text) => {
    expect(parseDeadline(text, on('2025-05-07'))).toBeNull();
  });

  it('still reads "hoàn thành trong năm 2025" and "thời hạn hoàn thành trong quý IV" said of the work (guards)', () => {
    expect(parseDeadline('Rà soát các nhiệm vụ, hoàn thành trong năm 2025.', on('2025-05-07'))).toMatchObject({
      kind: 'dated',
      dueDate: '2025-12-31',
    });
    expect(parseDeadline('Thời hạn hoàn thành trong quý IV năm 2025.', on('2025-05-07'))).toMatchObject({
      kind: 'dated',
      dueDate: '2025-12-31',
    });
  });
});

// A province's press report of its letter on administrative reform (corpus tinh-lam-dong-cchc-2018): "phấn đấu nâng cao
// chỉ số cải cách hành chính của tỉnh trong năm 2018 và những năm tiếp theo"; the other cases are variants [style].
describe('parseDeadline: a period that runs on into the years after it is no deadline (session 32) [style]', () => {
  it.each([
    'Chủ động tham mưu, phấn đấu nâng cao chỉ số cải cách hành chính của tỉnh trong năm 2018 và những năm tiếp theo.',
    'Tiếp tục triển khai các nhiệm vụ trong năm 2025 và các năm sau.',
    'Tiếp tục thực hiện trong năm 2019, cũng như các năm tiếp theo.',
  ])('reads no deadline in "%s"', (text) => {
    expect(parseDeadline(text, on('2018-01-12'))).toBeNull();
  });

  it('still reads "trong năm 2018" that ends there, and a day before "các năm tiếp theo" (guards)', () => {
    expect(parseDeadline('Hoàn thành việc rà soát trong năm 2018.', on('2018-01-12'))).toMatchObject({
      kind: 'dated',
      dueDate: '2018-12-31',
    });
    expect(
      parseDeadline('Báo cáo kết quả trước ngày 30/6/2018 và những năm tiếp theo.', on('2018-01-12')),
    ).toMatchObject({ kind: 'dated', dueDate: '2018-06-30' });
  });
});

// [927] Công văn số 927/TTg-KTTH ngày 23/6/2008 (Thủ tướng Chính phủ; corpus vpcp-ttg-927-2008), item 2: quoted.
describe('parseDeadline: the years of a plan (session 36)', () => {
  it('reads "trong kế hoạch các năm 2009 và 2010" as the end of the last year [927]', () => {
    const text =
      'Các Bộ: Tài chính, Kế hoạch và Đầu tư bố trí vốn ngân sách trung ương bổ sung có mục tiêu cho các tỉnh: Quảng Ngãi và Bình Định hoàn trả ngân sách trung ưong số vốn tạm ứng nêu trên trong kế hoạch các năm 2009 và 2010./.';
    expect(parseDeadline(text, on('2008-06-23'))).toEqual({
      kind: 'dated',
      dueDate: '2010-12-31',
      phrase: 'trong kế hoạch các năm 2009 và 2010',
    });
  });

  it.each([
    ['bố trí vốn trong kế hoạch năm 2010', '2010-12-31'],
    ['hoàn thành trong các năm 2024, 2025', '2025-12-31'],
  ])('reads "%s" [style]', (text, due) => {
    expect(parseDeadline(text, on('2008-06-23'))).toMatchObject({ kind: 'dated', dueDate: due });
  });
});

import { describe, expect, it } from 'vitest';
import { parseConclusionText } from './conclusion-parser';
import { ID, REGISTRY } from './fixtures/registry';

// Classes of wording read from the fresh dev notices of issue 19's session 34, second part (tests/corpus:
// vpcp-2396-2009, bo-xay-dung-470-2010), each written here in the words of the notices that show it ([style]: modelled
// on them, not quoted). Decision 082.

const cites = (text: string) =>
  parseConclusionText(text, REGISTRY, { onDate: '2009-04-15' }).map((i) => i.citedDocuments);

describe('a document symbol joined by "&" is read whole when a web copy spaces the "&" [style: 2396/VPCP-KTN]', () => {
  it('reads "1947/BKH-KCHT &ĐT" as one number, written without the space', () => {
    expect(
      cites(
        `Phó Thủ tướng có ý kiến như sau:
1. Bộ Giao thông vận tải tiếp thu ý kiến của Bộ Kế hoạch và Đầu tư (văn bản số 1947/BKH-KCHT &ĐT ngày 25 tháng 3 năm 2009), hoàn chỉnh Dự án.`,
      ),
    ).toEqual([['1947/BKH-KCHT&ĐT']]);
  });
  it('reads the space on either side ("TN& MT", "NN & PTNT") and the glued form alike', () => {
    expect(
      cites(
        `Phó Thủ tướng có ý kiến như sau:
1. Sở Tài chính thực hiện theo văn bản số 12/SNN & PTNT và văn bản số 34/STN& MT-QLĐĐ, văn bản số 56/SKH&ĐT.`,
      ),
    ).toEqual([['12/SNN&PTNT', '34/STN&MT-QLĐĐ', '56/SKH&ĐT']]);
  });
  it('does not join a body named after a number and "&"-less words ("số 12/UBND và Sở Tài chính")', () => {
    expect(
      cites(
        `Phó Thủ tướng có ý kiến như sau:
1. Bộ Tài chính xử lý theo văn bản số 12/UBND và Sở Tài chính báo cáo.`,
      ),
    ).toEqual([['12/UBND']]);
  });
});

const MINISTRY_LETTER = `BỘ XÂY DỰNG

Số: 470/BXD-KTQH

Hà Nội, ngày 24 tháng 3 năm 2010

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.

`;
const read = (body: string) =>
  parseConclusionText(MINISTRY_LETTER + body, REGISTRY, { onDate: '2010-03-24', issuer: 'Bộ Xây dựng' }).map((i) => ({
    lead: i.leadAgencyIds,
    coordinators: i.coordinatorAgencyIds,
    groups: i.groups,
  }));

describe('the body a report is sent to "để … tổng hợp" only receives it [style: Bộ Xây dựng 470/BXD-KTQH]', () => {
  it('gives the work to the addressees asked, not to the collator named after "để"', () => {
    expect(
      read(`Bộ Xây dựng đề nghị UBND các tỉnh, thành phố rà soát, đề xuất danh mục cần hỗ trợ vốn quy hoạch.

Báo cáo gửi về Bộ Xây dựng trước ngày 15/04/2010 để Bộ Xây dựng tổng hợp trình Thủ tướng Chính phủ xem xét, quyết định.`),
    ).toEqual([{ lead: [], coordinators: [], groups: ['provinces'] }]);
  });
  it('still gives a forwarded text to the body it goes to for other work ("gửi … để Bộ Y nghiên cứu")', () => {
    expect(
      read(`Bộ Xây dựng gửi kèm hồ sơ dự án để Bộ Tài chính nghiên cứu, có ý kiến trước ngày 15/04/2010.`)[0]!.lead,
    ).toEqual([ID.BTC]);
  });
});

describe('"buổi làm việc với" names a meeting, not a body to work with [style: Bộ Xây dựng 470/BXD-KTQH]', () => {
  it('takes no coordinator from the meeting a task comes from', () => {
    expect(
      read(
        `Bộ Tài chính tổng hợp các kiến nghị nêu tại buổi làm việc với lãnh đạo tỉnh Tuyên Quang, báo cáo trước ngày 15/04/2010.`,
      ),
    ).toEqual([{ lead: [ID.BTC], coordinators: [], groups: [] }]);
  });
  it('still reads "làm việc với" after a task\'s doer as working with that body', () => {
    expect(
      read(`Bộ Tài chính làm việc với Ủy ban nhân dân tỉnh Tuyên Quang, báo cáo trước ngày 15/04/2010.`)[0]!
        .coordinators,
    ).toEqual([ID.TUYENQUANG]);
  });
});

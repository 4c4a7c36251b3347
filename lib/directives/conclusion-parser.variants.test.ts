import { describe, expect, it } from 'vitest';
import { buildRegistry } from '@/scripts/eval-parser';
import { type AgencyRef, parseConclusionText } from './conclusion-parser';

// Session 24 (issue 19, generalization): metamorphic variants. Each case takes a sentence pattern real notices use
// (dev notices of tests/corpus, Government and provincial portal reports) and varies its wording — the order verb, the
// speaker's title and name, the list's punctuation, the press wrapper — checking that the doer read stays the same.
// None of these texts is a corpus entry; they are written for the test [style].

const REGISTRY: AgencyRef[] = buildRegistry([]);
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

describe('session 24: who asks, written with "cũng", "tiếp tục", as a letter reported, or as "Tỉnh" / "Bộ" alone', () => {
  for (const text of [
    'UBND tỉnh cũng yêu cầu Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền để người dân chủ động phòng bệnh.',
    'Chủ tịch UBND tỉnh tiếp tục yêu cầu Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền.',
    'Tỉnh yêu cầu Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền.',
    'UBND giao Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền.',
  ])
    it(`reads "${text.slice(0, 50)}…" as given to the department asked`, () => {
      expect(leadsOf(text, VINH_LONG)).toEqual([['Sở Thông tin và Truyền thông tỉnh Vĩnh Long']]);
    });

  it('reads the Government Office that reports a letter as its sender, not the one told', () => {
    for (const text of [
      'Văn phòng Chính phủ có văn bản gửi Bộ Tài chính truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ: Bộ Tài chính khẩn trương rà soát, báo cáo.',
      'Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ: Bộ Tài chính khẩn trương rà soát, báo cáo.',
    ])
      expect(leadsOf(text)).toEqual([['Bộ Tài chính']]);
  });

  it('reads a ministry that asks the provinces, named "Bộ" alone, as no lead and the provinces as told', () => {
    const [item] = read(
      'Bộ đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan chuyên môn triển khai.',
      {
        ...CENTRAL,
        issuer: 'Bộ Công Thương',
      },
    );
    expect(item!.lead).toEqual([]);
    expect(item!.groups).toContain('provinces');
  });
});

describe('session 24: a later sentence that adds a part after a connective', () => {
  for (const second of [
    'Đồng thời, giao Sở Tài chính tham mưu bố trí kinh phí.',
    'Đồng thời, UBND tỉnh giao Sở Tài chính tham mưu bố trí kinh phí.',
    'Ngoài ra, Sở Tài chính tham mưu bố trí kinh phí.',
    'Bên cạnh đó, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tham mưu bố trí kinh phí.',
  ])
    it(`reads "… ${second.slice(0, 45)}…" as a second lead`, () => {
      expect(
        leadsOf(`UBND tỉnh giao Sở Y tế chủ trì triển khai các biện pháp phòng, chống dịch. ${second}`, VINH_LONG),
      ).toEqual([['Sở Y tế tỉnh Vĩnh Long', 'Sở Tài chính tỉnh Vĩnh Long']]);
    });

  it('reads the same in a Government letter', () => {
    expect(
      leadsOf(
        'Thủ tướng giao Bộ Y tế chủ trì triển khai các biện pháp phòng, chống dịch. Đồng thời, giao Bộ Tài chính bố trí kinh phí.',
      ),
    ).toEqual([['Bộ Y tế', 'Bộ Tài chính']]);
  });

  it('does not read a later sentence told in the past as a part', () => {
    expect(
      leadsOf(
        'Thủ tướng giao Bộ Y tế chủ trì triển khai các biện pháp phòng, chống dịch. Ngoài ra, Bộ Tài chính đã bố trí kinh phí.',
      ),
    ).toEqual([['Bộ Y tế']]);
  });
});

describe('session 24: the body a part is for, then who asks it ("Đối với Sở A, UBND tỉnh yêu cầu …")', () => {
  for (const text of [
    'Đối với Sở Tài chính, UBND tỉnh yêu cầu khẩn trương thẩm định, tham mưu bố trí kinh phí.',
    'Về phía Sở Tài chính, UBND tỉnh yêu cầu khẩn trương thẩm định, tham mưu bố trí kinh phí.',
    'Đối với Sở Tài chính, Chủ tịch UBND tỉnh đề nghị khẩn trương thẩm định.',
    'Đối với Sở Tài chính: khẩn trương thẩm định, tham mưu bố trí kinh phí.',
  ])
    it(`reads "${text.slice(0, 50)}…" as given to Sở Tài chính`, () => {
      expect(leadsOf(text, VINH_LONG)).toEqual([['Sở Tài chính tỉnh Vĩnh Long']]);
    });

  it('still reads the one named after the verb when there is one', () => {
    expect(leadsOf('Đối với dự án này, UBND tỉnh yêu cầu Sở Tài chính khẩn trương thẩm định.', VINH_LONG)).toEqual([
      ['Sở Tài chính tỉnh Vĩnh Long'],
    ]);
  });
});

describe("session 24: a portal's or newspaper's report of the letter between who asks and his order", () => {
  for (const text of [
    'UBND tỉnh vừa có văn bản chỉ đạo Sở Y tế tăng cường công tác phòng, chống dịch.',
    'Chủ tịch UBND tỉnh đã có văn bản giao Sở Y tế tăng cường công tác phòng, chống dịch.',
    'Phó Chủ tịch UBND tỉnh Nguyễn Văn B vừa ký văn bản giao Sở Y tế tăng cường công tác phòng, chống dịch.',
    'Chủ tịch UBND tỉnh vừa ký ban hành Công văn số 2345/UBND-VX yêu cầu Giám đốc Sở Y tế tăng cường phòng, chống dịch.',
    'Ngày 12/6/2024, UBND tỉnh có Công văn số 2345/UBND-VX về việc phòng, chống dịch, giao Sở Y tế chủ trì triển khai.',
  ])
    it(`reads "${text.slice(0, 55)}…" as given to Sở Y tế`, () => {
      expect(leadsOf(text, VINH_LONG)).toEqual([['Sở Y tế tỉnh Vĩnh Long']]);
    });

  it('reads the Government leaders reported so', () => {
    expect(
      leadsOf(
        'Phó Thủ tướng Vương Đình Huệ vừa có ý kiến chỉ đạo giao Bộ Tài chính kiểm tra thông tin báo chí phản ánh, báo cáo Thủ tướng Chính phủ.',
      ),
    ).toEqual([['Bộ Tài chính']]);
    const [item] = read(
      'Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương rà soát, thu hồi cơ sở nhà đất.',
    );
    expect(item!.lead).toEqual([]);
    expect(item!.groups).toEqual(expect.arrayContaining(['ministries', 'provinces']));
  });

  it('reads the news of a body that wrote, with no order after it, as no one told', () => {
    expect(
      leadsOf(
        'Ngày 18 tháng 01 năm 2021, Thông tấn xã Việt Nam có bài viết phản ánh tình hình xuất khẩu tôm. Về việc này, Thủ tướng Chính phủ giao Bộ Nông nghiệp và Phát triển nông thôn nghiên cứu, đánh giá tác động.',
        { onDate: '2021-01-25', noticeDate: '2021-01-25' },
      ),
    ).toEqual([['Bộ Nông nghiệp và Phát triển nông thôn']]);
  });
});

describe('session 24: a subject after an opening clause, whatever work verb follows it', () => {
  const verbs = [
    'quyết liệt chỉ đạo',
    'tích cực phối hợp',
    'nhanh chóng khắc phục',
    'quan tâm chỉ đạo',
    'lưu ý',
    'phấn đấu hoàn thành',
    'gửi báo cáo về',
    'cho ý kiến về',
    'ngăn chặn',
    'điều động lực lượng cho',
    'hoàn tất',
    'xử phạt',
    'gia hạn',
    'có văn bản hướng dẫn',
    'chú trọng',
  ];
  for (const verb of verbs)
    it(`reads "Trên cơ sở …, Bộ Tài chính ${verb} … Đồng thời, Bộ Xây dựng ${verb} …" as two leads`, () => {
      expect(
        leadsOf(
          `Trên cơ sở kết quả rà soát, Bộ Tài chính ${verb} việc thực hiện dự án. Đồng thời, Bộ Xây dựng ${verb} việc thực hiện dự án.`,
        ),
      ).toEqual([['Bộ Tài chính', 'Bộ Xây dựng']]);
    });

  it('does not read the closing "thông báo … biết, thực hiện" or a ministry that sends material as a later lead', () => {
    expect(
      leadsOf(
        'Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan hoàn thiện hồ sơ. Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường biết, thực hiện.',
      ),
    ).toEqual([['Bộ Tài nguyên và Môi trường']]);
    expect(
      leadsOf(
        'Ủy ban nhân dân tỉnh Quảng Ninh tổ chức thực hiện Nghị định. Bộ Tài chính gửi các thủ tục đã được rà soát để tham khảo trong quá trình thực hiện.',
      ),
    ).toEqual([['UBND tỉnh Quảng Ninh']]);
  });
});

describe('session 24: opening clauses before the subject', () => {
  for (const opener of [
    'Trước tình hình dịch bệnh diễn biến phức tạp',
    'Trước diễn biến phức tạp của thời tiết',
    'Theo chỉ đạo của Phó Thủ tướng',
    'Qua xem xét hồ sơ',
    'Trong thời gian chờ sửa đổi Luật',
    'Trong khi chờ hướng dẫn',
    'Cụ thể',
    'Để kịp thời ứng phó với mưa lũ',
    'Nhằm tháo gỡ khó khăn cho doanh nghiệp',
    'Thực hiện chỉ đạo của Thủ tướng Chính phủ',
  ])
    it(`reads "${opener}, Bộ Tài chính khẩn trương …" as given to Bộ Tài chính`, () => {
      expect(leadsOf(`${opener}, Bộ Tài chính khẩn trương rà soát, báo cáo Thủ tướng Chính phủ.`)).toEqual([
        ['Bộ Tài chính'],
      ]);
    });

  it('does not read the bodies whose views are taken in ("Tiếp thu ý kiến Bộ A, Bộ B lập …") as told', () => {
    expect(
      leadsOf(
        'Tiếp thu ý kiến Bộ Kế hoạch và Đầu tư, Bộ Tài chính lập Đề án thành lập Quỹ, trình Thủ tướng Chính phủ.',
      ),
    ).not.toEqual([['Bộ Tài chính']]);
  });
});

describe('session 24: a body told through its head or its leadership', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['Giao Giám đốc Công an tỉnh chỉ đạo tăng cường tuần tra.', 'Công an tỉnh Vĩnh Long', VINH_LONG],
    [
      'Đồng chí Nguyễn Văn A, Giám đốc Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát.',
      'Sở Y tế tỉnh Vĩnh Long',
      VINH_LONG,
    ],
    ['Giao đồng chí Nguyễn Văn A - Giám đốc Sở Y tế chủ trì rà soát.', 'Sở Y tế tỉnh Vĩnh Long', VINH_LONG],
    ['Ban Giám đốc Sở Y tế chỉ đạo các phòng chuyên môn thực hiện.', 'Sở Y tế tỉnh Vĩnh Long', VINH_LONG],
    ['Lãnh đạo Sở Y tế trực tiếp chỉ đạo công tác điều trị.', 'Sở Y tế tỉnh Vĩnh Long', VINH_LONG],
    [
      'Giao Tổng Giám đốc Tập đoàn Điện lực Việt Nam chỉ đạo bảo đảm cung ứng điện.',
      'Tập đoàn Điện lực Việt Nam',
      CENTRAL,
    ],
    [
      'Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại giảm lãi suất.',
      'Ngân hàng Nhà nước Việt Nam',
      CENTRAL,
    ],
    ['Yêu cầu Tổng Kiểm toán Nhà nước chỉ đạo kiểm toán dự án.', 'Kiểm toán Nhà nước', CENTRAL],
    ['Giao Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc chủ trì xây dựng đề án.', 'Ủy ban Dân tộc', CENTRAL],
  ];
  for (const [text, lead, options] of cases)
    it(`reads "${text.slice(0, 55)}…" as given to ${lead}`, () => {
      expect(leadsOf(text, options)).toEqual([[lead]]);
    });
});

describe('session 26: short forms offices and the press write', () => {
  it.each([
    'Sở Y tế, Ủy ban nhân dân các huyện, thị xã, thành phố Vĩnh Long tổ chức các đoàn kiểm tra.',
    'Sở Y tế, UBND các huyện, thị xã, TP Vĩnh Long tổ chức các đoàn kiểm tra.',
    'Sở Y tế, UBND các huyện, thị xã, TP. Vĩnh Long tổ chức các đoàn kiểm tra.',
  ])('reads "%s" as the department and every district, town and the city', (text) => {
    expect(read(`1. ${text}`, VINH_LONG)).toEqual([
      { lead: ['Sở Y tế tỉnh Vĩnh Long'], coordinators: [], groups: ['localities'] },
    ]);
  });

  it('ends the items at the office\'s closing written "VPCP xin thông báo …"', () => {
    for (const office of ['Văn phòng Chính phủ', 'VPCP']) {
      const items = read(
        `2. Giao Bộ Tài chính chủ trì xử lý.\n${office} xin thông báo để các cơ quan liên quan biết, thực hiện./.`,
      );
      expect(items).toEqual([{ lead: ['Bộ Tài chính'], coordinators: [], groups: [] }]);
    }
  });

  it.each([
    [
      'Bộ Giao thông vận tải và Ủy ban nhân dân các tỉnh, thành phố: Ninh Bình, Thanh Hóa, Nghệ An khẩn trương xem xét.',
    ],
    ['Bộ Giao thông vận tải và UBND các tỉnh: Ninh Bình, Thanh Hóa, Nghệ An khẩn trương xem xét.'],
    ['Bộ Giao thông vận tải, Ủy ban nhân dân các tỉnh, thành phố: Ninh Bình, Thanh Hóa, Nghệ An khẩn trương xem xét.'],
    // a place the registry does not know (here a typing slip) does not end the list
    [
      'Bộ Giao thông vận tải và Ủy ban nhân dân các tỉnh, thành phố: Ninh Bình, Thanh Hóa, Đà Nng, Nghệ An khẩn trương xem xét.',
    ],
  ])('reads a body and a list of provinces after it, "%s", as all of them told', (text) => {
    expect(leadsOf(`1. ${text}`)).toEqual([
      ['Bộ Giao thông vận tải', 'UBND tỉnh Ninh Bình', 'UBND tỉnh Thanh Hóa', 'UBND tỉnh Nghệ An'],
    ]);
  });

  it('reads the ministries listed after a first one ("Bộ Công an và các Bộ: Tài chính, Xây dựng") as told', () => {
    expect(leadsOf('1. Bộ Công an và các Bộ: Tài chính, Xây dựng khẩn trương xem xét.')).toEqual([
      ['Bộ Công an', 'Bộ Tài chính', 'Bộ Xây dựng'],
    ]);
  });
});

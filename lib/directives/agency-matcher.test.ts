import { describe, expect, it } from 'vitest';
import { type AgencyRef, findAgencies } from './agency-matcher';
import { ID, REGISTRY, unitOf } from './fixtures/registry';

// Sources of the wording, cited on each case:
// [467] Thông báo số 467/TB-VPCP ngày 14/10/2024 (kết luận cuộc họp về Đề án thị trường các-bon): quoted.
// [45] Thông báo số 45/TB-VPCP ngày 05/02/2024 (kết luận Phiên họp thứ 7 BCĐ CCHC): modelled wording.
// [2025] the 2025 reorganisation as the seeds record it (Nghị quyết 176/2025/QH15, 202/2025/QH15);
//        sentences in the style of [467], not quoted.

const names = (text: string, onDate = '2024-10-14') =>
  findAgencies(text, REGISTRY, onDate).map((m) => text.slice(m.start, m.end));
const proposedIds = (text: string, onDate = '2024-10-14') =>
  findAgencies(text, REGISTRY, onDate).map((m) => m.proposed.id);

describe('findAgencies', () => {
  it('finds full names with their positions in the text [467]', () => {
    const text = 'Bộ Tài chính chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, Bộ Tư pháp rà soát toàn diện';
    expect(names(text)).toEqual(['Bộ Tài chính', 'Bộ Tài nguyên và Môi trường', 'Bộ Tư pháp']);
    expect(proposedIds(text)).toEqual([ID.BTC, ID.BTNMT, ID.BTP]);
  });

  it('finds short forms, whatever the spacing around "&" [45]', () => {
    const text = 'Bộ TT&TT chủ trì, phối hợp với Bộ TN & MT, Bộ KH&ĐT, VPCP và NHNN';
    expect(proposedIds(text, '2024-02-05')).toEqual([ID.BTTTT, ID.BTNMT, ID.BKHDT, ID.VPCP, ID.NHNN]);
    expect(names(text, '2024-02-05')).toEqual(['Bộ TT&TT', 'Bộ TN & MT', 'Bộ KH&ĐT', 'VPCP', 'NHNN']);
  });

  it('finds short forms written without "&" and "Ngân hàng Nhà nước" without "Việt Nam" [style]', () => {
    const text = 'Bộ TTTT chủ trì, phối hợp với Bộ TNMT, Bộ KHĐT, Bộ NNPTNT, Ngân hàng Nhà nước';
    expect(proposedIds(text, '2024-02-05')).toEqual([ID.BTTTT, ID.BTNMT, ID.BKHDT, ID.BNNPTNT, ID.NHNN]);
  });

  it('ignores case and accents [467]', () => {
    expect(proposedIds('BỘ TƯ PHÁP và bo tai chinh')).toEqual([ID.BTP, ID.BTC]);
  });

  it('reads "Ủy ban nhân dân", "Uỷ ban nhân dân" and "UBND" alike, and "TP." for "thành phố" [45]', () => {
    for (const text of [
      'Ủy ban nhân dân tỉnh Tuyên Quang',
      'Uỷ ban nhân dân tỉnh Tuyên Quang',
      'UBND tỉnh Tuyên Quang',
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
    ]) {
      expect(proposedIds(`Đề nghị ${text} chủ trì`), text).toEqual([ID.TUYENQUANG]);
    }
    expect(proposedIds('UBND TP. Hồ Chí Minh, Thành phố Hồ Chí Minh, TP Hồ Chí Minh')).toEqual([
      ID.HCM,
      ID.HCM,
      ID.HCM,
    ]);
    expect(proposedIds('Ủy ban nhân dân thành phố Hà Nội và UBND TP. Hà Nội')).toEqual([ID.HANOI, ID.HANOI]);
  });

  it('reads the bare "tỉnh Hà Giang" as the province, but not inside another body or a place phrase [45]', () => {
    expect(names('tại điểm cầu tỉnh Hà Giang', '2024-02-05')).toEqual(['tỉnh Hà Giang']);
    expect(proposedIds('Sở Nội vụ tỉnh Hà Giang', '2024-02-05')).toEqual([ID.HG_SNV]);
    expect(names('thủ tục hành chính trên địa bàn tỉnh Hà Giang', '2024-02-05')).toEqual([]);
    // A bare place name alone is an ordinary phrase ("tại Hà Nội"), not an addressee.
    expect(names('Phiên họp tại Hà Nội')).toEqual([]);
  });

  it('takes the longest name: "Bộ Nông nghiệp và Phát triển nông thôn" is not also "Bộ Nông nghiệp" [467]', () => {
    const withShorter: AgencyRef[] = [
      ...REGISTRY,
      {
        id: 99,
        code: 'BNN',
        name: 'Bộ Nông nghiệp',
        shortName: null,
        kind: 'ministry',
        validFrom: null,
        validTo: null,
        successorId: null,
      },
    ];
    const text = 'Bộ Nông nghiệp và Phát triển nông thôn khẩn trương có văn bản gửi Bộ Tài chính';
    expect(findAgencies(text, withShorter, '2024-10-14').map((m) => m.agency.id)).toEqual([ID.BNNPTNT, ID.BTC]);
  });

  it('reads lists that name "Bộ" once: "các Bộ: Tài chính, Tài nguyên và Môi trường" [467]', () => {
    expect(proposedIds('Tham dự cuộc họp có lãnh đạo các Bộ: Tài chính, Tài nguyên và Môi trường, đại diện')).toEqual([
      ID.BTC,
      ID.BTNMT,
    ]);
    expect(
      proposedIds(
        'phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Tư pháp để',
      ),
    ).toEqual([ID.BTNMT, ID.BNNPTNT, ID.BTP]);
    // Outside such a list the same words are ordinary: "tài chính công" is not Bộ Tài chính.
    expect(names('Cải cách tài chính công, đổi mới cơ chế tự chủ tài chính')).toEqual([]);
    expect(proposedIds('các tỉnh Hà Giang, Tuyên Quang', '2024-02-05')).toEqual([ID.HAGIANG, ID.TUYENQUANG]);
  });

  it('proposes Bộ Tài chính for Bộ Kế hoạch và Đầu tư after 01/03/2025, and says why [2025]', () => {
    const [match] = findAgencies('Bộ Kế hoạch và Đầu tư chủ trì', REGISTRY, '2025-08-01');
    expect(match!.agency.id).toBe(ID.BKHDT);
    expect(match!.proposed.id).toBe(ID.BTC);
    expect(match!.note).toBe(
      'Bộ Kế hoạch và Đầu tư đã hợp nhất vào Bộ Tài chính từ 01/03/2025: đề xuất giao Bộ Tài chính.',
    );
    // The day before the merger the ministry still exists.
    expect(findAgencies('Bộ KH&ĐT chủ trì', REGISTRY, '2025-02-28')[0]).toMatchObject({
      proposed: { id: ID.BKHDT },
      note: null,
    });
  });

  it('proposes UBND tỉnh Tuyên Quang for Hà Giang from 01/07/2025 [2025]', () => {
    const [match] = findAgencies('Đề nghị UBND tỉnh Hà Giang khẩn trương', REGISTRY, '2025-07-01');
    expect(match!.proposed.id).toBe(ID.TUYENQUANG);
    expect(match!.note).toBe(
      'UBND tỉnh Hà Giang đã hợp nhất vào UBND tỉnh Tuyên Quang từ 01/07/2025: đề xuất giao UBND tỉnh Tuyên Quang.',
    );
    // Merged into a ministry created that day: Bộ Tài nguyên và Môi trường → Bộ Nông nghiệp và Môi trường.
    expect(findAgencies('Bộ TN&MT', REGISTRY, '2025-03-01')[0]!.note).toBe(
      'Bộ Tài nguyên và Môi trường đã được tổ chức lại thành Bộ Nông nghiệp và Môi trường từ 01/03/2025: đề xuất giao Bộ Nông nghiệp và Môi trường.',
    );
  });

  it('follows a chain of successors to the last one, and survives a loop [2025]', () => {
    const chain: AgencyRef[] = [
      { ...REGISTRY.find((a) => a.id === ID.BTTTT)!, validTo: '2024-12-31', successorId: 50 },
      {
        id: 50,
        code: 'X',
        name: 'Bộ Trung gian',
        shortName: null,
        kind: 'ministry',
        validFrom: '2025-01-01',
        validTo: '2025-02-28',
        successorId: ID.BKHCN,
      },
      REGISTRY.find((a) => a.id === ID.BKHCN)!,
      {
        id: 60,
        code: 'L1',
        name: 'Sở Vòng Một',
        shortName: null,
        kind: 'other',
        validFrom: null,
        validTo: '2024-01-01',
        successorId: 61,
      },
      {
        id: 61,
        code: 'L2',
        name: 'Sở Vòng Hai',
        shortName: null,
        kind: 'other',
        validFrom: null,
        validTo: '2024-01-01',
        successorId: 60,
      },
    ];
    const [match] = findAgencies('Bộ Thông tin và Truyền thông', chain, '2025-06-01');
    expect(match!.proposed.id).toBe(ID.BKHCN);
    expect(match!.note).toContain('Bộ Trung gian');
    expect(findAgencies('Sở Vòng Một', chain, '2025-06-01')[0]!.proposed.id).toBe(61);
  });

  it('skips a short name shared by two bodies that both exist, until one of them ends [2025]', () => {
    expect(names('Sở NV chủ trì', '2024-02-05')).toEqual([]);
    expect(proposedIds('Sở NV chủ trì', '2025-08-01')).toEqual([ID.TQ_SNV]);
  });

  it('finds nothing in text without agencies, and in odd input [45]', () => {
    expect(findAgencies('', REGISTRY, '2024-02-05')).toEqual([]);
    expect(findAgencies('Nâng cao hơn nữa nhận thức về cải cách hành chính.', REGISTRY, '2024-02-05')).toEqual([]);
    expect(findAgencies('Bộ Tư pháp', [], '2024-02-05')).toEqual([]);
    expect(
      findAgencies('\u0301\u0301 Bộ\u00a0Tư   pháp 한국어', REGISTRY, '2024-02-05').map((m) => m.proposed.id),
    ).toEqual([ID.BTP]);
  });
});

// [issue 19] wording quoted by issue 19 from real notices (provincial notices, copies of web pages).
describe('findAgencies on real notices [issue 19]', () => {
  it("reads bare department names as the province's when told the notice's province", () => {
    const text = 'Sở Nội vụ chủ trì, phối hợp với Sở NN&PTNT, Sở TN&MT và Văn phòng UBND tỉnh';
    expect(findAgencies(text, REGISTRY, '2024-10-14').map((m) => m.proposed.id)).toEqual([]);
    expect(
      findAgencies(text, REGISTRY, '2024-10-14', { province: 'Tuyên Quang' }).map((m) => text.slice(m.start, m.end)),
    ).toEqual(['Sở Nội vụ', 'Sở NN&PTNT', 'Sở TN&MT']); // the office is not the province
    // another province's department keeps its own name
    expect(
      findAgencies('Sở Nội vụ tỉnh Hà Giang', REGISTRY, '2024-10-14', { province: 'Tuyên Quang' }).map(
        (m) => m.agency.id,
      ),
    ).toEqual([ID.HG_SNV]);
  });

  it('expands the lists that open with "Các Bộ, cơ quan:" or "Ủy ban nhân dân các tỉnh, thành phố:" or a bracket', () => {
    expect(proposedIds('Các Bộ, cơ quan: Tài chính, Tư pháp')).toEqual([ID.BTC, ID.BTP]);
    expect(proposedIds('Ủy ban nhân dân các tỉnh, thành phố: Hà Nội, Tuyên Quang')).toEqual([ID.HANOI, ID.TUYENQUANG]);
    expect(proposedIds('các bộ, ngành liên quan (Tài chính, Nội vụ)')).toEqual([ID.BTC, ID.BNV]);
    expect(proposedIds('Tài chính, Nội vụ')).toEqual([]);
  });

  it('expands "các Sở: Nội vụ, Công Thương" in a province\'s notice to its departments, not the ministries [style]', () => {
    const text = 'Giao các Sở: Nội vụ, Công Thương hướng dẫn; các Bộ: Nội vụ, Tư pháp phối hợp.';
    expect(findAgencies(text, REGISTRY, '2024-10-14', { province: 'Tuyên Quang' }).map((m) => m.proposed.id)).toEqual([
      ID.TQ_SNV,
      ID.TQ_SCT,
      ID.BNV,
      ID.BTP,
    ]);
  });

  it('finds names whose words are glued, with a note, but not inside a longer word', () => {
    const text = 'yêu cầuBộ Tư pháp phối hợp với Bộ Tàichính';
    const found = findAgencies(text, REGISTRY, '2024-10-14');
    expect(found.map((m) => m.proposed.id)).toEqual([ID.BTP, ID.BTC]);
    expect(found[1]!.note).toBe('"Bộ Tàichính" viết dính chữ, đọc là Bộ Tài chính.');
    expect(proposedIds('hồbộ tài chính')).toEqual([]); // glued only before a capital, as in cầuBộ
  });

  it('reads "ƣ", which some PDFs\' fonts give for "ư", as "ư" ("Sở Công Thƣơng tỉnh Tuyên Quang", "Bộ Tƣ pháp")', () => {
    expect(proposedIds('Kính gửi: Sở Công Thƣơng tỉnh Tuyên Quang', '2026-07-09')).toEqual([ID.TQ_SCT]);
    expect(names('BỘ TƢ PHÁP chủ trì')).toEqual(['BỘ TƢ PHÁP']);
  });
});

describe('findAgencies: punctuation the documents write in official names (session 17-1) [style]', () => {
  const registry: AgencyRef[] = [
    ...REGISTRY,
    { ...REGISTRY[0]!, id: 951, code: 'BLDTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', shortName: null },
    { ...REGISTRY[0]!, id: 952, code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', shortName: null },
    {
      ...REGISTRY[0]!,
      id: 953,
      code: 'P-TTH',
      name: 'UBND tỉnh Thừa Thiên Huế',
      shortName: 'Thừa Thiên Huế',
      kind: 'province',
    },
  ];
  const ids = (text: string) => findAgencies(text, registry, '2020-03-04').map((m) => m.proposed.id);

  it('reads an en or em dash as the hyphen, and "Lao động, Thương binh" as "Lao động - Thương binh"', () => {
    expect(ids('Giao Bộ Lao động – Thương binh và Xã hội chủ trì.')).toEqual([951]);
    expect(ids('Giao Bộ Lao động — Thương binh và Xã hội chủ trì.')).toEqual([951]);
    expect(ids('Giao Bộ Lao động, Thương binh và Xã hội chủ trì.')).toEqual([951]);
  });

  it('reads "Văn hóa - Thể thao và Du lịch" as "Văn hóa, Thể thao và Du lịch", and "Thừa Thiên - Huế" as "Thừa Thiên Huế"', () => {
    expect(ids('Bộ Văn hóa - Thể thao và Du lịch phối hợp.')).toEqual([952]);
    expect(ids('Ủy ban nhân dân tỉnh Thừa Thiên - Huế báo cáo.')).toEqual([953]);
  });

  it('reads a province\'s departments as its pages shorten them: "&" or "-" for "và", "Sở GD-ĐT", "Sở Nông nghiệp và PTNT"', () => {
    const local = (text: string) =>
      findAgencies(`Giao ${text} chủ trì.`, REGISTRY, '2024-10-14', { province: 'Tuyên Quang' }).map(
        (m) => m.proposed.id,
      );
    expect(local('Sở Tài nguyên & Môi trường')).toEqual([ID.TQ_STNMT]);
    expect(local('Sở Tài nguyên - Môi trường')).toEqual([ID.TQ_STNMT]);
    expect(local('Sở TN-MT')).toEqual([ID.TQ_STNMT]);
    expect(local('Sở NN-PTNT')).toEqual([ID.TQ_SNN]);
    expect(local('Sở Nông nghiệp và PTNT')).toEqual([ID.TQ_SNN]);
    expect(local('Sở Nông nghiệp & PTNT')).toEqual([ID.TQ_SNN]);
    expect(ids('Bộ LĐ-TBXH, Bộ VH-TT&DL phối hợp.')).toEqual([951, 952]);
  });

  it('reads a department list past a name the registry lacks, and never as ministries ("các Sở: Tài chính, Công Thương") [session 21]', () => {
    const local = (text: string) =>
      findAgencies(text, REGISTRY, '2024-10-14', { province: 'Tuyên Quang' }).map((m) => m.proposed.id);
    expect(local('Các Sở: Tài chính, Công Thương thực hiện.')).toEqual([ID.TQ_SCT]);
    expect(local('Các Bộ: Tài chính, Tư pháp thực hiện.')).toEqual([ID.BTC, ID.BTP]);
  });
});

// A province's bodies as its officers type them (issue 19's list: "BQL", "Đài PT-TH", "VP UBND", …) [style].
describe('findAgencies: abbreviations of provincial bodies (session 22) [style]', () => {
  const unit = (id: number, name: string, kind: AgencyRef['kind'], shortName: string | null = null): AgencyRef => ({
    id,
    code: `U${id}`,
    name,
    shortName,
    kind,
    validFrom: null,
    validTo: null,
    successorId: null,
  });
  const registry = [
    unit(901, 'Ban Quản lý các khu công nghiệp tỉnh Lào Cai', 'provincial_department'),
    unit(902, 'Đài Phát thanh và Truyền hình tỉnh Lào Cai', 'other'),
    unit(903, 'Bảo hiểm xã hội tỉnh Lào Cai', 'other'),
    unit(904, 'Kho bạc Nhà nước tỉnh Lào Cai', 'other'),
    unit(905, 'Ban Quản lý Khu kinh tế tỉnh Lào Cai', 'provincial_department'),
    unit(906, 'Sở Dân tộc và Tôn giáo tỉnh Lào Cai', 'provincial_department'),
    unit(907, 'Đài Phát thanh - Truyền hình Hậu Giang', 'other'),
    unit(908, 'Văn phòng UBND tỉnh Tuyên Quang', 'provincial_department', 'VP UBND'),
    unit(909, 'UBND tỉnh Lào Cai', 'province', 'Lào Cai'),
  ];
  const ids = (text: string, province: string | null = null) =>
    findAgencies(text, registry, '2025-08-01', { province }).map((m) => m.proposed.id);

  it('reads "BQL", "Ban QL", "KCN", "KKT", "Đài PT-TH", "PTTH", "BHXH", "KBNN", "Sở DT&TG"', () => {
    expect(ids('BQL các khu công nghiệp tỉnh Lào Cai, Ban QL các KCN tỉnh Lào Cai')).toEqual([901, 901]);
    expect(ids('Đài PT-TH tỉnh Lào Cai, Đài PTTH tỉnh Lào Cai, Đài PT-TH Hậu Giang')).toEqual([902, 902, 907]);
    expect(ids('BHXH tỉnh Lào Cai, KBNN tỉnh Lào Cai, BQL KKT tỉnh Lào Cai, Sở DT&TG tỉnh Lào Cai')).toEqual([
      903, 904, 905, 906,
    ]);
  });

  it('never reads another province\'s department by its short name ("VP UBND tỉnh" in a Lào Cai notice)', () => {
    expect(ids('VP UBND tỉnh theo dõi, đôn đốc việc thực hiện.', 'Lào Cai')).toEqual([]);
    expect(ids('VP UBND tỉnh theo dõi, đôn đốc việc thực hiện.', 'Tuyên Quang')).toEqual([908]);
  });
});

/** A small registry of bodies in operation, `[id, name, kind]` each, coded `<prefix><id>`. */
const registryOf = (rows: [number, string, AgencyRef['kind']][], prefix: string): AgencyRef[] =>
  rows.map(([id, name, kind]) => unitOf(id, name, kind, prefix));

// Session 23: names as older texts, scans and short forms write them [style].
describe('findAgencies: spellings of session 23', () => {
  const registry = registryOf(
    [
      [1, 'Bộ Lao động - Thương binh và Xã hội', 'ministry'],
      [2, 'UBND tỉnh Đắk Lắk', 'province'],
      [3, 'UBND tỉnh Đắk Nông', 'province'],
      [4, 'UBND tỉnh Thừa Thiên Huế', 'province'],
      [5, 'UBND tỉnh Bà Rịa - Vũng Tàu', 'province'],
      [6, 'Ngân hàng Nhà nước Việt Nam', 'ministry_level'],
    ],
    'S',
  );
  const ids = (text: string) => findAgencies(text, registry, '2020-06-01').map((m) => m.proposed.id);

  it('reads a hyphenated name written with a space or a comma instead', () => {
    expect(ids('Bộ Lao động Thương binh và Xã hội; Bộ Lao động, Thương binh và Xã hội')).toEqual([1, 1]);
  });
  it('reads "Đắc Lắc", "Đăk Nông", "TT-Huế", "BR-VT", "NHNNVN"', () => {
    expect(ids('UBND tỉnh Đắc Lắc, UBND tỉnh Đăk Nông, UBND tỉnh TT-Huế, UBND tỉnh BR-VT và NHNNVN')).toEqual([
      2, 3, 4, 5, 6,
    ]);
  });
});

// A scan's slip puts a full stop inside a name ("Bộ Kế hoạch và Đầu. tư", corpus vpcp-ttg-11-2020): a stop between a word
// and a lower-case one ends no sentence [style].
describe('findAgencies: a stray full stop inside a name (session 25) [style]', () => {
  it('reads the name across it, in a list too', () => {
    expect(proposedIds('phối hợp với Bộ Kế hoạch và Đầu. tư, Bộ Tư pháp')).toEqual([ID.BKHDT, ID.BTP]);
    expect(proposedIds('phối hợp với các Bộ: Kế hoạch và Đầu. tư, Tư pháp')).toEqual([ID.BKHDT, ID.BTP]);
  });
  it('not across a sentence end before a capital', () => {
    expect(proposedIds('giao Bộ Kế hoạch và Đầu. Tư pháp')).toEqual([]);
  });
});

// A letter names a national group, corporation or bank without its closing "Việt Nam" ("Tập đoàn Dầu khí", "Tổng công
// ty Đường sắt"): the body the registry names in full, whatever the body [style] (session 28).
describe('findAgencies: a national body without "Việt Nam" (session 28) [style]', () => {
  const registry = registryOf(
    [
      [1, 'Tập đoàn Cao su Việt Nam', 'state_enterprise'],
      [2, 'Tổng công ty Lương thực miền Bắc Việt Nam', 'state_enterprise'],
      [3, 'Ngân hàng Hợp tác xã Việt Nam', 'other'],
      [4, 'Hội Người mù Việt Nam', 'other'],
    ],
    'N',
  );
  const ids = (text: string) => findAgencies(text, registry, '2020-06-01').map((m) => m.proposed.id);

  it('reads a group, a corporation and a bank by the name before "Việt Nam"', () => {
    expect(
      ids('Tập đoàn Cao su chủ trì, phối hợp với Tổng công ty Lương thực miền Bắc và Ngân hàng Hợp tác xã'),
    ).toEqual([1, 2, 3]);
  });
  it('not a body of one word before it, nor an association ("Hội …" names its province\'s too)', () => {
    expect(ids('Hội Người mù tỉnh Nam Định phối hợp với Ngân hàng Hợp tác')).toEqual([]);
  });
});

// [1831] Công văn số 1831/UBND-NN ngày 16/5/2012 of Đắk Nông (corpus: tinh-dak-nong-1831-2012): quoted in part.
describe('findAgencies: a sub-department by its bare name in its province notice (session 30) [1831]', () => {
  const registry = registryOf(
    [
      [1, 'Chi cục Kiểm lâm tỉnh Tuyên Quang', 'provincial_department'],
      [2, 'Chi cục Kiểm lâm tỉnh Hà Giang', 'provincial_department'],
    ],
    'C',
  );
  it('"Chi cục Kiểm lâm" in Tuyên Quang notice is its own Chi cục, as "Sở X" is its Sở', () => {
    expect(
      findAgencies('Chi cục trưởng Chi cục Kiểm lâm triển khai các biện pháp phòng cháy.', registry, '2012-05-16', {
        province: 'Tuyên Quang',
      }).map((m) => m.proposed.id),
    ).toEqual([1]);
  });
});

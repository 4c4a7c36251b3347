/**
 * The 7th session of the Government's Administrative Reform Steering Committee (2/2/2024), from the
 * source report in shared/seeds. Names, titles, points and figures are the report's; the start time,
 * the assigned agencies, deadlines and progress are plausible demo values chosen so that every
 * timeliness class appears.
 */
import type { ReformAreaCode } from '@/lib/reference/reform-areas';

export const SESSION_7 = {
  committeeCode: 'BCD-CCHH',
  number: 7,
  title: 'Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ',
  date: '2024-02-02',
  time: '08:00',
  format: 'online' as const,
  location: 'Trụ sở Chính phủ, Hà Nội (trực tuyến với các địa phương)',
  summary: 'Đánh giá kết quả thực hiện công tác cải cách hành chính năm 2023, phương hướng, nhiệm vụ năm 2024.',
  chair: 'Phạm Minh Chính',
  agenda: [
    'Đánh giá kết quả thực hiện công tác cải cách hành chính năm 2023',
    'Công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố',
    'Phương hướng, nhiệm vụ cải cách hành chính năm 2024',
  ],
  figures: [
    {
      label: 'Thủ tục hành chính liên quan đến giấy tờ công dân được cắt giảm, đơn giản hóa',
      value: '2700',
      unit: 'thủ tục',
    },
    { label: 'Địa phương đã kiện toàn Ban Chỉ đạo cải cách hành chính', value: '63', unit: '/63 địa phương' },
    {
      label: 'Tỷ lệ hồ sơ trực tuyến của các bộ, ngành',
      value: '80',
      unit: '%',
      note: 'khoảng; tăng 1,5 lần so với năm 2022',
    },
    {
      label: 'Tỷ lệ hồ sơ trực tuyến của địa phương',
      value: '64',
      unit: '%',
      note: 'khoảng; tăng 1,8 lần so với năm 2022',
    },
    {
      label: 'Điểm Chỉ số cải cách hành chính năm 2023',
      value: '76.9',
      unit: 'điểm',
      agencyCode: 'P-HAGIANG',
      note: 'xếp loại Khá',
    },
    {
      label: 'Xếp hạng Chỉ số cải cách hành chính năm 2023',
      value: '14',
      unit: '/63 tỉnh, thành phố',
      agencyCode: 'P-HAGIANG',
      note: 'tăng 5 bậc so với năm 2022',
    },
    {
      label: 'Thủ tục hành chính được rút ngắn 30% thời gian giải quyết',
      value: '267',
      unit: 'thủ tục',
      agencyCode: 'P-HAGIANG',
    },
    {
      label: 'Dịch vụ công trực tuyến được cung cấp',
      value: '1800',
      unit: 'dịch vụ',
      agencyCode: 'P-HAGIANG',
      note: 'trên 1.800, đạt 96,9%',
    },
  ],
  people: [
    {
      key: 'pm',
      fullName: 'Phạm Minh Chính',
      positionTitle: 'Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo',
      agencyCode: 'VPCP',
      agencyName: 'Chính phủ',
    },
    {
      key: 'bnv',
      fullName: 'Phạm Thị Thanh Trà',
      positionTitle: 'Bộ trưởng Bộ Nội vụ, Phó Trưởng Ban Chỉ đạo',
      agencyCode: 'BNV',
    },
    {
      key: 'son',
      fullName: 'Nguyễn Văn Sơn',
      positionTitle: 'Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh',
      agencyCode: 'P-HAGIANG',
    },
    {
      key: 'long',
      fullName: 'Hoàng Gia Long',
      positionTitle: 'Phó Chủ tịch thường trực UBND tỉnh',
      agencyCode: 'P-HAGIANG',
    },
  ],
  points: [
    {
      name: 'Trụ sở Chính phủ',
      hostAgencyCode: 'VPCP',
      isMain: true,
      attendees: [
        { person: 'pm', role: 'chair' as const },
        { person: 'bnv', role: 'member' as const },
      ],
    },
    {
      name: 'Tỉnh Hà Giang',
      hostAgencyCode: 'P-HAGIANG',
      isMain: false,
      attendees: [
        { person: 'son', role: 'member' as const },
        { person: 'long', role: 'member' as const },
        // The report names the department leaders only as a group.
        {
          fullName: 'Lãnh đạo Sở Nội vụ',
          positionTitle: 'Thành viên Ban Chỉ đạo cải cách hành chính tỉnh',
          agencyCode: 'HG-SNV',
          role: 'invited' as const,
        },
        {
          fullName: 'Lãnh đạo Sở Tư pháp',
          positionTitle: 'Thành viên Ban Chỉ đạo cải cách hành chính tỉnh',
          agencyCode: 'HG-STP',
          role: 'invited' as const,
        },
        {
          fullName: 'Lãnh đạo Văn phòng UBND tỉnh',
          positionTitle: 'Thành viên Ban Chỉ đạo cải cách hành chính tỉnh',
          agencyCode: 'HG-VPUBND',
          role: 'invited' as const,
        },
      ],
    },
  ],
};

export type DemoTask = {
  lead: string;
  coordinators?: string[];
  monitor?: string;
  deadline: { kind: 'dated'; due: string } | { kind: 'urgent' } | { kind: 'recurring'; period: 'quarterly' };
  status: 'not_started' | 'in_progress' | 'completed';
  progress: number;
  completedOn?: string;
  result?: string;
  /** An accepted extension: the new due date and the reason. */
  extension?: { to: string; reason: string };
  /** Dated progress notes before the last report (the lead agency's explanations a report quotes). */
  notes?: { on: string; progress: number; note: string }[];
};

export type DemoDirective = {
  ordinal: string;
  text: string;
  areas: ReformAreaCode[];
  crossCutting?: boolean;
  assessment?: boolean;
  tasks?: DemoTask[];
  /** One task per agency of a group: all provinces and all ministries as of the session date. */
  group?: { of: ('province' | 'ministry')[]; task: Omit<DemoTask, 'lead'> };
  children?: DemoDirective[];
};

export const ISSUER = 'Thủ tướng Chính phủ Phạm Minh Chính';

export const DIRECTIVES: DemoDirective[] = [
  {
    ordinal: '1',
    assessment: true,
    crossCutting: true,
    areas: [],
    text: 'Năm 2023, công tác cải cách hành chính đã có những chuyển biến tích cực, đạt được kết quả khá toàn diện trên cả 6 nội dung; vai trò người đứng đầu từng bước được phát huy.',
  },
  {
    ordinal: '2',
    crossCutting: true,
    areas: [],
    text: 'Nâng cao hơn nữa nhận thức về vai trò, vị trí, tầm quan trọng, sức lan tỏa của cải cách hành chính với sự phát triển đất nước.',
    tasks: [
      {
        lead: 'BNV',
        coordinators: ['BTTTT'],
        monitor: 'VPCP',
        deadline: { kind: 'dated', due: '2024-06-30' },
        status: 'completed',
        progress: 100,
        completedOn: '2024-06-20',
        result: 'Đã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024.',
      },
    ],
  },
  {
    ordinal: '3',
    areas: [],
    crossCutting: true,
    text: 'Đẩy mạnh đổi mới cả 6 nội dung cải cách hành chính:',
    children: [
      {
        ordinal: '3a',
        areas: ['institutional'],
        text: 'Cải cách thể chế là nền tảng: rà soát, hoàn thiện thể chế, tháo gỡ vướng mắc, điểm nghẽn.',
        tasks: [
          {
            lead: 'BTP',
            coordinators: ['VPCP'],
            deadline: { kind: 'dated', due: '2024-09-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-10-15',
            result: 'Báo cáo rà soát văn bản quy phạm pháp luật đã trình Chính phủ.',
          },
        ],
      },
      {
        ordinal: '3b',
        areas: ['procedures'],
        text: 'Cải cách thủ tục hành chính là trọng tâm: cắt giảm, đơn giản hóa thủ tục hành chính, giấy tờ công dân.',
        tasks: [
          {
            lead: 'VPCP',
            coordinators: ['BCA', 'BTP'],
            deadline: { kind: 'dated', due: '2024-12-31' },
            status: 'in_progress',
            progress: 60,
          },
          {
            lead: 'P-HAGIANG',
            deadline: { kind: 'dated', due: '2024-06-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-06-25',
            result: 'Đã công bố danh mục thủ tục hành chính nội bộ của tỉnh.',
          },
        ],
      },
      {
        ordinal: '3c',
        areas: ['civil_service'],
        text: 'Cải cách chế độ công vụ, công chức là động lực: đổi mới tuyển dụng, đánh giá, phát huy trách nhiệm người đứng đầu.',
        tasks: [
          {
            lead: 'BNV',
            deadline: { kind: 'dated', due: '2024-10-20' },
            status: 'in_progress',
            progress: 70,
          },
        ],
      },
      {
        ordinal: '3d',
        areas: ['apparatus'],
        text: 'Cải cách tổ chức bộ máy hành chính nhà nước tinh gọn, hoạt động hiệu lực, hiệu quả.',
        tasks: [
          {
            lead: 'BNV',
            coordinators: ['BTC'],
            deadline: { kind: 'dated', due: '2030-12-31' },
            status: 'in_progress',
            progress: 40,
          },
        ],
      },
      {
        ordinal: '3e',
        areas: ['public_finance'],
        text: 'Cải cách tài chính công, đổi mới cơ chế tài chính đối với đơn vị sự nghiệp công lập.',
        tasks: [
          {
            lead: 'BTC',
            coordinators: ['BKHDT'],
            deadline: { kind: 'dated', due: '2024-12-31' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-12-27',
            result: 'Nghị định sửa đổi cơ chế tự chủ tài chính đã được trình.',
          },
        ],
      },
      {
        ordinal: '3f',
        areas: ['digital_government'],
        text: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số để tạo đột phá; triển khai Đề án 06.',
        tasks: [
          {
            lead: 'BTTTT',
            coordinators: ['BCA', 'VPCP'],
            deadline: { kind: 'dated', due: '2024-11-30' },
            status: 'not_started',
            progress: 0,
          },
          {
            lead: 'P-HAGIANG',
            deadline: { kind: 'dated', due: '2024-12-31' },
            status: 'in_progress',
            progress: 50,
          },
        ],
      },
    ],
  },
  {
    ordinal: '4',
    areas: ['apparatus', 'civil_service'],
    text: 'Chú trọng cải cách hành chính từ cơ sở; nghiên cứu giảm cán bộ, công chức cấp tỉnh, cấp huyện để tăng cường cho cơ sở, giải quyết thủ tục, công việc cho người dân và doanh nghiệp.',
    tasks: [
      {
        lead: 'BNV',
        monitor: 'VPCP',
        deadline: { kind: 'dated', due: '2024-12-31' },
        status: 'completed',
        progress: 100,
        completedOn: '2025-05-20',
        extension: { to: '2025-06-30', reason: 'Chờ sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW.' },
        result: 'Đề án tăng cường công chức cho cấp cơ sở đã được phê duyệt.',
      },
    ],
  },
  {
    ordinal: '5',
    areas: [],
    crossCutting: true,
    text: 'Các bộ, ngành, địa phương tiếp tục rà soát, đổi mới phương thức, cách làm và phát huy vai trò, trách nhiệm của người đứng đầu trong cải cách hành chính; báo cáo hằng quý.',
    group: {
      of: ['ministry', 'province'],
      task: { deadline: { kind: 'recurring', period: 'quarterly' }, status: 'in_progress', progress: 0 },
    },
  },
  {
    ordinal: '6',
    areas: [],
    crossCutting: true,
    text: 'Chủ động nghiên cứu, đề xuất những biện pháp, giải pháp mới, sáng tạo, đột phá để tổ chức thực hiện cải cách hành chính toàn diện, đồng bộ, có trọng tâm, trọng điểm, đi vào chiều sâu, thiết thực, hiệu quả.',
    tasks: [
      {
        lead: 'BNV',
        coordinators: ['VPCP', 'BTP'],
        deadline: { kind: 'dated', due: '2024-03-31' },
        status: 'completed',
        progress: 100,
        completedOn: '2024-03-29',
        result: 'Đã trình Kế hoạch cải cách hành chính năm 2024.',
      },
    ],
  },
  {
    ordinal: '7',
    areas: ['procedures', 'digital_government'],
    text: 'Các thành viên Ban Chỉ đạo triển khai thực hiện ngay các nhiệm vụ, giải pháp đẩy mạnh cải cách hành chính, nhất là cải cách thủ tục hành chính gắn với chuyển đổi số, cung cấp dịch vụ công trực tuyến.',
    tasks: [
      { lead: 'P-HAGIANG', deadline: { kind: 'urgent' }, status: 'in_progress', progress: 30 },
      { lead: 'VPCP', deadline: { kind: 'urgent' }, status: 'in_progress', progress: 55 },
      {
        lead: 'BCA',
        deadline: { kind: 'urgent' },
        status: 'completed',
        progress: 100,
        completedOn: '2024-05-15',
        result: 'Đã kết nối Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công quốc gia.',
      },
    ],
  },
];

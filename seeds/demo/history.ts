/**
 * The committee's sessions around the 7th, so that a first run has years of history: the 5th and 6th in 2023 and
 * an 8th in 2025 (issue 20, point 5). Their dates and directives are demo values written in the committee's manner
 * (its reform areas, its usual assignments), not the record; the 7th (./session-7.ts) is the source document's.
 * Tasks are completed on time and late, extended, left open across the 2025 mergers (so they are handed over to
 * the successor bodies) and carry dated progress notes.
 */
import type { DemoDirective } from './session-7';

export type DemoHistorySession = {
  number: number;
  title: string;
  date: string;
  time: string;
  summary: string;
  /** The day the tasks were assigned (the notice's day). */
  assignedOn: string;
  directives: DemoDirective[];
};

const title = (n: number) => `Phiên họp thứ ${n} Ban Chỉ đạo cải cách hành chính của Chính phủ`;

export const HISTORY: DemoHistorySession[] = [
  {
    number: 5,
    title: title(5),
    date: '2023-02-14',
    time: '08:30',
    summary: 'Đánh giá kết quả cải cách hành chính năm 2022, triển khai nhiệm vụ năm 2023.',
    assignedOn: '2023-02-20',
    directives: [
      {
        ordinal: '1',
        areas: ['procedures'],
        text: 'Rà soát, cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh; công bố, công khai đầy đủ thủ tục hành chính.',
        tasks: [
          {
            lead: 'VPCP',
            coordinators: ['BTP'],
            deadline: { kind: 'dated', due: '2023-06-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2023-06-28',
            result: 'Đã trình Thủ tướng phương án cắt giảm, đơn giản hóa 620 quy định kinh doanh.',
            notes: [{ on: '2023-04-28', progress: 50, note: 'Đã tổng hợp phương án của 18 bộ, cơ quan.' }],
          },
        ],
      },
      {
        ordinal: '2',
        areas: ['digital_government'],
        text: 'Hoàn thành kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu chuyên ngành.',
        tasks: [
          {
            lead: 'BCA',
            coordinators: ['BTTTT'],
            deadline: { kind: 'dated', due: '2023-09-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2023-11-15',
            result: 'Đã kết nối, xác thực dữ liệu với 13 cơ sở dữ liệu chuyên ngành.',
            notes: [
              {
                on: '2023-06-30',
                progress: 40,
                note: 'Đã kết nối với 6 cơ sở dữ liệu; các bộ còn lại chưa chuẩn hóa dữ liệu.',
              },
              {
                on: '2023-09-29',
                progress: 80,
                note: 'Chậm do chuẩn hóa dữ liệu hộ tịch; dự kiến xong trong tháng 11.',
              },
            ],
          },
        ],
      },
      {
        ordinal: '3',
        areas: ['civil_service'],
        text: 'Hoàn thiện quy định về vị trí việc làm, cơ cấu ngạch công chức trong cơ quan hành chính nhà nước.',
        tasks: [
          {
            lead: 'BNV',
            deadline: { kind: 'dated', due: '2023-12-31' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-01-20',
            result: 'Thông tư hướng dẫn vị trí việc làm đã được ban hành.',
            notes: [{ on: '2023-12-15', progress: 85, note: 'Đang lấy ý kiến thẩm định của Bộ Tư pháp.' }],
          },
        ],
      },
      {
        ordinal: '4',
        areas: ['public_finance'],
        text: 'Đẩy mạnh phân cấp, đơn giản hóa thủ tục đầu tư công; đề xuất sửa đổi quy định về giải ngân vốn đầu tư công.',
        tasks: [
          {
            lead: 'BKHDT',
            coordinators: ['BTC'],
            deadline: { kind: 'dated', due: '2023-12-31' },
            status: 'in_progress',
            progress: 60,
            notes: [
              { on: '2023-12-20', progress: 45, note: 'Dự thảo đang chờ ý kiến các bộ, ngành.' },
              { on: '2024-09-30', progress: 60, note: 'Lồng ghép vào dự án Luật Đầu tư công (sửa đổi).' },
            ],
          },
        ],
      },
      {
        ordinal: '5',
        areas: ['procedures', 'digital_government'],
        text: 'Tăng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình tại địa phương.',
        tasks: [
          {
            lead: 'P-HAGIANG',
            deadline: { kind: 'dated', due: '2023-12-31' },
            status: 'completed',
            progress: 100,
            completedOn: '2023-12-20',
            result: 'Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 52%.',
          },
        ],
      },
    ],
  },
  {
    number: 6,
    title: title(6),
    date: '2023-08-22',
    time: '14:00',
    summary: 'Sơ kết cải cách hành chính 6 tháng đầu năm 2023, nhiệm vụ trọng tâm 6 tháng cuối năm.',
    assignedOn: '2023-08-28',
    directives: [
      {
        ordinal: '1',
        areas: ['institutional'],
        text: 'Rà soát, xử lý các quy định chồng chéo, mâu thuẫn trong lĩnh vực đất đai, đầu tư, xây dựng.',
        tasks: [
          {
            lead: 'BTNMT',
            coordinators: ['BTP', 'BXD'],
            deadline: { kind: 'dated', due: '2024-06-30' },
            status: 'in_progress',
            progress: 70,
            notes: [
              {
                on: '2024-03-29',
                progress: 50,
                note: 'Đã rà soát 214 văn bản; chờ Luật Đất đai năm 2024 có hiệu lực.',
              },
              { on: '2024-12-27', progress: 70, note: 'Đang xây dựng nghị định hướng dẫn thi hành Luật Đất đai.' },
            ],
          },
        ],
      },
      {
        ordinal: '2',
        areas: ['apparatus'],
        text: 'Hoàn thiện quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các bộ, cơ quan ngang bộ.',
        tasks: [
          {
            lead: 'BNV',
            deadline: { kind: 'dated', due: '2024-03-31' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-03-25',
            result: 'Đã trình Chính phủ Nghị định quy định cơ cấu tổ chức của các bộ.',
          },
        ],
      },
      {
        ordinal: '3',
        areas: ['digital_government'],
        text: 'Nâng cao chất lượng dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.',
        tasks: [
          {
            lead: 'BTTTT',
            coordinators: ['VPCP'],
            deadline: { kind: 'dated', due: '2024-06-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2024-08-10',
            result: 'Bộ chỉ số đánh giá chất lượng dịch vụ công trực tuyến đã được áp dụng.',
            notes: [{ on: '2024-06-28', progress: 80, note: 'Đang thử nghiệm bộ chỉ số tại 10 bộ, tỉnh.' }],
          },
        ],
      },
      {
        ordinal: '4',
        areas: ['procedures'],
        text: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa.',
        tasks: [
          {
            lead: 'P-TUYENQUANG',
            deadline: { kind: 'dated', due: '2024-06-30' },
            status: 'in_progress',
            progress: 75,
            extension: {
              to: '2024-12-31',
              reason: 'Chờ nâng cấp hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
            },
            notes: [
              { on: '2024-06-15', progress: 55, note: 'Đã số hóa 62% hồ sơ; đề nghị gia hạn đến 31/12/2024.' },
              { on: '2025-03-31', progress: 75, note: 'Chậm do sáp nhập tỉnh, đang hợp nhất kho dữ liệu.' },
            ],
          },
        ],
      },
    ],
  },
  {
    number: 8,
    title: title(8),
    date: '2025-03-12',
    time: '08:00',
    summary: 'Đánh giá kết quả cải cách hành chính năm 2024; cải cách hành chính gắn với sắp xếp tổ chức bộ máy.',
    assignedOn: '2025-03-17',
    directives: [
      {
        ordinal: '1',
        areas: ['apparatus'],
        text: 'Hướng dẫn sắp xếp, tinh gọn tổ chức bộ máy; sắp xếp đơn vị hành chính cấp tỉnh, cấp xã, tổ chức chính quyền địa phương hai cấp.',
        tasks: [
          {
            lead: 'BNV',
            monitor: 'VPCP',
            deadline: { kind: 'dated', due: '2025-06-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2025-06-20',
            result: 'Đã ban hành hướng dẫn; chính quyền địa phương hai cấp vận hành từ 01/7/2025.',
            notes: [{ on: '2025-04-30', progress: 60, note: 'Đã trình đề án sắp xếp đơn vị hành chính cấp tỉnh.' }],
          },
        ],
      },
      {
        ordinal: '2',
        areas: ['digital_government'],
        text: 'Triển khai Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
        tasks: [
          {
            lead: 'BKHCN',
            coordinators: ['BCA', 'VPCP'],
            deadline: { kind: 'dated', due: '2025-12-31' },
            status: 'in_progress',
            progress: 65,
            notes: [
              {
                on: '2025-06-30',
                progress: 40,
                note: 'Đã ban hành kế hoạch hành động; đang xây dựng nền tảng dữ liệu dùng chung.',
              },
              {
                on: '2025-12-26',
                progress: 65,
                note: 'Chậm tiến độ do điều chỉnh kiến trúc Chính phủ số sau sắp xếp bộ máy.',
              },
            ],
          },
        ],
      },
      {
        ordinal: '3',
        areas: ['procedures'],
        text: 'Cắt giảm ít nhất 30% thời gian xử lý thủ tục hành chính và 30% chi phí tuân thủ trong năm 2026.',
        tasks: [
          {
            lead: 'VPCP',
            coordinators: ['BTP'],
            deadline: { kind: 'dated', due: '2026-12-31' },
            status: 'in_progress',
            progress: 55,
            notes: [{ on: '2026-06-30', progress: 55, note: 'Đã cắt giảm 1.240 thủ tục, đạt 24% thời gian xử lý.' }],
          },
        ],
      },
      {
        ordinal: '4',
        areas: ['institutional'],
        text: 'Tổ chức thi hành Luật Ban hành văn bản quy phạm pháp luật năm 2025; đổi mới quy trình xây dựng pháp luật.',
        tasks: [
          {
            lead: 'BTP',
            deadline: { kind: 'dated', due: '2025-09-30' },
            status: 'completed',
            progress: 100,
            completedOn: '2025-10-10',
            result: 'Nghị định hướng dẫn Luật Ban hành văn bản quy phạm pháp luật đã được ban hành.',
          },
        ],
      },
      {
        ordinal: '5',
        areas: ['public_finance'],
        text: 'Hoàn thiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập gắn với sắp xếp lại đơn vị sự nghiệp.',
        tasks: [
          {
            lead: 'BTC',
            deadline: { kind: 'dated', due: '2027-06-30' },
            status: 'not_started',
            progress: 0,
          },
        ],
      },
      {
        ordinal: '6',
        areas: ['apparatus', 'procedures'],
        text: 'Bảo đảm chính quyền địa phương hai cấp vận hành thông suốt, không gián đoạn giải quyết thủ tục cho người dân, doanh nghiệp.',
        tasks: [
          {
            lead: 'P-TUYENQUANG',
            deadline: { kind: 'dated', due: '2025-12-31' },
            status: 'completed',
            progress: 100,
            completedOn: '2025-12-15',
            result: 'Các xã, phường mới tiếp nhận, giải quyết thủ tục ổn định từ 01/7/2025.',
          },
        ],
      },
    ],
  },
];

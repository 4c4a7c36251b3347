/**
 * A report as an official document (NĐ 30/2020 layout, title BÁO CÁO): its header and narrative as written, and
 * between them the figures and lists as of its day, worded as the Government's tracking reports word them. Always
 * Vietnamese, like the minutes and the notice; the same model feeds the print view and the DOCX.
 */
import type { OfficialReport } from '@/db/schema';
import type { Block, OfficialDocumentModel, Run } from '@/lib/minutes/document-model';
import { markdownToBlocks } from '@/lib/minutes/markdown';
import { formatDate } from '@/lib/time';
import type { ReportSnapshot, ReportTaskLine } from './types';

const pct = (n: number, d: number) =>
  d === 0 ? '—' : `${(Math.round((n / d) * 1000) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

/** The figures derived from the class counts, as the Government's reports print them. */
export function reportFigures(c: ReportSnapshot['counts']) {
  const completed = c.completed_on_time + c.completed_late;
  const notCompleted = c.in_progress_on_time + c.overdue;
  const dated = completed + notCompleted;
  const cameDue = completed + c.overdue;
  return {
    assigned: dated + c.undated + c.recurring,
    completed,
    notCompleted,
    cameDue,
    completionRate: pct(completed, cameDue),
    onTimeRate: pct(c.completed_on_time, cameDue),
    overdueRate: pct(c.overdue, cameDue),
  };
}

const para = (text: string, runs?: Run[]): Block => ({ kind: 'paragraph', runs: runs ?? [{ text }] });
const heading = (text: string): Block => ({ kind: 'heading', runs: [{ text }] });

function taskText(t: ReportTaskLine): string {
  const text = t.confidential ? 'Nhiệm vụ mật' : t.text.replace(/\s+/g, ' ').trim();
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}

function overdueItem(t: ReportTaskLine, i: number): Block {
  if (t.confidential) {
    const due = t.due ? ` Hạn ${formatDate(t.due)}, quá ${t.daysOverdue ?? 0} ngày.` : '';
    return { kind: 'numbered', label: `${i + 1}.`, level: 0, runs: [{ text: `${taskText(t)}.${due}` }] };
  }
  const parts = [
    `${taskText(t)} (${t.agencyName} chủ trì${t.sessionNumber ? `; Phiên họp thứ ${t.sessionNumber}` : ''}).`,
    t.due ? `Hạn ${formatDate(t.due)}, quá ${t.daysOverdue ?? 0} ngày.` : '',
    t.extension ? `Đã gia hạn từ ${formatDate(t.extension.from)} đến ${formatDate(t.extension.to)}.` : '',
  ].filter(Boolean);
  const runs: Run[] = [{ text: parts.join(' ') }];
  if (t.explanation) {
    runs.push(
      { text: ' Giải trình của cơ quan chủ trì ' },
      { text: `(${formatDate(t.explanation.on)}): `, italic: true },
    );
    runs.push({ text: t.explanation.note.replace(/\s+/g, ' ').trim().slice(0, 600), italic: true });
  } else runs.push({ text: ' Chưa có giải trình.', italic: true });
  return { kind: 'numbered', label: `${i + 1}.`, level: 0, runs };
}

/** The generated part of the report: the summary, the table by agency, the overdue list, what was completed since. */
export function figureBlocks(s: ReportSnapshot): Block[] {
  const c = s.counts;
  const f = reportFigures(c);
  const day = formatDate(s.asOf);
  const blocks: Block[] = [
    heading('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ'),
    para(
      `Tính đến ngày ${day}, tổng số nhiệm vụ được giao là ${f.assigned}, trong đó: đã hoàn thành ${f.completed} nhiệm vụ ` +
        `(đúng hạn ${c.completed_on_time}, quá hạn ${c.completed_late}); chưa hoàn thành ${f.notCompleted} nhiệm vụ ` +
        `(trong hạn ${c.in_progress_on_time}, quá hạn ${c.overdue}); nhiệm vụ không có thời hạn cụ thể: ${c.undated}; ` +
        `nhiệm vụ thường xuyên: ${c.recurring}.`,
    ),
    para(
      `Trên ${f.cameDue} nhiệm vụ đã đến hạn: tỷ lệ hoàn thành ${f.completionRate} (đúng hạn ${f.onTimeRate}); ` +
        `tỷ lệ quá hạn chưa hoàn thành ${f.overdueRate}.`,
    ),
  ];
  if (s.byAgency.length) {
    blocks.push(heading('Kết quả theo cơ quan chủ trì (xếp theo số nhiệm vụ quá hạn)'));
    blocks.push({
      kind: 'table',
      header: [
        'TT',
        'Cơ quan chủ trì',
        'Được giao',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Trong hạn',
        'Quá hạn',
        'Tỷ lệ hoàn thành',
      ],
      widths: [5, 33, 9, 11, 11, 10, 9, 12],
      rows: s.byAgency.map((a, i) => {
        const r = reportFigures(a.counts);
        const name = [
          a.name,
          a.endedOn ? ` (đã kết thúc ${formatDate(a.endedOn)}${a.successor ? `, kế thừa: ${a.successor}` : ''})` : '',
          a.predecessors.length ? ` (tiếp nhận từ ${a.predecessors.join(', ')})` : '',
        ].join('');
        return [
          String(i + 1),
          name,
          String(r.assigned),
          String(a.counts.completed_on_time),
          String(a.counts.completed_late),
          String(a.counts.in_progress_on_time),
          String(a.counts.overdue),
          r.completionRate,
        ];
      }),
    });
  }
  blocks.push(heading(`II. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH (${s.overdueTotal})`));
  if (s.overdue.length === 0) blocks.push(para('Không có nhiệm vụ quá hạn.'));
  blocks.push(...s.overdue.map(overdueItem));
  if (s.overdueTotal > s.overdue.length) {
    blocks.push(para(`(Và ${s.overdueTotal - s.overdue.length} nhiệm vụ quá hạn khác, xem danh sách kèm theo.)`));
  }
  blocks.push(
    heading(
      s.previous
        ? `III. NHIỆM VỤ HOÀN THÀNH TỪ BÁO CÁO TRƯỚC (ngày ${formatDate(s.previous.asOf)}): ${s.completedSinceTotal}`
        : `III. NHIỆM VỤ ĐÃ HOÀN THÀNH: ${s.completedSinceTotal}`,
    ),
  );
  if (s.completedSince.length === 0) blocks.push(para('Không có.'));
  blocks.push(
    ...s.completedSince.map((t, i): Block => ({
      kind: 'numbered',
      label: `${i + 1}.`,
      level: 0,
      runs: [
        {
          text: `${taskText(t)} (${t.confidential ? '' : `${t.agencyName}; `}hoàn thành ngày ${t.completedOn ? formatDate(t.completedOn) : '…'}).`,
        },
      ],
    })),
  );
  return blocks;
}

export function reportModel(report: OfficialReport, snapshot: ReportSnapshot): OfficialDocumentModel {
  return {
    kind: 'report',
    parentBody: null,
    issuingBody: report.issuingBody ?? '',
    number: report.number,
    symbol: report.symbol ?? 'BC',
    place: report.place ?? 'Hà Nội',
    issueDate: report.issueDate,
    subject: report.subject,
    body: [...markdownToBlocks(report.body), ...figureBlocks(snapshot), ...markdownToBlocks(report.closing)],
    signatures: report.signerTitle
      ? [
          {
            authorityPrefix: report.authorityPrefix === 'none' ? null : report.authorityPrefix,
            authorityBody: report.authorityBody,
            signerTitle: report.signerTitle,
            signerName: report.signerName ?? '',
          },
        ]
      : [],
    recipients: report.recipients,
    draftWatermark: report.status !== 'published',
  };
}

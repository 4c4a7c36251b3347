/**
 * Builds the official .docx of a meeting session's minutes (BIÊN BẢN) or conclusion notice (THÔNG BÁO) in the
 * layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins 20/20/30/15 mm, Times New Roman, the two-column
 * header (issuing body | national title and motto), title and subject, justified 14 pt body, signature block(s)
 * and "Nơi nhận:". Body line spacing is single (the decree allows single to 1.5 lines) with 6 pt after each paragraph.
 * Server-only in practice (the `docx` package is large); the model type lives in `./document-model`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { xmlText } from '@/lib/text';
import type { Block, OfficialDocumentModel, Run, Signature } from './document-model';
import { documentNumberLine, formatVietnameseDate, recipientLines } from './format';

export { documentNumberLine, formatVietnameseDate, recipientLines };

const mm = (n: number) => Math.round(n * 56.7); // millimetres → twips
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9354
const CELL_PADDING = 108; // Word's default left/right cell margin
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // points → half-points (w:sz)
const FIRST_LINE = 720; // 1.27 cm
const LEVEL1_INDENT = mm(5);
const BODY_AFTER = 120; // 6 pt
const MOTTO_WIDTH = 3170; // "Độc lập - Tự do - Hạnh phúc", bold 13 pt Times New Roman, measured from the font's metrics

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
type Line = { text: string; size: number; bold?: boolean; italic?: boolean };

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/**
 * A run of text as XML can carry it: text stored before the input was cleaned (a progress note holding U+FFFF, which
 * the docx package writes as it is) made the whole file one Word calls damaged (attacker pass 29).
 */
const textRun = (options: IRunOptions & { text: string }) => new TextRun({ ...options, text: xmlText(options.text) });

function textRuns(runs: Run[], size: number, force: { bold?: boolean } = {}): TextRun[] {
  return runs.map((r) => textRun({ text: r.text, size, bold: force.bold ?? r.bold, italics: r.italic }));
}

function line(l: Line, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...options,
    children: [textRun({ text: l.text, size: l.size, bold: l.bold, italics: l.italic })],
  });
}

/** A short horizontal rule of `width` twips centred in a space `available` twips wide (a bottom-bordered empty paragraph). */
function rule(width: number, available: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 60, after },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  // A cell must hold at least one paragraph.
  const content = children.length ? children : [new Paragraph({ children: [] })];
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children: content });
}

function borderlessTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(widths[i]!, c)) })),
  });
}

function header(model: OfficialDocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const bodies: Paragraph[] = [];
  if (model.parentBody) bodies.push(line({ text: upper(model.parentBody), size: pt(13) }));
  bodies.push(line({ text: upper(model.issuingBody), size: pt(13), bold: true }));
  bodies.push(rule(Math.round((left - 2 * CELL_PADDING) / 3), left - 2 * CELL_PADDING));
  const nation = [
    line({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: pt(12), bold: true }),
    line({ text: 'Độc lập - Tự do - Hạnh phúc', size: pt(13), bold: true }),
    rule(MOTTO_WIDTH, right - 2 * CELL_PADDING),
  ];
  // A row of its own for the number and the date keeps them on one line whatever the bodies above take.
  const spaced = { spacing: { before: 120 } };
  const number = [line({ text: documentNumberLine(model.number, model.symbol), size: pt(13) }, spaced)];
  const date = [line({ text: formatVietnameseDate(model.place, model.issueDate), size: pt(13), italic: true }, spaced)];
  return borderlessTable(
    [left, right],
    [
      [bodies, nation],
      [number, date],
    ],
  );
}

export const DOCUMENT_TITLE = { notice: 'THÔNG BÁO', minutes: 'BIÊN BẢN', report: 'BÁO CÁO' } as const;

/** A bordered table in 12 pt, its header row bold and repeated on each page, numbers centred. */
function table(b: Extract<Block, { kind: 'table' }>): Table {
  const total = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            borders,
            children: [
              new Paragraph({
                alignment: i === 1 && !head ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: [textRun({ text, size: pt(12), bold: head })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
  });
}

function title(model: OfficialDocumentModel): Paragraph[] {
  const name = DOCUMENT_TITLE[model.kind];
  return [
    line({ text: name, size: pt(14), bold: true }, { spacing: { before: 240 }, keepNext: true }),
    line({ text: model.subject, size: pt(14), bold: true }, { keepNext: true }),
    rule(Math.round(TEXT_WIDTH / 3), TEXT_WIDTH, 360),
  ];
}

const ALIGN: Record<'justify' | 'center' | 'left', Align> = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
};

function block(b: Block): Paragraph | Table {
  const base = { spacing: { after: BODY_AFTER }, alignment: AlignmentType.JUSTIFIED } as const;
  switch (b.kind) {
    case 'paragraph':
      return new Paragraph({
        ...base,
        alignment: ALIGN[b.align ?? 'justify'],
        indent: b.indent === false ? undefined : { firstLine: FIRST_LINE },
        children: textRuns(b.runs, pt(14)),
      });
    case 'heading':
      return new Paragraph({
        ...base,
        keepNext: true,
        indent: { firstLine: FIRST_LINE },
        children: textRuns(b.runs, pt(14), { bold: true }),
      });
    case 'numbered':
      return new Paragraph({
        ...base,
        indent: { firstLine: FIRST_LINE, left: b.level === 1 ? LEVEL1_INDENT : undefined },
        children: [textRun({ text: `${b.label} `, size: pt(14) }), ...textRuns(b.runs, pt(14))],
      });
    case 'table':
      return table(b);
  }
}

function signatureBlock(s: Signature): Paragraph[] {
  const lines: Paragraph[] = [];
  const authority = [s.authorityPrefix ? `${s.authorityPrefix}.` : '', s.authorityBody ? upper(s.authorityBody) : '']
    .filter(Boolean)
    .join(' ');
  if (authority) lines.push(line({ text: authority, size: pt(13), bold: true }));
  lines.push(line({ text: upper(s.signerTitle), size: pt(13), bold: true }));
  for (let i = 0; i < 4; i++) lines.push(line({ text: '', size: pt(13) }));
  lines.push(line({ text: s.signerName, size: pt(14), bold: true }));
  return lines;
}

function recipientsBlock(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return [];
  const heading = new Paragraph({
    children: [textRun({ text: 'Nơi nhận:', size: pt(12), bold: true, italics: true })],
  });
  return [
    heading,
    ...recipientLines(recipients).map((text) => new Paragraph({ children: [textRun({ text, size: pt(11) })] })),
  ];
}

function closing(model: OfficialDocumentModel): (Paragraph | Table)[] {
  const gap = new Paragraph({ spacing: { after: 120 }, children: [] });
  if (model.kind !== 'minutes') {
    const left = Math.round(TEXT_WIDTH * 0.4);
    const signature = model.signatures[0];
    return [
      gap,
      borderlessTable(
        [left, TEXT_WIDTH - left],
        [[recipientsBlock(model.recipients), signature ? signatureBlock(signature) : []]],
      ),
    ];
  }
  const half = Math.round(TEXT_WIDTH / 2);
  const [secretary, chair] = model.signatures;
  const blocks = [secretary ? signatureBlock(secretary) : [], chair ? signatureBlock(chair) : []];
  const recipients = recipientsBlock(model.recipients);
  return [
    gap,
    borderlessTable([half, TEXT_WIDTH - half], [blocks]),
    ...(recipients.length ? [new Paragraph({ spacing: { before: 240 }, children: [] }), ...recipients] : []),
  ];
}

const escapeXml = (s: string) =>
  xmlText(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** docProps/core.xml written in full, because docx has no option for dc:language. */
function coreProperties(model: OfficialDocumentModel): string {
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.subject)}</dc:title>` +
    `<dc:creator>${escapeXml(model.issuingBody)}</dc:creator>` +
    '<dc:language>vi-VN</dc:language>' +
    `<cp:lastModifiedBy>${escapeXml(model.issuingBody)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function buildOfficialDocx(model: OfficialDocumentModel): Promise<Uint8Array> {
  const draft = model.draftWatermark
    ? [line({ text: 'DỰ THẢO', size: pt(14), bold: true }, { alignment: AlignmentType.RIGHT, spacing: { after: 120 } })]
    : [];
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14) })],
  });
  const doc = new Document({
    title: model.subject,
    creator: model.issuingBody,
    lastModifiedBy: model.issuingBody,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(14), color: '000000', language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE,
            margin: MARGIN,
            pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
          },
        },
        headers: {
          default: new Header({ children: [pageNumber] }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [...draft, header(model), ...title(model), ...model.body.map(block), ...closing(model)],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(model) }]);
}

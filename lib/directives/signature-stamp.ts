import { STAMP_FIELD, STAMP_KEY } from './signature-stamp-vocabulary';

/** How many lines around a stamp's key its other fields are looked for. */
const STAMP_REACH = 4;

/**
 * A notice's text without its digital signature's stamp. A signed PDF's text layer (and a paste from it) carries the
 * stamp's lines ("Ký bởi: Văn phòng Chính phủ", "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: …"), on lines of their
 * own or on the header's lines beside it; read as the notice's words they made the signing body a lead. From a key,
 * the rest of its line goes; a field ("Email:", "Cơ quan:") goes with the rest of its line only near a key, and a lone
 * letter on the line before a key (the stamp's "Ủ", which a PDF reader set apart from "y ban") goes too. A line the
 * stamp filled goes whole, not left blank: a stamp drawn at a page's top falls inside a paragraph, and a blank line
 * there ended the paragraph (the closing "… yêu cầu các sở, ngành, Ủy / ban nhân dân các xã, phường triển khai thực
 * hiện./." cut in two made its second half a task of the last item).
 */
export function withoutSignatureStamps(text: string): string {
  if (!STAMP_KEY.test(text)) return text;
  const lines = text.split('\n');
  const keys = lines.flatMap((line, i) => (STAMP_KEY.test(line) ? [i] : []));
  const nearKey = (i: number) => keys.some((k) => Math.abs(k - i) <= STAMP_REACH);
  const cut = (line: string, at: number) => line.slice(0, at).trimEnd();
  return lines
    .flatMap((line, i) => {
      // a letter of the stamp that the PDF's reader set apart, on a line of its own just before it ("Ủ" of "Ủy ban")
      if (/^\s*\p{L}\p{M}*\s*$/u.test(line) && STAMP_KEY.test(lines[i + 1] ?? '')) return [];
      const at = STAMP_KEY.exec(line)?.index ?? (nearKey(i) ? STAMP_FIELD.exec(line)?.index : undefined);
      if (at === undefined) return [line];
      const kept = cut(line, at);
      return kept ? [kept] : [];
    })
    .join('\n');
}

/**
 * The content of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I) exported for a meeting session:
 * the minutes (BIÊN BẢN, symbol BB-…) or the conclusion notice (THÔNG BÁO, symbol TB-…).
 * Plain data only, safe to import from client components; `lib/minutes/docx.ts` turns it into a .docx file.
 */
export type Run = { text: string; bold?: boolean; italic?: boolean };
export type Block =
  | {
      kind: 'paragraph';
      runs: Run[];
      indent?: boolean /* first-line indent, default true */;
      align?: 'justify' | 'center' | 'left';
    }
  | { kind: 'heading'; runs: Run[] } // a bold run-in heading line inside the body (e.g. "I. TÌNH HÌNH ...")
  | { kind: 'numbered'; label: string; runs: Run[]; level: 0 | 1 } // "1.", "a)" — the label is written as given, body justified, level 1 indented further
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }; // a bordered table (a report's figures); widths are relative
export type Signature = {
  authorityPrefix: 'TM' | 'KT' | 'TL' | 'TUQ' | null; // printed as "TM. ", "KT. " … in bold capitals before authorityBody
  authorityBody: string | null; // e.g. "BỘ TRƯỞNG, CHỦ NHIỆM" (with KT.) or "BAN CHỈ ĐẠO" (with TM.)
  signerTitle: string; // e.g. "PHÓ CHỦ NHIỆM" (bold capitals)
  signerName: string; // e.g. "Trần Văn Sơn" (bold, printed after blank lines left for the signature and seal)
};
export type OfficialDocumentModel = {
  kind: 'minutes' | 'notice' | 'report'; // BIÊN BẢN, THÔNG BÁO, BÁO CÁO; a report closes as a notice does
  parentBody: string | null; // the line above the issuing body in the left header, not bold, e.g. "CHÍNH PHỦ" — may be null
  issuingBody: string; // e.g. "VĂN PHÒNG CHÍNH PHỦ" (bold capitals, with a short rule under it)
  number: string | null; // "45"; null → "Số:      /TB-VPCP" with blank space for the number
  symbol: string; // "TB-VPCP" or "BB-BCĐ"
  place: string; // "Hà Nội"
  issueDate: string | null; // YYYY-MM-DD; null → "Hà Nội, ngày … tháng … năm …"
  subject: string; // the subject line under the title, bold ("Kết luận của Thủ tướng Chính phủ … tại Phiên họp thứ 7 …")
  body: Block[];
  signatures: Signature[]; // notice: 1 (right column). minutes: 2 — [THƯ KÝ (left), CHỦ TỌA (right)]
  recipients: string[]; // the "Nơi nhận:" list; the last line should be "Lưu: VT, …" (the caller provides it)
  draftWatermark?: boolean; // when true, put "DỰ THẢO" in bold at the top right above the header (draft exports)
};

import type { ProposedDirective } from '@/lib/directives/conclusion-parser';

/**
 * A corpus notice's text cut as an office lays it out (Decree 30): the header in two columns (the issuer and its number
 * on the left; the country's name, its motto, and the place and date on the right), the text, and after it "Nơi nhận:"
 * with its list on the left beside the signature on the right. Where the source has no such header or closing, `head`
 * or `foot` is null and those lines stay in `body`. Used to print the notices to PDF and to write them as DOCX.
 */
export type OfficeLayout = {
  head: { left: string[]; right: string[] } | null;
  body: string[];
  foot: { recipients: string[]; signature: string[] } | null;
};

export function officeLayout(text: string): OfficeLayout {
  const lines = text.split('\n');
  const dateAt = lines.findIndex((l) => /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u.test(l));
  const numberAt = lines.findIndex((l) => /^\s*Số\s*:/u.test(l));
  const headEnd = Math.max(dateAt, numberAt);
  const hasHead = dateAt >= 0 && numberAt >= 0 && headEnd < 12 && Math.min(dateAt, numberAt) < 8;
  const headLines = hasHead
    ? lines
        .slice(0, headEnd + 1)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  const right = headLines.filter((l) => /CỘNG HÒA|CỘNG HOÀ|Độc lập|ngày\s+\d/u.test(l));
  const closingAt = lines.findIndex((l) => /^\s*Nơi nhận\s*:?\s*$/u.test(l));
  const after =
    closingAt < 0
      ? []
      : lines
          .slice(closingAt + 1)
          .map((l) => l.trim())
          .filter(Boolean);
  const recipients = after.filter((l) => /^[-–•+]/u.test(l));
  const signature = after.filter((l) => !/^[-–•+]/u.test(l));
  const hasFoot = recipients.length > 0 && signature.length > 0;
  return {
    head: hasHead ? { left: headLines.filter((l) => !right.includes(l)), right } : null,
    body: lines.slice(hasHead ? headEnd + 1 : 0, hasFoot ? closingAt : lines.length).filter((l) => l.trim()),
    foot: hasFoot ? { recipients, signature } : null,
  };
}

/** What the fidelity tests compare of a parse: each item's number, leads, partners, groups and deadline. */
export const asRead = (items: ProposedDirective[]) =>
  items.map((p) =>
    [
      p.ordinal,
      p.leadAgencyIds.join(','),
      p.coordinatorAgencyIds.join(','),
      p.groups.join(','),
      p.deadline?.kind ?? '',
      p.deadline && 'dueDate' in p.deadline ? p.deadline.dueDate : '',
    ].join(' | '),
  );

import { attendeeDraftSchema, type ParsedValues } from './attendee-schema';

type Field = keyof ParsedValues;

/**
 * One attendee row checked with the schema the server applies on save, each message under the field it is about
 * (a missing substitute is said under "Người dự thay", not at the top of the form). A message about no
 * one field goes under the name. The messages are keys (lib/i18n/message.ts): `localize` puts each in the
 * reader's language before two are joined (the form passes the browser's, components/forms/localize.ts).
 */
export function attendeeFieldErrors(
  row: Partial<ParsedValues>,
  localize: (message: string) => string = (m) => m,
): Partial<Record<Field, string>> {
  const r = attendeeDraftSchema.safeParse({
    ...row,
    positionTitle: row.positionTitle || null,
    agencyName: row.agencyName || null,
    representedBy: row.representedBy || null,
  });
  if (r.success) return {};
  const out: Partial<Record<Field, string>> = {};
  for (const issue of r.error.issues) {
    const key = (typeof issue.path[0] === 'string' ? issue.path[0] : 'fullName') as Field;
    const message = localize(issue.message);
    out[key] = out[key] ? `${out[key]} · ${message}` : message;
  }
  return out;
}

/** The fields of a reviewed proposal an error may name, as the review form calls them. */
const FIELD_OF: Record<string, string> = {
  deadline: 'deadline',
  dueDate: 'deadline',
  period: 'deadline',
  leadAgencyIds: 'leadAgencyIds',
  coordinatorIds: 'coordinatorIds',
  monitorAgencyId: 'monitorAgencyId',
  text: 'text',
};

export type ProposalError = { message: string; fields: Record<string, string> };

/**
 * The server's refusal of a batch of proposals, per item: field errors keyed `items.<index>[.<field>…]`
 * (index in the batch sent) are given to the item sent at that index, by its key ("3a"), so the review
 * page can mark the card and scroll to it. The first item named comes first.
 */
export function proposalErrors(
  fieldErrors: Record<string, string> | undefined,
  sentKeys: readonly string[],
): Map<string, ProposalError> {
  const out = new Map<string, ProposalError>();
  for (const [path, message] of Object.entries(fieldErrors ?? {})) {
    const m = /^items\.(\d+)(?:\.([^.]+))?/.exec(path);
    const key = m ? sentKeys[Number(m[1])] : undefined;
    if (key === undefined) continue;
    const entry = out.get(key) ?? { message: '', fields: {} };
    const field = m![2] ? (FIELD_OF[m![2]] ?? m![2]) : null;
    if (field) entry.fields[field] ??= message;
    // The item's own message ("chọn thời hạn cho nhiệm vụ.") wins over a field's.
    if (!field) entry.message = message;
    else entry.message ||= message;
    out.set(key, entry);
  }
  return out;
}

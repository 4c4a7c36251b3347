/**
 * Keys for a notice's proposals on the review form, unique within it, and each sub-item's parent's key. A notice can
 * number two items alike (sections that start again at "1." under headings that are not items): keyed by their numbers,
 * the second "1" was taken for a sub-item's parent in place of the first, and the form posted one key twice, which the
 * server refuses (attacker pass 30). A repeated number is keyed with its place ("1#7"), and a sub-item belongs to the
 * nearest item above it with its parent's number. The person still sees the numbers as the notice prints them.
 */
export function proposalKeys(
  items: readonly { ordinal: string; parentOrdinal: string | null }[],
): { key: string; parentKey: string | null }[] {
  const used = new Set<string>();
  const latest = new Map<string, string>();
  return items.map((item, index) => {
    const key = used.has(item.ordinal) ? `${item.ordinal.slice(0, 14)}#${index + 1}` : item.ordinal;
    used.add(key);
    const parentKey = item.parentOrdinal === null ? null : (latest.get(item.parentOrdinal) ?? item.parentOrdinal);
    latest.set(item.ordinal, key);
    return { key, parentKey };
  });
}

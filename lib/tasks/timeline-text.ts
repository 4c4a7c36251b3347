import { formatDate } from '@/lib/time';

/**
 * What a deadline entry of a task's timeline adds after its kind: the change made ("30/06/2027 → 31/07/2027"),
 * the date an extension granted and, when it is not the one asked, the date asked; null for other entries.
 */
export function deadlineNote(
  kind: string,
  data: unknown,
  labels: { grantedTo: string; requestedTo: string; refused: string },
): string | null {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const date = (x: unknown) => (typeof x === 'string' && x ? formatDate(x) : '—');
  if (kind === 'deadline_changed' && v.to) return `${date(v.from)} → ${date(v.to)}`;
  if (kind !== 'extension_decided') return null;
  if (v.accepted === false) return labels.refused;
  if (v.accepted !== true || !v.dueDate) return null;
  const asked =
    v.requestedDueDate && v.requestedDueDate !== v.dueDate
      ? ` (${labels.requestedTo} ${date(v.requestedDueDate)})`
      : '';
  return `${labels.grantedTo} ${date(v.dueDate)}${asked}`;
}

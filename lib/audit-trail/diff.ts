/**
 * A compact before → after of an audit row, for a table cell and a spreadsheet column: the top-level fields
 * that changed (or, with only one side, the fields given), each value cut short, dates as the app shows them. Pure;
 * no i18n (field names are the record's own, values are data).
 */
import { formatDate, formatDateTime } from '@/lib/time';

export type DiffLine = { field: string; before?: string; after?: string };

const MAX_VALUE = 80;
const MAX_LINES = 12;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the reader reads it: instants in Vietnam time and calendar dates as dd/MM/yyyy, like the rest of the app. */
function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    return formatDateTime(new Date(value));
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) return formatDate(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The changed fields; `more` counts those left out past the first twelve. */
export function auditDiff(before: unknown, after: unknown): { lines: DiffLine[]; more: number } {
  const lines: DiffLine[] = [];
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const k of keys) {
      const has = { b: Object.hasOwn(b, k), a: Object.hasOwn(a, k) };
      if (has.b && has.a && JSON.stringify(b[k]) === JSON.stringify(a[k])) continue;
      lines.push({
        field: k,
        ...(has.b ? { before: show(b[k]) } : {}),
        ...(has.a ? { after: show(a[k]) } : {}),
      });
    }
  } else if (before != null || after != null) {
    lines.push({
      field: '',
      ...(before != null ? { before: show(before) } : {}),
      ...(after != null ? { after: show(after) } : {}),
    });
  }
  return { lines: lines.slice(0, MAX_LINES), more: Math.max(0, lines.length - MAX_LINES) };
}

/** One line per field, `field: before → after` (a side that is absent is left out): the spreadsheet's column. */
export function auditDiffText(before: unknown, after: unknown): string {
  const { lines, more } = auditDiff(before, after);
  const text = lines.map((l) => {
    const head = l.field ? `${l.field}: ` : '';
    if (l.before !== undefined && l.after !== undefined) return `${head}${l.before} → ${l.after}`;
    if (l.after !== undefined) return `${head}→ ${l.after}`;
    return `${head}${l.before} →`;
  });
  if (more) text.push(`… +${more}`);
  return text.join('\n');
}

/** The app's page for a record named by an audit row, where there is one. */
export function auditRecordHref(entityType: string, entityId: string | null): string | null {
  if (!entityId || !/^\d{1,10}$/.test(entityId)) return null;
  switch (entityType) {
    case 'session':
      return `/sessions/${entityId}`;
    case 'task':
      return `/tasks/${entityId}`;
    case 'user':
      return '/admin/users';
    case 'agency':
      return '/admin/agencies';
    default:
      return null;
  }
}

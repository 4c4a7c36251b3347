import { msg } from '@/lib/i18n/message';
import { fromDigits, isoDate, withoutControls, z } from '@/lib/zod';

/** The largest audit id a URL may name (the column is a bigint; JavaScript numbers are exact up to here). */
const MAX_AUDIT_ID = Number.MAX_SAFE_INTEGER;

/** One value per filter: a repeated parameter (`?action=a&action=b`) is not a value this form sends. */
const single = (v: unknown) => (Array.isArray(v) ? { repeated: true } : v === '' ? undefined : v);

/**
 * The audit trail's filters as they travel in the URL (the page and its Excel export share them). Each one is
 * checked on its own, so a bad value names itself (`auditFilterFromParams` lists them) instead of failing the page.
 */
export const auditFilterFields = {
  /** A user id, or `system` for what the system did by itself (seeds, scheduled jobs). */
  person: z.preprocess(
    single,
    z.union([z.literal('system'), fromDigits(z.number().int().positive().max(2_147_483_647))]).optional(),
  ),
  action: z.preprocess(
    single,
    z
      .string()
      .regex(/^[a-z0-9_.]{1,80}$/i)
      .optional(),
  ),
  type: z.preprocess(
    single,
    z
      .string()
      .regex(/^[a-z0-9_]{1,40}$/i)
      .optional(),
  ),
  record: z.preprocess(
    single,
    z.string().transform(withoutControls).pipe(z.string().trim().min(1).max(200)).optional(),
  ),
  from: z.preprocess(single, isoDate('fields.date').optional()),
  to: z.preprocess(single, isoDate('fields.date').optional()),
  /** Keyset paging: the rows older than this id (the last one of the page before). */
  before: z.preprocess(single, fromDigits(z.number().int().positive().max(MAX_AUDIT_ID)).optional()),
} as const;

export type AuditFilterParam = keyof typeof auditFilterFields;

export type AuditFilter = {
  person?: number | 'system';
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Vietnam calendar days, both included. */
  from?: string;
  to?: string;
};

/**
 * Reads the filters from URL params. `ignored` names each param whose value could not be used (an array, an id
 * out of range, a date that does not exist, a range that ends before it starts): the page says so and the
 * export refuses, rather than quietly widening what is shown.
 */
export function auditFilterFromParams(raw: Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  before: number | null;
  ignored: AuditFilterParam[];
} {
  const ignored: AuditFilterParam[] = [];
  const values: Partial<Record<AuditFilterParam, unknown>> = {};
  for (const name of Object.keys(auditFilterFields) as AuditFilterParam[]) {
    if (!Object.hasOwn(raw, name)) continue;
    const parsed = auditFilterFields[name].safeParse(raw[name]);
    if (parsed.success) values[name] = parsed.data;
    else ignored.push(name);
  }
  const filter: AuditFilter = {};
  if (values.person !== undefined) filter.person = values.person as number | 'system';
  if (values.action !== undefined) filter.action = values.action as string;
  if (values.type !== undefined) filter.entityType = values.type as string;
  if (values.record !== undefined) filter.entityId = values.record as string;
  if (values.from !== undefined) filter.from = values.from as string;
  if (values.to !== undefined) filter.to = values.to as string;
  if (filter.from && filter.to && filter.to < filter.from) {
    ignored.push('to');
    delete filter.to;
  }
  return { filter, before: (values.before as number | undefined) ?? null, ignored };
}

/** The filters as URL params: the inverse of `auditFilterFromParams` (for links and the export). */
export function auditFilterToParams(filter: AuditFilter, before?: number | null): URLSearchParams {
  const q = new URLSearchParams();
  if (filter.person !== undefined) q.set('person', String(filter.person));
  if (filter.action) q.set('action', filter.action);
  if (filter.entityType) q.set('type', filter.entityType);
  if (filter.entityId) q.set('record', filter.entityId);
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (before) q.set('before', String(before));
  return q;
}

/** What the export answers when a filter is bad: the names of the filters, in the reader's language. */
export const badFilterMessage = (names: readonly string[]) =>
  msg('errors.auditTrail.badFilter', { filters: names.join(', ') });

import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { FilterDateRange, FilterSelect } from '@/components/ui/filter-select';
import { PageHeader } from '@/components/ui/page-header';
import { auditDiff, auditRecordHref } from '@/lib/audit-trail/diff';
import { auditActionLabel, auditTypeLabel } from '@/lib/audit-trail/labels';
import { auditFilterOptions, listAuditTrail } from '@/lib/audit-trail/queries';
import { auditFilterFromParams, auditFilterToParams } from '@/lib/audit-trail/schemas';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { plainParams } from '@/lib/keys';
import { can } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.auditTrail.title);

/** The audit trail for the administrator: filter by person, action, record and days; export what is shown. */
export default async function AuditTrailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const actor = await requireActor();
  if (!can(actor, 'audit.read')) notFound();
  const { t } = await getMessages();
  const tr = await getTranslations('auditTrail');
  const a = t.auditTrail;
  const { filter, before, ignored } = auditFilterFromParams(plainParams(await searchParams));
  const [{ rows, next }, options] = await Promise.all([
    listAuditTrail({ actor, filter, before }),
    auditFilterOptions({ actor }),
  ]);
  const query = auditFilterToParams(filter).toString();
  const labels: Record<string, string> = {
    person: a.person,
    action: a.action,
    type: a.recordType,
    record: a.recordId,
    from: a.from,
    to: a.to,
    before: a.nextPage,
  };
  return (
    <>
      <PageHeader title={a.title} intro={a.intro} />
      {ignored.length > 0 ? (
        <p
          role="status"
          data-testid="ignored-filters"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          {a.ignored}: {ignored.map((n) => labels[n] ?? n).join(', ')}
        </p>
      ) : null}
      <form
        method="get"
        role="search"
        aria-label={a.filters}
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <FilterSelect
          name="person"
          label={a.person}
          value={filter.person}
          options={[['system', a.system], ...options.people.map((p) => [p.id, `${p.name} (${p.email})`] as const)]}
          anyLabel={a.personAll}
        />
        <FilterSelect
          name="action"
          label={a.action}
          value={filter.action}
          options={options.actions.map((v) => [v, auditActionLabel(a, v)] as const)}
          anyLabel={a.actionAll}
        />
        <div className="grid grid-cols-2 gap-2">
          <FilterSelect
            name="type"
            label={a.recordType}
            value={filter.entityType}
            options={options.types.map((v) => [v, auditTypeLabel(a, v)] as const)}
            anyLabel={a.recordTypeAll}
          />
          <div>
            <label htmlFor="f-record" className="label">
              {a.recordId}
            </label>
            <input id="f-record" name="record" defaultValue={filter.entityId ?? ''} className={inputClass} />
          </div>
        </div>
        <FilterDateRange
          from={{ name: 'from', label: a.from, value: filter.from }}
          to={{ name: 'to', label: a.to, value: filter.to }}
        />
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className={buttonClass.primary}>
            {a.apply}
          </button>
          <Link href="/admin/audit" className={buttonClass.secondary}>
            {a.clear}
          </Link>
          <a
            href={`/admin/audit/export.xlsx${query ? `?${query}` : ''}`}
            className={buttonClass.secondary}
            data-testid="audit-export"
          >
            {a.export}
          </a>
        </div>
        <p className="text-xs text-slate-600 sm:col-span-2 lg:col-span-3">{a.exportNote}</p>
      </form>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-700">{a.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="audit-trail">
              <thead className="border-b border-slate-200 text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {a.time}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {a.person}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {a.action}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {a.record}
                  </th>
                  <th scope="col" className="py-2">
                    {a.changes}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {rows.map((r) => {
                  const href = auditRecordHref(r.entityType, r.entityId);
                  const record = `${auditTypeLabel(a, r.entityType)}${r.entityId ? ` #${r.entityId}` : ''}`;
                  const diff = auditDiff(r.before, r.after);
                  return (
                    <tr key={r.id}>
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                      <td className="py-2 pr-3">
                        {r.actorUserId === null ? (
                          a.system
                        ) : r.actorName ? (
                          <>
                            <span className="block font-medium text-slate-900">{r.actorName}</span>
                            <span className="block text-xs text-slate-600">{r.actorEmail}</span>
                          </>
                        ) : (
                          tr('unknownUser', { id: r.actorUserId })
                        )}
                      </td>
                      <td className="py-2 pr-3">
                        {auditActionLabel(a, r.action)}
                        <span className="block font-mono text-xs text-slate-600">{r.action}</span>
                      </td>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        {href ? (
                          <Link href={href} className="text-brand-700 underline">
                            {record}
                          </Link>
                        ) : (
                          record
                        )}
                      </td>
                      <td className="py-2 text-xs">
                        {r.redacted ? <p className="text-slate-600 italic">{a.redacted}</p> : null}
                        <ul className="space-y-0.5">
                          {diff.lines.map((l, i) => (
                            <li key={i} className="break-words">
                              {l.field ? <span className="font-medium">{l.field}: </span> : null}
                              {l.before !== undefined ? <del className="text-rose-800">{l.before}</del> : null}
                              {l.before !== undefined && l.after !== undefined ? ' → ' : null}
                              {l.after !== undefined ? (
                                <ins className="text-emerald-800 no-underline">{l.after}</ins>
                              ) : null}
                            </li>
                          ))}
                          {diff.more ? <li>{tr('more', { count: diff.more })}</li> : null}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label={a.title} className="mt-4 flex gap-3 text-sm">
          {before ? (
            <Link href={`/admin/audit${query ? `?${query}` : ''}`} className="text-brand-700 underline">
              {a.firstPage}
            </Link>
          ) : null}
          {next ? (
            <Link
              href={`/admin/audit?${auditFilterToParams(filter, next).toString()}`}
              className="text-brand-700 underline"
              data-testid="audit-next"
            >
              {a.nextPage}
            </Link>
          ) : null}
        </nav>
      </Card>
    </>
  );
}

import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { OfficialDocumentView } from '@/components/official-document';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { buttonClass, inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { compareRevisions, getDocument, listRevisions } from '@/lib/minutes/queries';
import { documentKindSchema } from '@/lib/minutes/schemas';
import { can } from '@/lib/policy';
import { formatDateTime } from '@/lib/time';
import { ApprovalPanel, DocumentEditor, StatusButtons } from './document-editor';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle<{ kind: string }>((t, { kind }) =>
  kind === 'notice' ? t.documents.notice : t.documents.minutes,
);

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string; kind: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const p = await params;
  const sessionId = routeId(p.sessionId);
  const kind = documentKindSchema.safeParse(p.kind);
  if (!kind.success || sessionId === null) notFound();
  const doc = await getDocument({ actor, sessionId, kind: kind.data });
  if (!doc) notFound();
  const manage = can(actor, 'document.manage');
  const revisions = doc.documentId ? await listRevisions({ actor, documentId: doc.documentId }) : [];
  const q = await searchParams;
  const from = routeId(q.from) ?? 0;
  const to = routeId(q.to) ?? 0;
  const comparison =
    doc.documentId && from && to ? await compareRevisions({ actor, documentId: doc.documentId, from, to }) : null;
  const d = t.documents;
  const statusTone = doc.status === 'published' ? 'success' : doc.status === 'in_review' ? 'warning' : 'neutral';

  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href={`/sessions/${sessionId}`} className="text-brand-700 hover:underline">
          ← {doc.session.title}
        </Link>
      </nav>
      <PageHeader
        title={kind.data === 'notice' ? d.notice : d.minutes}
        intro={doc.session.title}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={statusTone}>{d[doc.status]}</Badge>
            <a href={`/api/sessions/${sessionId}/documents/${kind.data}`} className={buttonClass.secondary}>
              {d.docx}
            </a>
            <Link href={`/sessions/${sessionId}/documents/${kind.data}/print`} className={buttonClass.secondary}>
              {d.print}
            </Link>
          </div>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          {manage ? (
            <Card title={doc.status === 'published' ? d.saveCorrection : d.save} id="editor">
              {doc.version === 0 ? <p className="mb-3 text-sm text-slate-600">{d.notYet}</p> : null}
              <DocumentEditor
                sessionId={sessionId}
                version={doc.version}
                fields={doc.fields}
                assignments={doc.assignments}
                t={d}
              />
              <div className="mt-5 border-t border-slate-100 pt-4">
                <StatusButtons
                  sessionId={sessionId}
                  kind={kind.data}
                  version={doc.version}
                  status={doc.status}
                  approved={!doc.approval.required || !!doc.approval.approvedBy}
                  t={d}
                />
              </div>
            </Card>
          ) : doc.status === 'published' ? (
            <p className="text-sm text-slate-600">{d.readOnly}</p>
          ) : null}
          {doc.documentId && (doc.approval.required || doc.approval.approvedBy) ? (
            <Card title={d.approval} id="approval">
              <ApprovalPanel
                sessionId={sessionId}
                kind={kind.data}
                version={doc.version}
                status={doc.status}
                approval={doc.approval}
                t={d}
              />
            </Card>
          ) : null}
          {revisions.length ? (
            <Card title={d.history} id="history">
              <div className="overflow-x-auto">
                <table className="data-table" data-testid="revisions">
                  <thead>
                    <tr>
                      <th scope="col">{d.revision}</th>
                      <th scope="col">{d.status}</th>
                      <th scope="col">{d.author}</th>
                      <th scope="col">{d.at}</th>
                      <th scope="col">{d.reason}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {revisions.map((r) => (
                      <tr key={r.id}>
                        <td className="tabular-nums">{r.revision}</td>
                        <td>{d[r.status]}</td>
                        <td>{r.authorName}</td>
                        <td className="whitespace-nowrap tabular-nums">{formatDateTime(r.createdAt)}</td>
                        <td>{r.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {revisions.length > 1 ? (
                <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label={d.compare}>
                  {(['from', 'to'] as const).map((k) => (
                    <div key={k}>
                      <label htmlFor={`cmp-${k}`} className="mb-1 block text-sm font-medium">
                        {k === 'from' ? d.compareFrom : d.compareTo}
                      </label>
                      <select
                        id={`cmp-${k}`}
                        name={k}
                        defaultValue={k === 'from' ? from || revisions[1]!.revision : to || revisions[0]!.revision}
                        className={inputClass}
                      >
                        {revisions.map((r) => (
                          <option key={r.id} value={r.revision}>
                            {r.revision}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                  <button type="submit" className={buttonClass.secondary}>
                    {d.compare}
                  </button>
                </form>
              ) : null}
              {comparison ? (
                <ol className="mt-4 space-y-1 font-mono text-xs" data-testid="diff" aria-label={d.compare}>
                  {comparison.diff
                    .filter((l) => l.kind !== 'same')
                    .map((l, i) => (
                      <li
                        key={i}
                        className={
                          l.kind === 'added' ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900 line-through'
                        }
                      >
                        <span className="sr-only">{l.kind === 'added' ? d.added : d.removed}: </span>
                        {l.kind === 'added' ? '+ ' : '− '}
                        {l.text}
                      </li>
                    ))}
                </ol>
              ) : null}
            </Card>
          ) : null}
        </div>
        <section
          aria-label={d.preview}
          className="overflow-x-auto rounded-xl border border-slate-200 bg-slate-100 p-2 sm:p-4"
        >
          <OfficialDocumentView model={doc.model} />
        </section>
      </div>
    </>
  );
}

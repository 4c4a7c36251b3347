import { notFound } from 'next/navigation';
import { OfficialDocumentView } from '@/components/official-document';
import { requireActor } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n';
import { getDocument } from '@/lib/minutes/queries';
import { documentKindSchema } from '@/lib/minutes/schemas';
import { PrintButton } from '@/components/print-button';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle<{ kind: string }>((t, { kind }) =>
  kind === 'notice' ? t.documents.notice : t.documents.minutes,
);

/** The document alone, for the browser's print dialogue (A4, NĐ 30/2020 margins). */
export default async function PrintDocumentPage({ params }: { params: Promise<{ sessionId: string; kind: string }> }) {
  const actor = await requireActor();
  const { t } = await getMessages();
  const p = await params;
  const kind = documentKindSchema.safeParse(p.kind);
  const sessionId = routeId(p.sessionId);
  if (!kind.success || sessionId === null) notFound();
  const doc = await getDocument({ actor, sessionId, kind: kind.data });
  if (!doc) notFound();
  return (
    <div>
      <style>
        {
          '@page { size: A4; margin: 0; } @media print { header, nav { display: none !important; } main { padding: 0 !important; } }'
        }
      </style>
      <div className="no-print mb-4 flex justify-end">
        <PrintButton label={t.documents.print} />
      </div>
      <OfficialDocumentView model={doc.model} />
    </div>
  );
}

import { OfficialDocumentView } from '@/components/official-document';
import { PrintButton } from '@/components/print-button';
import { getMessages } from '@/lib/i18n';
import { reportModel } from '@/lib/official-reports/document';
import { loadReport } from '../load';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle((t) => t.reports.official.detailTitle);

/** The report alone, for the browser's print dialogue (A4, NĐ 30/2020 margins). */
export default async function PrintReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { view } = await loadReport(params);
  const { t } = await getMessages();
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
      <OfficialDocumentView model={reportModel(view.report, view.snapshot)} />
    </div>
  );
}

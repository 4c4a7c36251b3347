import { ButtonForm } from '@/components/forms/button-form';
import Link from '@/components/link';
import { notFound } from 'next/navigation';
import { DirectiveList } from '@/components/directive-list';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { listReformAreas, listSessionDirectives } from '@/lib/directives/queries';
import { getMessages } from '@/lib/i18n';
import { assignableGroups } from '@/lib/minutes/queries';
import { can } from '@/lib/policy';
import { listAgencyOptions } from '@/lib/agencies/queries';
import { offeredGroups } from '@/lib/agencies/policy';
import type { AgencyGroup } from '@/lib/agencies/schemas';
import { getSessionDetail } from '@/lib/sessions/queries';
import { vnDate } from '@/lib/time';
import { moveDirectiveAction } from './actions';
import { AssignForm, type AssignLabels } from './assign-form';
import { DirectiveForm } from './directive-form';
import { PasteProposals } from './paste-proposals';
import { pageTitle } from '@/lib/i18n/page-title';
import { routeId } from '@/lib/zod';

export const generateMetadata = pageTitle((t) => t.directives.title);

export default async function SessionDirectivesPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ edit?: string; assign?: string }>;
}) {
  const actor = await requireActor();
  const { t, locale } = await getMessages();
  const sessionId = routeId((await params).sessionId);
  if (sessionId === null) notFound();
  const session = await getSessionDetail({ actor, sessionId });
  if (!session) notFound();
  const manage = can(actor, 'directive.manage');
  const [items, areas, agencies, groups, offered] = await Promise.all([
    listSessionDirectives({ actor, sessionId }),
    listReformAreas(),
    manage ? listAgencyOptions({ actor, day: vnDate() }) : [],
    assignableGroups(session.startsAt, session.committeeId),
    manage ? offeredGroups(session.committeeId) : ([] as AgencyGroup[]),
  ]);
  const q = await searchParams;
  const editId = manage ? Number(q.edit ?? 0) : 0;
  const assignId = manage ? Number(q.assign ?? 0) : 0;
  const areaLabel = (code: string) => {
    const a = areas.find((x) => x.code === code);
    return a ? (locale === 'en' ? a.nameEn : a.name) : code;
  };
  const areaOptions = areas.map((a) => ({ code: a.code, label: locale === 'en' ? a.nameEn : a.name }));
  const editing = items.find((d) => d.id === editId);
  const assigning = items.find((d) => d.id === assignId);
  const d = t.directives;

  return (
    <>
      <nav aria-label="breadcrumb" className="mb-2 text-sm">
        <Link href={`/sessions/${sessionId}`} className="text-brand-700 hover:underline">
          ← {session.title}
        </Link>
      </nav>
      <PageHeader
        title={d.title}
        intro={session.title}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/sessions/${sessionId}/documents/notice`} className={buttonClass.secondary}>
              {t.documents.notice}
            </Link>
            <Link href={`/sessions/${sessionId}/documents/minutes`} className={buttonClass.secondary}>
              {t.documents.minutes}
            </Link>
          </div>
        }
      />
      <div className="space-y-6">
        <Card>
          <DirectiveList
            items={items}
            groups={groups}
            areaLabel={areaLabel}
            t={d}
            actions={
              manage
                ? (item) => (
                    <>
                      {(['up', 'down'] as const).map((dir) => (
                        <ButtonForm
                          key={dir}
                          action={moveDirectiveAction}
                          fields={{ sessionId, directiveId: item.id, direction: dir }}
                        >
                          <button
                            type="submit"
                            className={buttonClass.secondary}
                            aria-label={`${dir === 'up' ? d.moveUp : d.moveDown}: ${item.ordinal}`}
                          >
                            {dir === 'up' ? '↑' : '↓'}
                          </button>
                        </ButtonForm>
                      ))}
                      <Link
                        href={`?edit=${item.id}#edit-form`}
                        className={buttonClass.secondary}
                        aria-label={`${d.edit}: ${item.ordinal}`}
                      >
                        {d.edit}
                      </Link>
                      {!item.isAssessment ? (
                        <Link
                          href={`?assign=${item.id}#assign-form`}
                          className={buttonClass.secondary}
                          aria-label={`${d.assign}: ${item.ordinal}`}
                        >
                          {d.assign}
                        </Link>
                      ) : null}
                    </>
                  )
                : undefined
            }
          />
        </Card>
        {manage && assigning ? (
          <Card title={`${d.assign}: ${assigning.ordinal}. ${assigning.text.slice(0, 80)}`} id="assign-form">
            <AssignForm
              key={assigning.id}
              sessionId={sessionId}
              directiveId={assigning.id}
              agencies={agencies}
              t={{
                ...d.assignForm,
                targets: Object.fromEntries(
                  Object.entries(d.assignForm.targets).filter(
                    ([k]) => k === 'agencies' || offered.includes(k as AgencyGroup),
                  ),
                ) as AssignLabels['targets'],
              }}
            />
          </Card>
        ) : null}
        {manage && editing ? (
          <Card title={`${d.edit}: ${editing.ordinal}`} id="edit-form">
            <DirectiveForm
              key={editing.id}
              sessionId={sessionId}
              parents={[]}
              areas={areaOptions}
              t={d}
              values={{
                directiveId: editing.id,
                version: editing.version,
                text: editing.text,
                parentId: editing.parentId,
                areaCodes: editing.areaCodes,
                isCrossCutting: editing.isCrossCutting,
                isAssessment: editing.isAssessment,
                isConfidential: editing.isConfidential,
                issuedBy: editing.issuedBy ?? '',
                sourceDocument: editing.sourceDocument ?? '',
              }}
            />
          </Card>
        ) : null}
        {manage ? (
          <>
            <Card title={d.add} id="add-directive">
              <DirectiveForm
                sessionId={sessionId}
                parents={items
                  .filter((i) => i.parentId === null)
                  .map((i) => ({ id: i.id, label: `${i.ordinal}. ${i.text.slice(0, 80)}` }))}
                areas={areaOptions}
                t={d}
                values={{
                  text: '',
                  parentId: null,
                  areaCodes: [],
                  isCrossCutting: false,
                  isAssessment: false,
                  isConfidential: false,
                  issuedBy:
                    items[0]?.issuedBy ??
                    (session.chairName ? `${session.chairTitle?.split(',')[0] ?? ''} ${session.chairName}`.trim() : ''),
                  sourceDocument: '',
                }}
              />
            </Card>
            <Card title={d.paste} id="paste">
              <PasteProposals
                sessionId={sessionId}
                areas={areaOptions}
                agencies={agencies}
                t={d}
                issuedBy={items[0]?.issuedBy ?? null}
                canAddAgency={can(actor, 'agency.create')}
              />
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}

import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  agencies,
  agendaItems,
  attendances,
  committeeMembers,
  committees,
  conferencePoints,
  directiveAreas,
  directives,
  extensionRequests,
  people,
  reformAreas,
  sessionFigures,
  sessions,
  taskCoordinators,
  taskUpdates,
  tasks,
  users,
} from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { handOverOpenTasks } from '@/lib/agencies/handover';
import { finalSuccessor } from '@/lib/agencies/policy';
import { addDays, vnDate, vnToInstant } from '@/lib/time';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/accounts';
import { DIRECTIVES, ISSUER, SESSION_7, type DemoDirective } from './demo/session-7';
import { AGENCIES } from './reference/agencies';
import { COMMITTEES } from './reference/committees';
import { REFORM_AREAS } from '@/lib/reference/reform-areas';

type CodeMap = Map<string, number>;

async function agencyIds(db: Db): Promise<CodeMap> {
  const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  return new Map(rows.map((r) => [r.code, r.id]));
}

function need(map: CodeMap, code: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`seed: unknown code ${code}`);
  return id;
}

/** Reference data, upserted by code: running it again changes nothing. */
export async function seedReference(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(reformAreas)
      .values([...REFORM_AREAS])
      .onConflictDoUpdate({
        target: reformAreas.code,
        set: {
          name: sql`excluded.name`,
          nameEn: sql`excluded.name_en`,
          role: sql`excluded.role`,
          position: sql`excluded.position`,
        },
      });

    await tx
      .insert(agencies)
      .values(
        AGENCIES.map((a) => ({
          code: a.code,
          name: a.name,
          shortName: a.shortName ?? null,
          kind: a.kind,
          validFrom: a.validFrom ?? null,
          validTo: a.validTo ?? null,
          isCentral: a.kind === 'ministry' || a.kind === 'ministry_level' || a.kind === 'government_agency',
        })),
      )
      .onConflictDoUpdate({
        target: agencies.code,
        set: {
          name: sql`excluded.name`,
          shortName: sql`excluded.short_name`,
          kind: sql`excluded.kind`,
          validFrom: sql`excluded.valid_from`,
          validTo: sql`excluded.valid_to`,
          isCentral: sql`excluded.is_central`,
        },
      });
    const ids = await agencyIds(tx as unknown as Db);
    for (const a of AGENCIES) {
      if (!a.parentCode && !a.successorCode) continue;
      await tx
        .update(agencies)
        .set({
          parentId: a.parentCode ? need(ids, a.parentCode) : null,
          successorId: a.successorCode ? need(ids, a.successorCode) : null,
        })
        .where(eq(agencies.code, a.code));
    }

    for (const c of COMMITTEES) {
      const values = {
        code: c.code,
        name: c.name,
        level: c.level,
        headTitle: c.headTitle,
        standingAgencyId: c.standingAgencyCode ? need(ids, c.standingAgencyCode) : null,
        establishedBy: c.establishedBy ?? null,
        validFrom: c.validFrom ?? null,
        validTo: c.validTo ?? null,
      };
      await tx.insert(committees).values(values).onConflictDoUpdate({ target: committees.code, set: values });
    }
    const committeeRows = await tx.select({ id: committees.id, code: committees.code }).from(committees);
    const committeeIds = new Map(committeeRows.map((r) => [r.code, r.id]));
    for (const c of COMMITTEES) {
      await tx
        .update(committees)
        .set({
          parentId: c.parentCode ? need(committeeIds, c.parentCode) : null,
          successorId: c.successorCode ? need(committeeIds, c.successorCode) : null,
        })
        .where(eq(committees.code, c.code));
    }
    // Member agencies of the Administrative Reform Steering Committee in 2024.
    const parCommittee = need(committeeIds, 'BCD-CCHH');
    const members = ['BNV', 'VPCP', 'BTP', 'BTC', 'BKHDT', 'BTTTT', 'BCA', 'BLDTBXH'];
    await tx
      .insert(committeeMembers)
      .values(
        members.map((code) => ({ committeeId: parCommittee, agencyId: need(ids, code), validFrom: '2021-01-01' })),
      )
      .onConflictDoNothing();
  });
}

/** Demo sign-ins; returns the e-mails created now (empty when they all existed). */
export async function seedDemoAccounts(db: Db): Promise<string[]> {
  const ids = await agencyIds(db);
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.some((e) => e.email === a.email));
  if (missing.length === 0) return [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values(
      missing.map((a) => ({
        email: a.email,
        name: a.name,
        role: a.role,
        agencyId: a.agencyCode ? need(ids, a.agencyCode) : null,
        passwordHash,
      })),
    )
    .onConflictDoNothing();
  return missing.map((a) => a.email);
}

/** The 7th session with its points, people, directives and tasks; created once, in one transaction. */
export async function seedDemoSession(db: Db, today = vnDate()): Promise<boolean> {
  const ids = await agencyIds(db);
  const [committee] = await db.select().from(committees).where(eq(committees.code, SESSION_7.committeeCode));
  if (!committee) throw new Error('seed: reference data missing; run seedReference first');
  const [exists] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.committeeId, committee.id), eq(sessions.number, SESSION_7.number)));
  if (exists) return false;

  await db.transaction(async (tx) => {
    const personIds = new Map<string, number>();
    for (const p of SESSION_7.people) {
      const [row] = await tx
        .insert(people)
        .values({ fullName: p.fullName, positionTitle: p.positionTitle, agencyId: need(ids, p.agencyCode) })
        .returning({ id: people.id });
      personIds.set(p.key, row!.id);
    }
    await tx
      .update(committees)
      .set({ headPersonId: personIds.get('pm') })
      .where(eq(committees.id, committee.id));

    const [session] = await tx
      .insert(sessions)
      .values({
        committeeId: committee.id,
        number: SESSION_7.number,
        title: SESSION_7.title,
        startsAt: vnToInstant(SESSION_7.date, SESSION_7.time),
        format: SESSION_7.format,
        chairPersonId: personIds.get(SESSION_7.chair === 'Phạm Minh Chính' ? 'pm' : '')!,
        location: SESSION_7.location,
        summary: SESSION_7.summary,
        status: 'minutes_published',
      })
      .returning({ id: sessions.id });
    const sessionId = session!.id;

    await tx.insert(agendaItems).values(SESSION_7.agenda.map((title, i) => ({ sessionId, position: i + 1, title })));
    await tx.insert(sessionFigures).values(
      SESSION_7.figures.map((f, i) => ({
        sessionId,
        position: i + 1,
        label: f.label,
        value: f.value,
        unit: f.unit,
        note: 'note' in f ? f.note : null,
        agencyId: 'agencyCode' in f && f.agencyCode ? need(ids, f.agencyCode) : null,
      })),
    );

    for (const [pi, point] of SESSION_7.points.entries()) {
      const [row] = await tx
        .insert(conferencePoints)
        .values({
          sessionId,
          name: point.name,
          hostAgencyId: need(ids, point.hostAgencyCode),
          isMain: point.isMain,
          position: pi + 1,
        })
        .returning({ id: conferencePoints.id });
      const agencyNames = await tx.select({ id: agencies.id, name: agencies.name }).from(agencies);
      const nameOf = (id: number) => agencyNames.find((a) => a.id === id)?.name ?? null;
      await tx.insert(attendances).values(
        point.attendees.map((a, i) => {
          if ('person' in a) {
            const p = SESSION_7.people.find((x) => x.key === a.person)!;
            const agencyId = need(ids, p.agencyCode);
            return {
              pointId: row!.id,
              personId: personIds.get(p.key)!,
              fullName: p.fullName,
              positionTitle: p.positionTitle,
              agencyId,
              agencyName: 'agencyName' in p && p.agencyName ? p.agencyName : nameOf(agencyId),
              role: a.role,
              position: i + 1,
            };
          }
          const agencyId = need(ids, a.agencyCode);
          return {
            pointId: row!.id,
            fullName: a.fullName,
            positionTitle: a.positionTitle,
            agencyId,
            agencyName: nameOf(agencyId),
            role: a.role,
            position: i + 1,
          };
        }),
      );
    }

    const areaRows = await tx.select({ id: reformAreas.id, code: reformAreas.code }).from(reformAreas);
    const areaId = (code: string) => areaRows.find((a) => a.code === code)!.id;
    const allAgencies = await tx.select().from(agencies);
    const validOn = (a: (typeof allAgencies)[number], day: string) =>
      (!a.validFrom || a.validFrom <= day) && (!a.validTo || a.validTo >= day);
    const assignedOn = '2024-02-05';
    const assignedAt = vnToInstant(assignedOn, '09:00');

    let position = 0;
    const insertDirective = async (d: DemoDirective, parentId: number | null) => {
      const [row] = await tx
        .insert(directives)
        .values({
          sessionId,
          parentId,
          ordinal: d.ordinal,
          position: ++position,
          text: d.text,
          issuedBy: ISSUER,
          isAssessment: d.assessment ?? false,
          isCrossCutting: d.crossCutting ?? false,
        })
        .returning({ id: directives.id });
      const directiveId = row!.id;
      if (d.areas.length)
        await tx.insert(directiveAreas).values(d.areas.map((c) => ({ directiveId, areaId: areaId(c) })));

      const demoTasks = [...(d.tasks ?? [])];
      if (d.group) {
        const kinds = d.group.of.flatMap((k) => (k === 'ministry' ? ['ministry', 'ministry_level'] : ['province']));
        for (const a of allAgencies) {
          if (kinds.includes(a.kind) && validOn(a, SESSION_7.date)) demoTasks.push({ ...d.group.task, lead: a.code });
        }
      }
      for (const t of demoTasks) {
        const lead = need(ids, t.lead);
        const due = t.deadline.kind === 'dated' ? t.deadline.due : null;
        const [task] = await tx
          .insert(tasks)
          .values({
            directiveId,
            leadAgencyId: lead,
            assignedAgencyId: lead,
            monitorAgencyId: t.monitor ? need(ids, t.monitor) : null,
            deadlineKind: t.deadline.kind,
            originalDueDate: due,
            dueDate: t.extension?.to ?? due,
            recurrence: t.deadline.kind === 'recurring' ? t.deadline.period : null,
            status: t.status,
            progress: t.progress,
            result: t.result ?? null,
            completedOn: t.completedOn ?? null,
            assignedOn,
            createdAt: assignedAt,
            updatedAt: assignedAt,
          })
          .returning({ id: tasks.id });
        const taskId = task!.id;
        if (t.coordinators?.length) {
          await tx.insert(taskCoordinators).values(t.coordinators.map((c) => ({ taskId, agencyId: need(ids, c) })));
        }
        const timeline: (typeof taskUpdates.$inferInsert)[] = [
          {
            taskId,
            kind: 'created',
            statusTo: 'not_started',
            note: 'Giao nhiệm vụ theo kết luận Phiên họp thứ 7.',
            createdAt: assignedAt,
          },
        ];
        if (t.extension && due) {
          const requestedAt = vnToInstant(addDays(due, -10), '10:00');
          const decidedAt = vnToInstant(addDays(due, -5), '15:00');
          await tx.insert(extensionRequests).values({
            taskId,
            previousDueDate: due,
            requestedDueDate: t.extension.to,
            reason: t.extension.reason,
            status: 'accepted',
            decisionNote: 'Đồng ý gia hạn.',
            decidedAt,
            createdAt: requestedAt,
          });
          timeline.push(
            {
              taskId,
              kind: 'extension_requested',
              authorAgencyId: lead,
              note: t.extension.reason,
              createdAt: requestedAt,
              data: { requestedDueDate: t.extension.to },
            },
            {
              taskId,
              kind: 'extension_decided',
              note: 'Đồng ý gia hạn.',
              createdAt: decidedAt,
              data: { accepted: true, dueDate: t.extension.to },
            },
          );
        }
        if (t.status !== 'not_started') {
          const at = t.completedOn ? vnToInstant(t.completedOn, '16:00') : vnToInstant('2024-06-28', '16:00');
          timeline.push({
            taskId,
            kind: 'progress',
            authorAgencyId: lead,
            statusFrom: 'not_started',
            statusTo: t.status,
            progress: t.progress,
            note: t.result ?? 'Đang triển khai thực hiện.',
            createdAt: at,
          });
        }
        await tx.insert(taskUpdates).values(timeline);
      }
      for (const child of d.children ?? []) await insertDirective(child, directiveId);
    };
    for (const d of DIRECTIVES) await insertDirective(d, null);

    // Agencies that have ended since: their open work went to their successors on the day after.
    const ended = await tx
      .select({ id: agencies.id, validTo: agencies.validTo })
      .from(agencies)
      .where(and(isNotNull(agencies.successorId), lt(agencies.validTo, today)))
      .orderBy(agencies.validTo);
    for (const a of ended) {
      const to = await finalSuccessor(tx, a.id);
      await handOverOpenTasks(tx, {
        actor: null,
        fromAgencyId: a.id,
        toAgencyId: to,
        at: vnToInstant(addDays(a.validTo!, 1), '08:00'),
        note: 'Bàn giao nhiệm vụ chưa hoàn thành cho cơ quan kế thừa khi sắp xếp tổ chức bộ máy.',
      });
    }
  });
  return true;
}

export type SeedResult = { demoCreated: boolean; accountsCreated: string[] };

/** Reference data always; the demo session and accounts when `demo` is set. Idempotent. */
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedResult> {
  await seedReference(db);
  if (!options.demo) return { demoCreated: false, accountsCreated: [] };
  const demoCreated = await seedDemoSession(db);
  const accountsCreated = await seedDemoAccounts(db);
  return { demoCreated, accountsCreated };
}

import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { agencies, committeeMembers, committees, people, reformAreas, sessions, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { createReport } from '@/lib/official-reports/mutations';
import { hashPassword } from '@/lib/auth/password';
import { createDirective } from '@/lib/directives/mutations';
import { directiveInputSchema } from '@/lib/directives/schemas';
import type { Actor } from '@/lib/policy';
import { addAttendees } from '@/lib/sessions/attendees';
import { addPoint, createSession } from '@/lib/sessions/mutations';
import { sessionFormSchema } from '@/lib/sessions/schemas';
import { assignDirective } from '@/lib/tasks/assign';
import { decideExtension, requestExtension } from '@/lib/tasks/extensions';
import { updateTaskProgress } from '@/lib/tasks/progress';
import { taskUpdateSchema } from '@/lib/tasks/schemas';
import { handOverOpenTasks } from '@/lib/agencies/handover';
import { normalizeAgencyName } from '@/lib/agencies/kind-guess';
import { finalSuccessors } from '@/lib/agencies/policy';
import { addDays, vnDate, vnToInstant, type IsoDate } from '@/lib/time';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SECRETARY } from './demo/accounts';
import { HISTORY } from './demo/history';
import { DIRECTIVES, ISSUER, SESSION_7, type DemoDirective, type DemoTask } from './demo/session-7';
import { AGENCIES } from './reference/agencies';
import { COMMITTEES } from './reference/committees';
import { REFORM_AREAS } from '@/lib/reference/reform-areas';

type CodeMap = Map<string, number>;

async function agencyIds(db: DbOrTx): Promise<CodeMap> {
  const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * The demo's sessions had their notices published on paper before the app: recorded as such by the seed itself,
 * since the session form no longer sets that status where publishing needs approval (decision 042).
 */
async function markPublished(db: DbOrTx, sessionId: number): Promise<void> {
  await db.update(sessions).set({ status: 'minutes_published' }).where(eq(sessions.id, sessionId));
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

    // A reference body the administrator already added by hand (another code, the same name) is not added twice.
    const existing = await tx.select({ code: agencies.code, name: agencies.name }).from(agencies);
    const codes = new Set(existing.map((r) => r.code));
    const namesByHand = new Set(existing.map((r) => normalizeAgencyName(r.name)));
    const reference = AGENCIES.filter((a) => codes.has(a.code) || !namesByHand.has(normalizeAgencyName(a.name)));
    await tx
      .insert(agencies)
      .values(
        reference.map((a) => ({
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
    const ids = await agencyIds(tx);
    for (const a of reference) {
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

/**
 * Demo sign-ins (all of them, or those of `emails`); returns the e-mails created now (empty when they all
 * existed). Users have no "create" operation in lib (accounts come from here or the administrator's import).
 */
export async function seedDemoAccounts(db: DbOrTx, emails?: string[]): Promise<string[]> {
  const wanted = DEMO_ACCOUNTS.filter((a) => !emails || emails.includes(a.email));
  const ids = await agencyIds(db);
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        wanted.map((a) => a.email),
      ),
    );
  const missing = wanted.filter((a) => !existing.some((e) => e.email === a.email));
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

/**
 * The demo account a step of the demo is done as, loaded as the app loads a signed-in user on `day` (an agency
 * that ended later was not yet a predecessor whose work the account's agency inherits).
 */
async function demoActor(db: DbOrTx, email: string, day: IsoDate): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const actor = user && (await loadActor(db, user.id, user.sessionVersion, day));
  if (!actor) throw new Error(`seed: the demo account ${email} is missing or inactive`);
  // The seed acts for the person; a second factor required by AUTH_TOTP_REQUIRED is theirs to enrol at sign-in.
  return { ...actor, mustEnrolSecondFactor: false };
}

/**
 * The 7th session with its points, people, directives and tasks, made as in real use: the secretariat's
 * account creates the session, its points and attendees, the directives (numbered by the domain) and the
 * tasks (assignDirective), records the progress reports and decides the extension that the lead agency's
 * account requested, each at its historic time (the lib functions' `at`/`now`), so audit rows, timelines
 * and numbering are the application's own. Created once, in one transaction. Returns whether it was
 * created and the demo accounts created for it.
 */
export async function seedDemoSession(
  db: Db,
  today = vnDate(),
): Promise<{ created: boolean; accountsCreated: string[] }> {
  const ids = await agencyIds(db);
  const [committee] = await db.select().from(committees).where(eq(committees.code, SESSION_7.committeeCode));
  if (!committee) throw new Error('seed: reference data missing; run seedReference first');
  const [exists] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.committeeId, committee.id), eq(sessions.number, SESSION_7.number)));
  if (exists) return { created: false, accountsCreated: [] };

  const accountsCreated: string[] = [];
  await db.transaction(async (tx) => {
    accountsCreated.push(...(await seedDemoAccounts(tx, [DEMO_SECRETARY])));
    const assignedOn = '2024-02-05';
    const secretary = await demoActor(tx, DEMO_SECRETARY, assignedOn);
    const secretaryByDay = new Map<IsoDate, Actor>([[assignedOn, secretary]]);
    const secretaryOn = async (at: Date) => {
      const day = vnDate(at);
      if (!secretaryByDay.has(day)) secretaryByDay.set(day, await demoActor(tx, DEMO_SECRETARY, day));
      return secretaryByDay.get(day)!;
    };

    // The people directory has no operation of its own (people come from attendance lists); the four named
    // officials are written here so the session can name its chair and the committee its head.
    const personIds = new Map<string, number>();
    for (const p of SESSION_7.people) {
      const [row] = await tx
        .insert(people)
        .values({ fullName: p.fullName, positionTitle: p.positionTitle, agencyId: need(ids, p.agencyCode) })
        .returning({ id: people.id });
      personIds.set(p.key, row!.id);
    }
    // The committee's head has no operation in lib either (reference data).
    await tx
      .update(committees)
      .set({ headPersonId: personIds.get('pm') })
      .where(eq(committees.id, committee.id));
    // …and a member of it as Trưởng ban (a person's row: the member agencies above stay the assignment group).
    await tx
      .insert(committeeMembers)
      .values({ committeeId: committee.id, personId: personIds.get('pm')!, position: 'head', validFrom: '2021-01-01' });

    const sessionId = await createSession(
      {
        actor: secretary,
        values: sessionFormSchema.parse({
          committeeId: committee.id,
          number: SESSION_7.number,
          title: SESSION_7.title,
          date: SESSION_7.date,
          time: SESSION_7.time,
          format: SESSION_7.format,
          status: 'held',
          chairPersonId: personIds.get(SESSION_7.chair === 'Phạm Minh Chính' ? 'pm' : '')!,
          location: SESSION_7.location,
          summary: SESSION_7.summary,
          agenda: SESSION_7.agenda.map((title) => ({ title })),
          figures: SESSION_7.figures.map((f) => ({
            label: f.label,
            value: f.value,
            unit: f.unit,
            note: 'note' in f ? f.note : null,
            agencyId: 'agencyCode' in f && f.agencyCode ? need(ids, f.agencyCode) : null,
          })),
        }),
      },
      tx,
    );
    await markPublished(tx, sessionId);

    const agencyNames = new Map(
      (await tx.select({ code: agencies.code, name: agencies.name }).from(agencies)).map((a) => [a.code, a.name]),
    );
    for (const point of SESSION_7.points) {
      const pointId = await addPoint(
        {
          actor: secretary,
          sessionId,
          point: { name: point.name, hostAgencyId: need(ids, point.hostAgencyCode), isMain: point.isMain },
        },
        tx,
      );
      await addAttendees(
        {
          actor: secretary,
          sessionId,
          pointId,
          attendees: point.attendees.map((a) => {
            if ('person' in a) {
              const p = SESSION_7.people.find((x) => x.key === a.person)!;
              return {
                personId: personIds.get(p.key)!,
                fullName: p.fullName,
                positionTitle: p.positionTitle,
                // Without a name of its own, an attendee's agency is the person's.
                agencyName: 'agencyName' in p && p.agencyName ? p.agencyName : null,
                role: a.role,
              };
            }
            return {
              fullName: a.fullName,
              positionTitle: a.positionTitle,
              agencyName: agencyNames.get(a.agencyCode) ?? null,
              role: a.role,
            };
          }),
        },
        tx,
      );
    }

    const allAgencies = await tx.select().from(agencies);
    const validOn = (a: (typeof allAgencies)[number], day: string) =>
      (!a.validFrom || a.validFrom <= day) && (!a.validTo || a.validTo >= day);
    /** A session's directives and tasks, assigned on its notice's day, with extensions and dated progress. */
    const seedDirectives = async (
      sessionId: number,
      list: DemoDirective[],
      s: { number: number; date: IsoDate; assignedOn: IsoDate; progressOn: IsoDate },
    ) => {
      const assignedAt = vnToInstant(s.assignedOn, '09:00');
      const secretary = await secretaryOn(assignedAt);
      const assigned: { taskId: number; task: DemoTask }[] = [];

      const addDirective = async (d: DemoDirective, parentId: number | null) => {
        const directiveId = await createDirective(
          {
            actor: secretary,
            sessionId,
            values: directiveInputSchema.parse({
              text: d.text,
              parentId,
              areaCodes: d.areas,
              isCrossCutting: d.crossCutting ?? false,
              isAssessment: d.assessment ?? false,
              issuedBy: ISSUER,
            }),
          },
          tx,
        );
        const demoTasks = [...(d.tasks ?? [])];
        if (d.group) {
          const kinds = d.group.of.flatMap((k) => (k === 'ministry' ? ['ministry', 'ministry_level'] : ['province']));
          for (const a of allAgencies) {
            if (kinds.includes(a.kind) && validOn(a, s.date)) demoTasks.push({ ...d.group.task, lead: a.code });
          }
        }
        for (const t of demoTasks) {
          const [taskId] = await assignDirective(
            {
              actor: secretary,
              at: assignedAt,
              assignment: {
                directiveId,
                leadAgencyIds: [need(ids, t.lead)],
                coordinatorIds: (t.coordinators ?? []).map((c) => need(ids, c)),
                monitorAgencyId: t.monitor ? need(ids, t.monitor) : null,
                deadline:
                  t.deadline.kind === 'dated'
                    ? { kind: 'dated', dueDate: t.deadline.due }
                    : t.deadline.kind === 'recurring'
                      ? { kind: 'recurring', period: t.deadline.period }
                      : { kind: 'urgent' },
                note: `Giao nhiệm vụ theo kết luận Phiên họp thứ ${s.number}.`,
              },
            },
            tx,
          );
          assigned.push({ taskId: taskId!, task: t });
        }
        for (const child of d.children ?? []) await addDirective(child, directiveId);
      };
      for (const d of list) await addDirective(d, null);

      // Extensions: asked by the lead agency's demo account (made now, so it is not told of the tasks above),
      // granted by the secretariat.
      for (const { taskId, task: t } of assigned) {
        if (!t.extension || t.deadline.kind !== 'dated') continue;
        const lead = DEMO_ACCOUNTS.find((a) => a.role === 'agency' && a.agencyCode === t.lead);
        if (!lead) throw new Error(`seed: no demo account of ${t.lead} to ask for an extension`);
        accountsCreated.push(...(await seedDemoAccounts(tx, [lead.email])));
        const requestedAt = vnToInstant(addDays(t.deadline.due, -10), '10:00');
        const extensionId = await requestExtension(
          {
            actor: await demoActor(tx, lead.email, vnDate(requestedAt)),
            taskId,
            requestedDueDate: t.extension.to,
            reason: t.extension.reason,
            now: requestedAt,
          },
          tx,
        );
        const decidedAt = vnToInstant(addDays(t.deadline.due, -5), '15:00');
        await decideExtension(
          {
            actor: await secretaryOn(decidedAt),
            extensionId,
            decision: 'accepted',
            note: 'Đồng ý gia hạn.',
            now: decidedAt,
          },
          tx,
        );
      }

      // Progress reports, recorded by the secretariat: the dated notes, then the last report on the completion day,
      // or (work under way without notes) on the session's progress day.
      const versionOf = async (taskId: number) =>
        (await tx.select({ version: tasks.version }).from(tasks).where(eq(tasks.id, taskId)))[0]?.version ?? 0;
      for (const { taskId, task: t } of assigned) {
        for (const n of t.notes ?? []) {
          const at = vnToInstant(n.on, '16:00');
          await updateTaskProgress(
            {
              actor: await secretaryOn(at),
              now: at,
              values: taskUpdateSchema.parse({
                taskId,
                version: await versionOf(taskId),
                status: 'in_progress',
                progress: n.progress,
                result: null,
                note: n.note,
                completedOn: null,
                completionDocument: null,
              }),
            },
            tx,
          );
        }
        if (t.status === 'not_started' || (t.status === 'in_progress' && t.notes?.length)) continue;
        const version = await versionOf(taskId);
        const reportedAt = vnToInstant(t.completedOn ?? s.progressOn, '16:00');
        await updateTaskProgress(
          {
            actor: await secretaryOn(reportedAt),
            now: reportedAt,
            values: taskUpdateSchema.parse({
              taskId,
              version,
              status: t.status,
              progress: t.progress,
              result: t.result ?? null,
              note: t.result ? null : 'Đang triển khai thực hiện.',
              completedOn: t.completedOn ?? null,
              // A completion names what completed the work (decision 023): the demo's result says it.
              completionDocument: t.status === 'completed' ? t.result : null,
            }),
          },
          tx,
        );
      }
    };
    await seedDirectives(sessionId, DIRECTIVES, {
      number: SESSION_7.number,
      date: SESSION_7.date,
      assignedOn,
      progressOn: '2024-06-28',
    });

    // The sessions before and after the 7th (demo history, issue 20): held, their notices' directives assigned.
    for (const h of HISTORY) {
      const at = vnToInstant(h.date, h.time);
      const id = await createSession(
        {
          actor: await secretaryOn(at),
          values: sessionFormSchema.parse({
            committeeId: committee.id,
            number: h.number,
            title: h.title,
            date: h.date,
            time: h.time,
            format: 'online',
            status: 'held',
            chairPersonId: personIds.get('pm')!,
            location: SESSION_7.location,
            summary: h.summary,
          }),
        },
        tx,
      );
      await markPublished(tx, id);
      await seedDirectives(id, h.directives, {
        number: h.number,
        date: h.date,
        assignedOn: h.assignedOn,
        progressOn: addDays(h.assignedOn, 120),
      });
    }

    // Agencies that have ended since: their open work went to their successors on the day after.
    const ended = await tx
      .select({ id: agencies.id, validTo: agencies.validTo })
      .from(agencies)
      .where(and(isNotNull(agencies.successorId), lt(agencies.validTo, today)))
      .orderBy(agencies.validTo);
    const successors = await finalSuccessors(
      tx,
      ended.map((a) => a.id),
    );
    for (const a of ended) {
      await handOverOpenTasks(tx, {
        actor: null,
        fromAgencyId: a.id,
        toAgencyId: successors.get(a.id) ?? a.id,
        at: vnToInstant(addDays(a.validTo!, 1), '08:00'),
        note: 'Bàn giao nhiệm vụ chưa hoàn thành cho cơ quan kế thừa khi sắp xếp tổ chức bộ máy.',
      });
    }

    // The secretariat's draft report on the session's directives as of the end of 2024 (issue 20).
    await createReport(
      { actor: secretary, values: { sessionIds: [sessionId], committeeId: null, agencyId: null, asOf: '2024-12-31' } },
      tx,
    );
  });
  return { created: true, accountsCreated };
}

export type SeedResult = { demoCreated: boolean; accountsCreated: string[] };

/** Reference data always; the demo session and accounts when `demo` is set. Idempotent. */
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedResult> {
  await seedReference(db);
  if (!options.demo) return { demoCreated: false, accountsCreated: [] };
  const demo = await seedDemoSession(db);
  const accountsCreated = [...demo.accountsCreated, ...(await seedDemoAccounts(db))];
  return { demoCreated: demo.created, accountsCreated };
}

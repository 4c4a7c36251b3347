/**
 * Bad input, thrown at every mutation through the same path as the server actions: the zod schema, then
 * lib/ with the actor. Accepted: a refusal by the schema, or a domain refusal (AppError, ForbiddenError);
 * never any other error (a 500), and a refused input changes no table (checksums of every table before and
 * after). FUZZ_RUNS sets the inputs per mutation: 10,000 in the bench profile (`npm run bench:fuzz`), fewer in CI.
 */
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fingerprint } from '@/db/backup';
import type { DatabaseHandle } from '@/db/client';
import { agencies, directives, sessions, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { createAgency, updateAgency } from '@/lib/agencies/mutations';
import { changeReportStatus, createReport, saveReport } from '@/lib/official-reports/mutations';
import { createReportSchema, reportFieldsSchema, reportStatusSchema } from '@/lib/official-reports/schemas';
import { addAgencyFromNoticeSchema, createAgencySchema, updateAgencySchema } from '@/lib/agencies/schemas';
import { addAgencyFromNotice } from '@/lib/agencies/from-notice';
import { importBacklog } from '@/lib/directives/backlog-import-write';
import { addCommitteeMember, createCommittee, endCommitteeMember, updateCommittee } from '@/lib/committees/mutations';
import { addMemberSchema, committeeSchema, endMemberSchema, updateCommitteeSchema } from '@/lib/committees/schemas';
import { createDirective } from '@/lib/directives/mutations';
import { continueDirective } from '@/lib/directives/continue';
import { backlogImportSchema, continueDirectiveSchema, createDirectiveSchema } from '@/lib/directives/schemas';
import { formDataToObject } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { pollutedPrototypes } from '@/lib/keys';
import { importUsers } from '@/lib/users/import';
import { importUsersSchema } from '@/lib/users/import-schemas';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { addPoint, createSession } from '@/lib/sessions/mutations';
import { pointSchema, sessionFormSchema } from '@/lib/sessions/schemas';
import { assignDirective } from '@/lib/tasks/assign';
import { changeDeadlines } from '@/lib/tasks/deadlines';
import { requestExtension } from '@/lib/tasks/extensions';
import { cancelTask, commentOnTask, urgeTasks } from '@/lib/tasks/mutations';
import { updateTaskProgress } from '@/lib/tasks/progress';
import {
  assignSchema,
  cancelTaskSchema,
  changeDeadlineSchema,
  commentSchema,
  extensionRequestSchema,
  taskUpdateSchema,
  taskDraftSchema,
  urgeSchema,
} from '@/lib/tasks/schemas';
import { createDraft } from '@/lib/tasks/drafts';
import { createUser, updateUser } from '@/lib/users/mutations';
import { updateUserSchema, userFieldsSchema, type UserFieldsInput } from '@/lib/users/schemas';
import { createTestDatabase } from './db';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 150 : 300));

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
let ownTask: { id: number; version: number };
let foreignTask: number;
let sessionId: number;
let directiveId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const u of await h.db.select().from(users)) {
    actors[u.email.split('@')[0]!] = (await loadActor(h.db, u.id, u.sessionVersion))!;
  }
  const [bnv] = await h.db.select().from(agencies).where(eq(agencies.code, 'BNV'));
  const [tq] = await h.db.select().from(agencies).where(eq(agencies.code, 'P-TUYENQUANG'));
  const [own] = await h.db.select().from(tasks).where(eq(tasks.leadAgencyId, bnv!.id)).limit(1);
  const [foreign] = await h.db.select().from(tasks).where(eq(tasks.leadAgencyId, tq!.id)).limit(1);
  ownTask = { id: own!.id, version: own!.version };
  foreignTask = foreign!.id;
  [{ id: sessionId }] = (await h.db.select({ id: sessions.id }).from(sessions).limit(1)) as [{ id: number }];
  [{ id: directiveId }] = (await h.db.select({ id: directives.id }).from(directives).limit(1)) as [{ id: number }];
}, 60_000);
afterAll(() => h.close());

/** Values no form should send: wrong types, extremes, unicode edge cases, injection attempts, foreign ids. */
const hostile = fc.oneof(
  fc.constantFrom(
    "'; drop table tasks; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '${process.env.AUTH_SECRET}',
    '\u0000',
    '\u202e\u0041\u0301',
    'x'.repeat(200_000),
    '１２３',
    '-1',
    '0',
    '2147483648',
    '1e308',
    'NaN',
    '31/02/2024',
    '2024-13-45',
    '',
    ' ',
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

/** Field names as an attacker writes them: prototype paths, deep and numeric paths, bracket forms. */
const hostileName = fc.oneof(
  fc.constantFrom(
    '__proto__.x',
    '__proto__.coordinatorIds',
    'constructor.prototype.x',
    'prototype.x',
    'deadline.__proto__.kind',
    'leadAgencyIds.0.__proto__',
    'rows.99999999.x',
    '__proto__',
    'a[__proto__][x]',
  ),
  fc
    .array(fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', '0', '10001'), { minLength: 2, maxLength: 5 })
    .map((parts) => parts.join('.')),
);

/** A valid input posted as a form (dotted names, as react-hook-form names them) with one hostile name added. */
function asForm(valid: Record<string, unknown>, name: string, value: string): FormData {
  const form = new FormData();
  const add = (prefix: string, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => add(`${prefix}.${i}`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) add(`${prefix}.${k}`, x);
    else form.append(prefix, String(v ?? ''));
  };
  for (const [k, v] of Object.entries(valid)) add(k, v);
  form.append(name, value);
  return form;
}

/** A valid input with one field replaced by a hostile value, an extra field added, or both. */
function near(valid: () => Record<string, unknown>, keys: string[]) {
  return fc
    .record({
      key: fc.constantFrom(...keys),
      value: hostile,
      extra: fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'role', 'id'), hostile)),
      whole: fc.boolean(),
    })
    .chain(({ key, value, extra, whole }) =>
      whole
        ? fc.anything().map((a) => a as unknown)
        : fc.constant({ ...valid(), [key]: value, ...(extra ? { [extra[0]]: extra[1] } : {}) }),
    );
}

type Case = {
  name: string;
  schema: z.ZodType;
  actor: () => Actor;
  valid: () => Record<string, unknown>;
  run: (actor: Actor, values: never) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    name: 'updateTaskProgress (another agency’s task among the inputs)',
    schema: taskUpdateSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ taskId: foreignTask, version: 1, status: 'in_progress', progress: '50', result: 'x', note: 'y' }),
    run: (actor, values) => updateTaskProgress({ actor, values }, h.db),
  },
  {
    name: 'commentOnTask',
    schema: commentSchema,
    actor: () => actors.tuyenquang!,
    valid: () => ({ taskId: ownTask.id, note: 'Ý kiến' }),
    run: (actor, values: { taskId: number; note: string }) => commentOnTask({ actor, ...values }, h.db),
  },
  {
    name: 'requestExtension',
    schema: extensionRequestSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ taskId: foreignTask, requestedDueDate: '2030-01-01', reason: 'Lý do' }),
    run: (actor, values: { taskId: number; requestedDueDate: string; reason: string }) =>
      requestExtension({ actor, ...values }, h.db),
  },
  {
    name: 'urgeTasks (as an agency head, who may not)',
    schema: urgeSchema,
    actor: () => actors.tuyenquang!,
    valid: () => ({ taskIds: [String(ownTask.id)], note: 'Đôn đốc' }),
    run: (actor, values: { taskIds: number[]; note: string | null }) => urgeTasks({ actor, ...values }, h.db),
  },
  {
    name: 'changeDeadlines (as a leader, who may not)',
    schema: changeDeadlineSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({ taskIds: [String(ownTask.id)], dueDate: '31/12/2030', reason: 'Lý do' }),
    run: (actor, values: { taskIds: number[]; dueDate: string; reason: string }) =>
      changeDeadlines({ actor, ...values }, h.db),
  },
  {
    name: 'cancelTask (stale versions)',
    schema: cancelTaskSchema,
    actor: () => actors.thuky!,
    valid: () => ({ taskId: ownTask.id, version: 999_999, reason: 'Lý do' }),
    run: (actor, values: { taskId: number; version: number; reason: string }) => cancelTask({ actor, ...values }, h.db),
  },
  {
    name: 'assignDirective (as an agency head, who may not)',
    schema: assignSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({
      directiveId,
      target: 'agencies',
      leadAgencyIds: ['1'],
      deadline: { kind: 'dated', dueDate: '2030-01-01' },
    }),
    run: (actor, assignment) => assignDirective({ actor, assignment }, h.db),
  },
  {
    name: 'createSession (as a leader, who may not)',
    schema: sessionFormSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({
      committeeId: '1',
      number: '99',
      title: 'Phiên',
      date: '01/02/2030',
      time: '08:00',
      format: 'online',
      status: 'planned',
    }),
    run: (actor, values) => createSession({ actor, values }, h.db),
  },
  {
    name: 'addPoint (as an agency head, who may not)',
    schema: pointSchema,
    actor: () => actors.tuyenquang!,
    valid: () => ({ sessionId: String(sessionId), name: 'Điểm cầu', hostAgencyId: '' }),
    run: (actor, point: { sessionId: number }) => addPoint({ actor, sessionId: point.sessionId, point } as never, h.db),
  },
  {
    name: 'createDirective (as an agency head, who may not)',
    schema: createDirectiveSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ sessionId: String(sessionId), text: 'Nội dung', areaCodes: [] }),
    run: (actor, values) => createDirective({ actor, values } as never, h.db),
  },
  {
    name: 'createAgency (as the administrator: codes, names, kinds, parents and days)',
    schema: createAgencySchema,
    actor: () => actors.admin!,
    // A taken code: the valid input itself is refused by the rules (the duplicate), so nothing is ever written.
    valid: () => ({
      code: 'BNV',
      name: 'Cơ quan thử',
      shortName: 'CQ thử',
      kind: 'other',
      parentId: '',
      validFrom: '01/01/2026',
    }),
    run: (actor, values) => createAgency({ actor, values }, h.db),
  },
  {
    name: 'continueDirective (as an agency head, who may not)',
    schema: continueDirectiveSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ sessionId: String(sessionId), earlierDirectiveId: String(directiveId), carryTasks: 'on' }),
    run: (actor, values: { sessionId: number; earlierDirectiveId: number; carryTasks: boolean }) =>
      continueDirective({ actor, ...values }, h.db),
  },
  {
    name: 'createReport (as an agency head, who may not)',
    schema: createReportSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ sessionIds: [String(sessionId)], asOf: '31/12/2024', committeeId: '', agencyId: '' }),
    run: (actor, values) => createReport({ actor, values }, h.db),
  },
  {
    name: 'saveReport (a report that does not exist)',
    schema: reportFieldsSchema,
    actor: () => actors.thuky!,
    valid: () => ({
      reportId: '2147483647',
      version: '1',
      symbol: 'BC-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      subject: 'Báo cáo',
      recipients: 'Lưu: VT',
      number: '',
      issueDate: '',
      signerName: '',
      signerTitle: '',
      authorityPrefix: 'none',
      authorityBody: '',
      body: '',
      closing: '',
    }),
    run: (actor, values) => saveReport({ actor, values }, h.db),
  },
  {
    name: 'changeReportStatus (stale versions)',
    schema: reportStatusSchema,
    actor: () => actors.thuky!,
    // `note` is a field a form may post that the schema drops: replaced by anything, the input still reaches the rules.
    valid: () => ({ reportId: '1', version: '999999', to: 'published', note: '' }),
    run: (actor, values: { reportId: number; version: number; to: 'published' }) =>
      changeReportStatus({ actor, ...values }, h.db),
  },
  {
    name: 'addAgencyFromNotice (as an agency head, who may not)',
    schema: addAgencyFromNoticeSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ name: 'Tập đoàn Kiểm thử Mờ' }),
    run: (actor, values) => addAgencyFromNotice({ actor, values }, h.db),
  },
  {
    name: 'updateAgency (as the secretariat, who may not)',
    schema: updateAgencySchema,
    actor: () => actors.thuky!,
    valid: () => ({
      agencyId: '1',
      name: 'Bộ Quốc phòng',
      shortName: 'Bộ QP',
      kind: 'ministry',
      parentId: '',
      validFrom: '',
    }),
    run: (actor, values) => updateAgency({ actor, values }, h.db),
  },
  {
    name: 'importBacklog (as an agency head, who may not)',
    schema: backlogImportSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({
      file: backlogFile('Bộ Nội vụ'),
      defaultSource: 'Thông báo số 45/TB-VPCP',
      agencies: [],
      fixes: [],
    }),
    run: (actor, values) => importBacklog({ actor, values }, h.db),
  },
  {
    name: 'importBacklog (a row naming an unknown agency)',
    schema: backlogImportSchema,
    actor: () => actors.thuky!,
    valid: () => ({
      file: backlogFile('Ban Quản lý dự án không có trong danh mục'),
      defaultSource: 'Thông báo số 45/TB-VPCP',
      mapping: ['ordinal', 'text', 'lead', 'deadline'],
      agencies: [{ name: 'Ban khác', choice: '1', kind: 'other' }],
      fixes: [{ line: '2', deadline: 'Quý III/2030' }],
    }),
    run: (actor, values) => importBacklog({ actor, values }, h.db),
  },
  {
    name: 'importUsers (as the administrator: rows of any shape, all or none)',
    schema: importUsersSchema,
    actor: () => actors.admin!,
    valid: () => ({
      rows: [
        {
          line: 2,
          name: 'Người nhập',
          email: 'fuzz.import@example.gov.vn',
          role: 'agency',
          agencyId: '1',
          agencyDuty: 'staff',
        },
        {
          line: 3,
          name: 'Người nhập 2',
          email: 'fuzz.import2@example.gov.vn',
          role: 'leader',
          agencyId: '',
          agencyDuty: 'focal_point',
        },
      ],
    }),
    run: (actor, values: { rows: unknown[] }) => importUsers({ actor, rows: values.rows }, h.db),
  },
  {
    name: 'createUser (as the administrator; an email that has an account among the inputs)',
    schema: userFieldsSchema,
    actor: () => actors.admin!,
    valid: () => ({ email: 'thuky@demo.gov.vn', name: 'Người dùng', position: '', phone: '', role: 'leader' }),
    run: (actor, fields: UserFieldsInput) => createUser({ actor, fields }, h.db),
  },
  {
    name: 'updateUser (as the administrator; another account’s email among the inputs)',
    schema: updateUserSchema,
    actor: () => actors.admin!,
    valid: () => ({
      userId: String(actors.lanhdao!.userId),
      version: '1',
      email: 'thuky@demo.gov.vn',
      name: 'Trần Minh Đức',
      role: 'leader',
      agencyId: '',
    }),
    run: (actor, { userId, ...fields }: UserFieldsInput & { userId: number }) =>
      updateUser({ actor, userId, fields }, h.db),
  },
  {
    name: 'createDraft (another agency’s task among the inputs)',
    schema: taskDraftSchema,
    actor: () => actors.bonoivu!,
    valid: () => ({ taskId: foreignTask, status: 'in_progress', progress: '40', note: 'Bản nháp' }),
    run: (actor, values) => createDraft({ actor, values }, h.db),
  },
  {
    name: 'createCommittee (as a leader, who may not)',
    schema: committeeSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({
      code: 'BCD-FUZZ',
      name: 'Ban Chỉ đạo',
      level: 'provincial',
      standingAgencyId: '',
      establishedBy: 'Quyết định số 1/QĐ-UBND',
      validFrom: '01/01/2026',
      validTo: '',
    }),
    run: (actor, values) => createCommittee({ actor, values }, h.db),
  },
  {
    name: 'updateCommittee (as a leader, who may not)',
    schema: updateCommitteeSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({ committeeId: '1', code: 'BCD-FUZZ', name: 'Ban', level: 'central', standingAgencyId: '' }),
    run: (actor, { committeeId, ...values }: { committeeId: number }) =>
      updateCommittee({ actor, committeeId, values }, h.db),
  },
  {
    name: 'addCommitteeMember (as a leader, who may not)',
    schema: addMemberSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({
      committeeId: '1',
      agencyId: '1',
      personId: '',
      personName: 'Nguyễn Văn A',
      personTitle: 'Thứ trưởng',
      position: 'member',
      validFrom: '01/01/2026',
      validTo: '',
    }),
    run: (actor, values) => addCommitteeMember({ actor, values }, h.db),
  },
  {
    name: 'endCommitteeMember (as a leader, who may not)',
    schema: endMemberSchema,
    actor: () => actors.lanhdao!,
    valid: () => ({ memberId: '1', validTo: '31/12/2026' }),
    run: (actor, values: { memberId: number; validTo: string }) => endCommitteeMember({ actor, ...values }, h.db),
  },
];

/** A one-row backlog sheet (CSV) whose lead is `lead`. */
function backlogFile(lead: string): File {
  const csv = `STT,Nội dung chỉ đạo,Cơ quan chủ trì,Thời hạn\r\n1,Rà soát quy trình tiếp nhận hồ sơ,${lead},31/12/2030\r\n`;
  return new File([csv], 'theo-doi.csv', { type: 'text/csv' });
}

describe(`bad input (${RUNS} per mutation)`, () => {
  for (const c of CASES) {
    it(`${c.name}: refused plainly, tables unchanged`, async () => {
      let refusedBySchema = 0;
      let refusedByDomain = 0;
      let refusedByNames = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            near(c.valid, Object.keys(c.valid())),
            fc.tuple(hostileName, fc.string({ maxLength: 8 })).map(([name, value]) => asForm(c.valid(), name, value)),
          ),
          async (posted) => {
            // A form goes through the same parser as every server action; a hostile name refuses the whole post.
            let input: unknown = posted;
            if (posted instanceof FormData) {
              try {
                input = formDataToObject(posted);
              } catch (error) {
                expect(error instanceof AppError && error.code === 'INVALID', String(error)).toBe(true);
                expect(pollutedPrototypes()).toEqual([]);
                refusedByNames++;
                return;
              }
            }
            expect(pollutedPrototypes()).toEqual([]);
            const parsed = c.schema.safeParse(input);
            if (!parsed.success) {
              refusedBySchema++;
              return;
            }
            const before = await fingerprint(h);
            const outcome = await c.run(c.actor(), parsed.data as never).then(
              () => null,
              (e: unknown) => e,
            );
            if (outcome === null) return; // a value that happens to be valid and allowed (e.g. an id the actor may touch)
            expect(outcome instanceof AppError || outcome instanceof ForbiddenError, String(outcome)).toBe(true);
            refusedByDomain++;
            expect(await fingerprint(h)).toEqual(before);
          },
        ),
        // The case's own input always runs too: each is valid and refused by a domain rule, so the check below does
        // not depend on the random draw (about one run in twenty drew no input that passed the schema).
        { numRuns: RUNS, examples: [[c.valid()]] },
      );
      expect(refusedByDomain, 'some inputs got past the schema to the domain rules').toBeGreaterThan(0);
      expect(refusedByNames, 'some posts carried hostile field names').toBeGreaterThan(0);
      console.info(
        `fuzz ${c.name}: ${RUNS} inputs, ${refusedByNames} refused for their field names, ${refusedBySchema} by the schema, ${refusedByDomain} by the rules`,
      );
    }, 600_000);
  }
});

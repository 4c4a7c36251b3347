import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, taskUpdates, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import type { Actor } from '@/lib/policy';
import { addAttendees } from '@/lib/sessions/attendees';
import { addPoint } from '@/lib/sessions/mutations';
import { getAgencyRanking, getOverview } from '@/lib/reports/dashboard';
import { countTasks, listTasks } from '@/lib/tasks/queries';
import { vnDate } from '@/lib/time';
import { createTestDatabase } from '@/tests/db';
import { TEST_PASSWORD, actorFor, makeDirective, makeSession, makeTask } from '@/tests/factories';
import { apiHandler } from './handler';
import { openApiDocument } from './openapi';
import { OPERATIONS, RECENT_TIMELINE, type Operation } from './operations';
import { createApiToken, revokeApiToken } from './tokens';

let h: DatabaseHandle;
const doc = openApiDocument() as {
  paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'api');
const called = new Set<string>();

type Call = {
  token?: string;
  id?: number | string;
  query?: string;
  body?: unknown;
  lang?: string;
  type?: string | null;
};

/**
 * Calls an operation through its real route handler (token, rate limit, parsing, problem details) on the
 * test database, and checks the response against the OpenAPI document: every response in these tests is
 * a contract test.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies, checked against the document
type Json = any;

async function call(op: Operation, c: Call = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const path = op.path.replace('{id}', encodeURIComponent(String(c.id ?? 0)));
  const request = new Request(`http://api.test/api/v1${path}${c.query ? `?${c.query}` : ''}`, {
    method: op.method.toUpperCase(),
    headers: {
      ...(c.token ? { authorization: `Bearer ${c.token}` } : {}),
      ...(c.lang ? { 'accept-language': c.lang } : {}),
      ...(c.body !== undefined && c.type !== null ? { 'content-type': c.type ?? 'application/json' } : {}),
    },
    body: c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
  });
  const response = await apiHandler(op, { db: h.db })(request, { params: Promise.resolve({ id: String(c.id ?? 0) }) });
  const body = await response.json();
  const documented = doc.paths[op.path]![op.method]!.responses[String(response.status)];
  expect(documented, `${op.id} ${response.status} is documented`).toBeTruthy();
  const [contentType] = Object.entries(documented!.content)[0]!;
  expect(response.headers.get('content-type')).toContain(contentType);
  const validate = ajv.compile({
    $ref: `api#/paths/${encodePointer(op.path)}/${op.method}/responses/${response.status}/content/${encodePointer(contentType)}/schema`,
  });
  expect(validate(body), `${op.id} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  called.add(`${op.id} ${response.status}`);
  return { status: response.status, body, headers: response.headers };
}
const encodePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The actor as the app loads it now (after a change to the account). */
async function actorOf(email: string) {
  const [u] = await h.db.select().from(users).where(eq(users.email, email));
  return (await loadActor(h.db, u!.id, u!.sessionVersion))!;
}
/** A user of the role who can sign in (TEST_PASSWORD), made by the factories. */
const userOf = (role: Actor['role'], agencyCode?: string) =>
  actorFor(h.db, { role, agencyCode, password: TEST_PASSWORD });
async function tokenOf(actor: Actor, days = 30, now?: Date) {
  return (await createApiToken({ actor, name: `test ${actor.email}`, days, password: TEST_PASSWORD }, h.db, now)).token;
}
const taskRow = async (id: number) => (await h.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

let tqActor: Actor;
let secretariatActor: Actor;
let leaderActor: Actor;
let tq: string;
let secretariat: string;
let leader: string;
/** A new task led by `lead` (Tuyên Quang by default), in a session and directive of its own. */
async function taskLedBy(lead = 'P-TUYENQUANG', coordinators: string[] = []) {
  const session = await makeSession(h.db, secretariatActor);
  const directive = await makeDirective(h.db, secretariatActor, session.id);
  return makeTask(h.db, secretariatActor, directive.id, { lead, coordinators });
}
beforeAll(async () => {
  h = await createTestDatabase();
  tqActor = await userOf('agency', 'P-TUYENQUANG');
  secretariatActor = await userOf('secretariat');
  leaderActor = await userOf('leader');
  tq = await tokenOf(tqActor);
  secretariat = await tokenOf(secretariatActor);
  leader = await tokenOf(leaderActor);
});
afterAll(() => h.close());
afterEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

describe('API v1', () => {
  it("a Tuyên Quang token posts progress to its own task (200), not to another agency's (403, nothing changed)", async () => {
    const actor = tqActor;
    const own = await taskLedBy();
    expect(own.leadAgencyId, 'a task Tuyên Quang leads').toBe(actor.agencyId);
    const ok = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { version: own.version, status: 'in_progress', progress: 65, note: 'Đã trình UBND tỉnh dự thảo.' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: own.id, version: own.version + 1, progress: 65, status: 'in_progress' });
    expect(ok.body.timeline[0]).toMatchObject({ kind: 'progress', note: 'Đã trình UBND tỉnh dự thảo.' });
    expect(ok.body.timeline[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect((await taskRow(own.id)).progress).toBe(65);

    // The answer carries the newest entries only, however long the history: the entry just written comes first.
    let version = own.version + 1;
    for (let i = 1; i <= RECENT_TIMELINE + 4; i++) {
      const step = await call(OPERATIONS.updateTask, {
        token: tq,
        id: own.id,
        body: { version, status: 'in_progress', progress: 65, note: `Báo cáo lần ${i}.` },
      });
      expect(step.status).toBe(200);
      version = step.body.version;
      if (i === RECENT_TIMELINE + 4) {
        expect(step.body.timeline).toHaveLength(RECENT_TIMELINE);
        expect(step.body.timeline[0].note).toBe(`Báo cáo lần ${i}.`);
      }
    }
    const recent = await call(OPERATIONS.getTask, { token: tq, id: own.id });
    const all = await call(OPERATIONS.getTask, { token: tq, id: own.id, query: 'timeline=all' });
    const rows = await h.db.select({ id: taskUpdates.id }).from(taskUpdates).where(eq(taskUpdates.taskId, own.id));
    expect(recent.body.timelineTotal).toBe(rows.length);
    expect(recent.body.timeline).toHaveLength(RECENT_TIMELINE);
    expect(all.body.timelineTotal).toBe(rows.length);
    expect(all.body.timeline.map((e: { id: number }) => e.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(all.body.timeline.slice(0, RECENT_TIMELINE)).toEqual(recent.body.timeline);
    expect((await call(OPERATIONS.getTask, { token: tq, id: own.id, query: 'timeline=every' })).status).toBe(400);

    // Another agency's task that Tuyên Quang reads because it coordinates it.
    const readable = await taskLedBy('BNV', ['P-TUYENQUANG']);
    expect((await call(OPERATIONS.getTask, { token: tq, id: readable.id })).status).toBe(200);
    const before = await taskRow(readable.id);
    const audits = async () =>
      (await h.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(auditEntries))[0]!.n;
    const auditBefore = await audits();
    const refused = await call(OPERATIONS.updateTask, {
      token: tq,
      id: readable.id,
      body: { version: before.version, status: 'in_progress', progress: 99 },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect(await taskRow(readable.id)).toEqual(before);
    // The refusal is audited, and it is the only row written.
    expect(await audits()).toBe(auditBefore + 1);
    const [refusal] = await h.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.action, 'access.refused'))
      .orderBy(sql`${auditEntries.id} desc`)
      .limit(1);
    expect(refusal!.actorUserId).toBe(actor.userId);

    // A task it cannot even read is unknown (404), not confirmed to exist.
    const hidden = await taskLedBy('BNV');
    const seen = new Set((await listTasks({ actor, limit: 5000 }, h.db)).map((t) => t.id));
    expect(seen.has(hidden.id), 'Tuyên Quang does not read a task of Bộ Nội vụ alone').toBe(false);
    const hiddenBefore = await taskRow(hidden.id);
    const unknown = await call(OPERATIONS.updateTask, {
      token: tq,
      id: hidden.id,
      body: { version: hiddenBefore.version, status: 'in_progress', progress: 10 },
    });
    expect(unknown.status).toBe(404);
    expect(await taskRow(hidden.id)).toEqual(hiddenBefore);
    expect((await call(OPERATIONS.getTask, { token: tq, id: hidden.id })).status).toBe(404);
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const own = await taskLedBy();
    const read = await call(OPERATIONS.getTask, { token: tq, id: own.id });
    expect(read.status).toBe(200);
    const first = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { version: read.body.version, status: 'in_progress', progress: 70 },
    });
    expect(first.status).toBe(200);
    const before = await taskRow(own.id);
    const stale = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { version: read.body.version, status: 'in_progress', progress: 80 },
      lang: 'en',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'conflict', title: 'Version conflict', status: 409 });
    expect(stale.body.i18n.vi.title).toBe('Xung đột phiên bản');
    expect(await taskRow(own.id)).toEqual(before);
  });

  it('refuses a missing, wrong, revoked or expired token, and a disabled owner’s (401)', async () => {
    expect((await call(OPERATIONS.listTasks)).status).toBe(401);
    expect((await call(OPERATIONS.listTasks, { token: 'sct_not-a-real-token' })).status).toBe(401);
    const actor = await userOf('agency', 'BNV');
    const made = await createApiToken({ actor, name: 'to revoke', days: 30, password: TEST_PASSWORD }, h.db);
    expect((await call(OPERATIONS.listTasks, { token: made.token })).status).toBe(200);
    await revokeApiToken({ actor, tokenId: made.id }, h.db);
    const revoked = await call(OPERATIONS.listTasks, { token: made.token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('unauthenticated');
    expect(revoked.headers.get('www-authenticate')).toContain('Bearer');

    const expired = await tokenOf(actor, 30, new Date(Date.now() - 31 * 86_400_000));
    expect((await call(OPERATIONS.listTasks, { token: expired })).status).toBe(401);

    const vpcpActor = await userOf('agency', 'VPCP');
    const vpcp = await tokenOf(vpcpActor);
    expect((await call(OPERATIONS.listTasks, { token: vpcp })).status).toBe(200);
    await h.db.update(users).set({ isActive: false }).where(eq(users.id, vpcpActor.userId));
    expect((await call(OPERATIONS.listTasks, { token: vpcp })).status).toBe(401);
    await h.db.update(users).set({ isActive: true }).where(eq(users.id, vpcpActor.userId));
    // Another user's token cannot be revoked by someone else.
    await expect(revokeApiToken({ actor: secretariatActor, tokenId: made.id }, h.db)).rejects.toThrow();
  });

  it('a token minted before its owner’s password, role or agency changed, or the owner was disabled, gets 401 from every operation', async () => {
    const { changePassword } = await import('@/lib/auth/password-rules');
    const changes: [string, (email: string) => Promise<unknown>][] = [
      [
        'password',
        async (email) =>
          changePassword(
            { actor: await actorOf(email), current: TEST_PASSWORD, next: 'Mat-khau-khac-han-2026!' },
            h.db,
          ),
      ],
      ['role', (email) => h.db.update(users).set({ role: 'leader', agencyId: null }).where(eq(users.email, email))],
      [
        'agency',
        (email) =>
          h.db
            .update(users)
            .set({ agencyId: sql`(select id from agencies where code = 'VPCP')` })
            .where(eq(users.email, email)),
      ],
      ['disabled', (email) => h.db.update(users).set({ isActive: false }).where(eq(users.email, email))],
    ];
    for (const [change, apply] of changes) {
      // An agency head of Bộ Nội vụ of its own, so that no other test's token is touched.
      const owner = await userOf('agency', 'BNV');
      const email = owner.email;
      const token = await tokenOf(owner);
      expect((await call(OPERATIONS.listTasks, { token })).status, `${change}: before`).toBe(200);
      await apply(email);
      const answers = await Promise.all(
        Object.values(OPERATIONS).map(async (op) => {
          const body = op.method === 'get' ? undefined : { status: 'in_progress', progress: 10, note: 'x', version: 1 };
          return [op.id, (await call(op, { token, id: 1, body })).status] as const;
        }),
      );
      expect(Object.fromEntries(answers), `${change}: after`).toEqual(
        Object.fromEntries(Object.values(OPERATIONS).map((op) => [op.id, 401])),
      );
    }
  });

  it("the report endpoints give the dashboard's numbers for the same filter", async () => {
    const actor = leaderActor;
    await taskLedBy();
    const today = vnDate();
    for (const [query, filter] of [
      ['', {}],
      ['year=2025', { year: 2025 }],
      ['kind=province', { agencyKind: 'province' as const }],
      ['basis=original', { basis: 'original' as const }],
    ] as const) {
      const overview = await call(OPERATIONS.getOverview, { token: leader, query });
      expect(overview.status).toBe(200);
      const dash = await getOverview({ actor, filter: { ...filter, today } }, h.db);
      expect(overview.body.counts).toEqual(dash.counts);
      expect(overview.body).toMatchObject({
        assigned: dash.assigned,
        completed: dash.completed,
        completionRate: dash.completionRate,
        overdueRate: dash.overdueRate,
      });
      const agencies = await call(OPERATIONS.getAgencyReport, { token: leader, query });
      const ranking = await getAgencyRanking({ actor, filter: { ...filter, today } }, h.db);
      expect(
        agencies.body.items.map((r: { agency: { id: number }; counts: unknown }) => [r.agency.id, r.counts]),
      ).toEqual(ranking.map((r) => [r.id, r.counts]));
    }
    const some = await call(OPERATIONS.getOverview, { token: leader });
    expect(some.body.assigned).toBeGreaterThan(0);
    // Agency heads do not read reports.
    expect((await call(OPERATIONS.getOverview, { token: tq })).status).toBe(403);
  });

  it('pages through every task with a cursor, with the app’s filters', async () => {
    const actor = secretariatActor;
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await call(OPERATIONS.listTasks, { token: secretariat, query: q });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((t: { id: number }) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(await countTasks({ actor }, h.db));
    expect(new Set(seen).size).toBe(seen.length);
    // A cursor past any id a row can have (made up by the client) is a bad request, not a database error.
    for (const made of ['id:2147483648', 'id:1e300', 'id:-1', 'id:x']) {
      const bad = await call(OPERATIONS.listTasks, {
        token: secretariat,
        query: `cursor=${Buffer.from(made).toString('base64url')}`,
      });
      expect(bad.status, made).toBe(400);
    }
    // Only the cursor the API wrote is read: not another spelling of an id, nor text that is not base64url.
    for (const cursor of [Buffer.from(' 9').toString('base64url'), Buffer.from('9').toString('base64url'), '!!!!']) {
      const bad = await call(OPERATIONS.listTasks, {
        token: secretariat,
        query: `cursor=${encodeURIComponent(cursor)}`,
      });
      expect(bad.status, cursor).toBe(400);
    }
    // An id in the path is read as the pages read it: another spelling of task 1 is not task 1.
    const first = seen[0]!;
    expect((await call(OPERATIONS.getTask, { token: secretariat, id: first })).status).toBe(200);
    for (const spelled of [
      `${first}.0`,
      `${first}e0`,
      `+${first}`,
      `0${first}`,
      ` ${first}`,
      `0x${first.toString(16)}`,
    ]) {
      const odd = await call(OPERATIONS.getTask, { token: secretariat, id: spelled });
      expect(odd.status, spelled).toBe(400);
    }

    const overdue = await call(OPERATIONS.listTasks, { token: secretariat, query: 'class=overdue&limit=200' });
    expect(overdue.body.items.length).toBe(await countTasks({ actor, filter: { timeliness: 'overdue' } }, h.db));
    expect(overdue.body.items.every((t: { timeliness: string }) => t.timeliness === 'overdue')).toBe(true);
    const two = await call(OPERATIONS.listTasks, {
      token: secretariat,
      query: 'class=overdue&class=in_progress_on_time&dueFrom=2025-01-01&dueTo=2026-12-31&limit=200',
    });
    expect(two.body.items.length).toBe(
      await countTasks(
        {
          actor,
          filter: { timeliness: ['overdue', 'in_progress_on_time'], dueFrom: '2025-01-01', dueTo: '2026-12-31' },
        },
        h.db,
      ),
    );
  });

  it('says what is wrong with bad input, in problem details, and in English when asked', async () => {
    const bad = await call(OPERATIONS.listTasks, {
      token: secretariat,
      query: 'class=late&dueFrom=2025-02-30&colour=red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/query/class',
      '/query/colour',
      '/query/dueFrom',
    ]);
    for (const query of ['limit=5&limit=500', 'limit=0x9', 'limit=9e0', 'cursor=a&cursor=b']) {
      const twice = await call(OPERATIONS.listTasks, { token: secretariat, query });
      expect(twice.status, query).toBe(400);
      expect(twice.body.errors[0].pointer, query).toMatch(/^\/query\/(limit|cursor)$/);
    }
    const en = await call(OPERATIONS.listTasks, { token: secretariat, query: 'limit=5000', lang: 'en-GB,en;q=0.9' });
    expect(en.status).toBe(400);
    expect(en.body.title).toBe('Invalid request');
    expect(en.body.i18n.vi.title).toBe('Dữ liệu không hợp lệ');

    const own = await taskLedBy();
    const before = await taskRow(own.id);
    for (const body of [
      { version: before.version, status: 'in_progress', progress: 101 },
      { version: before.version, status: 'completed', progress: 100 },
      { version: before.version, status: 'done', progress: 10 },
      { version: 'x', status: 'in_progress', progress: 10 },
      'not json',
    ]) {
      const r = await call(OPERATIONS.updateTask, { token: tq, id: own.id, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.code).toBe('invalid');
    }
    const completedWithoutDate = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { version: before.version, status: 'completed', progress: 100 },
    });
    expect(completedWithoutDate.body.errors).toEqual([{ pointer: '/completedOn', detail: 'Nhập ngày hoàn thành.' }]);
    // A valid update sent as a form, as text or with no type is not read (415), whatever its body says.
    const valid = { version: before.version, status: 'in_progress', progress: 55 };
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/jsonx',
      null,
    ]) {
      const r = await call(OPERATIONS.updateTask, { token: tq, id: own.id, body: valid, type });
      expect(r.status, String(type)).toBe(415);
      expect(r.body.code).toBe('unsupported_media_type');
      expect(r.headers.get('accept-post')).toBe('application/json');
    }
    expect(await taskRow(own.id)).toEqual(before);
    const declared = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: valid,
      type: 'Application/JSON; charset=utf-8',
    });
    expect(declared.status).toBe(200);
    expect((await call(OPERATIONS.getTask, { token: tq, id: 0 })).status).toBe(400);
  });

  it('refuses a key a body does not define, naming each one, and changes nothing (attacker pass 30)', async () => {
    const own = await taskLedBy();
    const other = await taskLedBy();
    const before = await taskRow(own.id);
    const otherBefore = await taskRow(other.id);
    const valid = { version: before.version, status: 'in_progress', progress: 40 };
    // `taskId` of another task (the path decides), a misspelt `results`, a name a pointer must escape.
    const extra = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { ...valid, taskId: other.id, results: 'Đã hoàn thành dự thảo.', 'a/b~c': 1 },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('invalid');
    expect(extra.body.errors).toEqual([
      { pointer: '/taskId', detail: 'Trường không được hỗ trợ: taskId.' },
      { pointer: '/results', detail: 'Trường không được hỗ trợ: results.' },
      { pointer: '/a~1b~0c', detail: 'Trường không được hỗ trợ: a/b~c.' },
    ]);
    // With a bad value too, both are said at once; in English when asked.
    const both = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { ...valid, progress: 101, colour: 'red' },
      lang: 'en',
    });
    expect(both.status).toBe(400);
    expect(both.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/colour', '/progress']);
    expect(both.body.errors).toContainEqual({ pointer: '/colour', detail: 'Unsupported field: colour.' });
    // A thousand unknown keys are answered with the first twenty.
    const many = await call(OPERATIONS.updateTask, {
      token: tq,
      id: own.id,
      body: { ...valid, ...Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])) },
    });
    expect(many.status).toBe(400);
    expect(many.body.errors).toHaveLength(20);
    expect(await taskRow(own.id)).toEqual(before);
    expect(await taskRow(other.id)).toEqual(otherBefore);
    // The same body without them is taken.
    expect((await call(OPERATIONS.updateTask, { token: tq, id: own.id, body: valid })).status).toBe(200);

    // The document says so of every body, at every level that is an object, and the schema read is the one stated.
    const bodies = Object.values(OPERATIONS as Record<string, Operation>).filter((op) => op.body);
    expect(bodies.length).toBeGreaterThan(0);
    const full = openApiDocument() as Json;
    const objects = (schema: Json): Json[] =>
      schema && typeof schema === 'object'
        ? [...(schema.type === 'object' ? [schema] : []), ...Object.values(schema).flatMap(objects)]
        : [];
    for (const op of bodies) {
      const schema = full.paths[op.path][op.method].requestBody.content['application/json'].schema;
      expect(objects(schema).length, op.id).toBeGreaterThan(0);
      for (const o of objects(schema)) expect(o.additionalProperties, op.id).toBe(false);
    }
  });

  it('reads committees, sessions with points and attendance, and directives, with Vietnam-offset times', async () => {
    // A session with a main point, three attendees and four directives of Tuyên Quang, made for this test.
    const made = await makeSession(h.db, secretariatActor, { time: '14:00' });
    const pointId = await addPoint(
      {
        actor: secretariatActor,
        sessionId: made.id,
        point: { name: 'Điểm cầu chính', hostAgencyId: null, isMain: true },
      },
      h.db,
    );
    const attendee = (fullName: string, extra = {}) => ({
      fullName,
      positionTitle: 'Giám đốc Sở',
      agencyName: 'UBND tỉnh Tuyên Quang',
      role: 'member',
      presence: 'present',
      representedBy: null,
      ...extra,
    });
    await addAttendees(
      {
        actor: secretariatActor,
        sessionId: made.id,
        pointId,
        attendees: [
          attendee('Nguyễn Văn An'),
          attendee('Lê Thị Bình', { presence: 'represented', representedBy: 'Phạm Văn Cường' }),
          attendee('Đỗ Minh Đức', { presence: 'absent' }),
        ],
      },
      h.db,
    );
    for (let i = 0; i < 4; i++) {
      // Tuyên Quang leads each, so its token reads them.
      const directive = await makeDirective(h.db, secretariatActor, made.id);
      await makeTask(h.db, secretariatActor, directive.id, { lead: 'P-TUYENQUANG' });
    }

    const committees = await call(OPERATIONS.listCommittees, { token: tq });
    expect(committees.body.items.length).toBeGreaterThan(0);
    const sessions = await call(OPERATIONS.listSessions, { token: secretariat, query: 'limit=200' });
    const seventh = sessions.body.items.find((s: { id: number }) => s.id === made.id);
    expect(seventh.startsAt).toMatch(/\+07:00$/);
    const detail = await call(OPERATIONS.getSession, { token: secretariat, id: seventh.id });
    expect(detail.status).toBe(200);
    const main = detail.body.points.find((p: { isMain: boolean }) => p.isMain);
    expect(main.attendees.length).toBe(3);
    expect(main.attendees.length).toBe(main.present + main.absent + main.represented);
    const directives = await call(OPERATIONS.listDirectives, { token: tq, query: `session=${seventh.id}&limit=3` });
    expect(directives.body.items).toHaveLength(3);
    const one = await call(OPERATIONS.getDirective, { token: tq, id: directives.body.items[0].id });
    expect(one.body).toEqual(directives.body.items[0]);
    const next = await call(OPERATIONS.listDirectives, {
      token: tq,
      query: `session=${seventh.id}&limit=3&cursor=${directives.body.nextCursor}`,
    });
    expect(next.body.items[0].id).toBeGreaterThan(directives.body.items[2].id);
  });

  it('finds agencies for other systems, accents ignored, with kind and state; says what is wrong with a filter', async () => {
    const found = await call(OPERATIONS.listAgencies, { token: tq, query: 'q=tuyen%20quang&kind=province' });
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({ code: 'P-TUYENQUANG', name: 'UBND tỉnh Tuyên Quang', active: true, validTo: null }),
    ]);
    const ended = await call(OPERATIONS.listAgencies, { token: secretariat, query: 'q=ha%20giang&state=ended' });
    const hg = ended.body.items.find((a: { code: string }) => a.code === 'P-HAGIANG');
    expect(hg).toMatchObject({
      active: false,
      validTo: '2025-06-30',
      successor: { name: 'UBND tỉnh Tuyên Quang' },
      kind: 'province',
    });
    expect(ended.body.items.every((a: { active: boolean }) => !a.active)).toBe(true);
    const dept = await call(OPERATIONS.listAgencies, { token: leader, query: 'q=so%20noi%20vu%20tuyen' });
    expect(dept.body.items).toEqual([
      expect.objectContaining({ code: 'TQ-SNV', parent: expect.objectContaining({ name: 'UBND tỉnh Tuyên Quang' }) }),
    ]);
    const bad = await call(OPERATIONS.listAgencies, { token: tq, query: 'kind=planet' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/query/kind');
    expect((await call(OPERATIONS.listAgencies, { query: 'q=bo' })).status).toBe(401);
  });

  it('limits each token per minute, in PostgreSQL (429 with Retry-After)', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '3';
    const token = await tokenOf(leaderActor);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call(OPERATIONS.listCommittees, { token }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(statuses[2]!.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(statuses[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token has its own budget.
    const other = await tokenOf(leaderActor);
    expect((await call(OPERATIONS.listCommittees, { token: other })).status).toBe(200);
  });

  it('reads reports from the read replica when there is one, and everything else from the primary', async () => {
    const replica = await createTestDatabase();
    try {
      // The "replica" differs: one more task, completed there (and not on the primary).
      const replicaSecretariat = await actorFor(replica.db, { role: 'secretariat' });
      const session = await makeSession(replica.db, replicaSecretariat);
      const directive = await makeDirective(replica.db, replicaSecretariat, session.id);
      const open = await makeTask(replica.db, replicaSecretariat, directive.id);
      await replica.db
        .update(tasks)
        .set({ status: 'completed', progress: 100, completedOn: vnDate() })
        .where(eq(tasks.id, open.id));
      const viaReplica = async (op: Operation, query = '') =>
        (
          await apiHandler(op, { db: h.db, readDb: replica.db })(
            new Request(`http://api.test/api/v1${op.path}${query}`, { headers: { authorization: `Bearer ${leader}` } }),
            { params: Promise.resolve({}) },
          )
        ).json();
      const actor = leaderActor;
      const onReplica = await getOverview({ actor, filter: { today: vnDate() } }, replica.db);
      const onPrimary = await getOverview({ actor, filter: { today: vnDate() } }, h.db);
      expect(onReplica.completed).toBe(onPrimary.completed + 1);
      expect((await viaReplica(OPERATIONS.getOverview)).completed).toBe(onReplica.completed);
      const listed = await viaReplica(OPERATIONS.listTasks, '?status=completed&limit=200');
      const completedOn = async (db: typeof h.db) =>
        (await listTasks({ actor, filter: { status: 'completed' }, limit: 200 }, db)).map((t) => t.id).sort();
      expect(await completedOn(replica.db)).toContain(open.id);
      expect(await completedOn(replica.db)).not.toEqual(await completedOn(h.db));
      expect(listed.items.map((t: { id: number }) => t.id).sort()).toEqual(await completedOn(h.db));
    } finally {
      await replica.close();
    }
  });

  it('every operation was exercised and every answer matched the OpenAPI document', () => {
    const ops = Object.values(OPERATIONS).map((o) => o.id);
    for (const id of ops)
      expect(
        [...called].some((c) => c.startsWith(`${id} 2`)),
        id,
      ).toBe(true);
  });
});

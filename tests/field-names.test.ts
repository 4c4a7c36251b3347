/**
 * Hostile names, not values: every JSON API operation gets query parameters and JSON bodies whose names
 * JavaScript treats specially (`__proto__`, `constructor.prototype`, `prototype`, deep and numeric paths, the
 * bracket forms other frameworks expand). Each must answer a problem (never a 500), leave every standard
 * prototype as it was, and change nothing in the database. The server actions get the same names over HTTP in
 * e2e/field-names.spec.ts; the form parser's own generated cases are in lib/action.test.ts.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '@/db/backup';
import type { DatabaseHandle } from '@/db/client';
import { agencies, tasks, users } from '@/db/schema';
import { apiHandler } from '@/lib/api/handler';
import { OPERATIONS, type Operation } from '@/lib/api/operations';
import { createApiToken } from '@/lib/api/tokens';
import { loadActor } from '@/lib/auth/actor';
import { pollutedPrototypes } from '@/lib/keys';
import { taskFilterFromParams } from '@/lib/tasks/schemas';
import { DEMO_PASSWORD } from '@/seeds/demo/accounts';
import { createTestDatabase } from './db';

let h: DatabaseHandle;
const tokens: Record<string, string> = {};
let ownTask: number;

beforeAll(async () => {
  h = await createTestDatabase();
  for (const email of ['thuky@demo.gov.vn', 'tuyenquang@demo.gov.vn']) {
    const [u] = await h.db.select().from(users).where(eq(users.email, email));
    const actor = (await loadActor(h.db, u!.id, u!.sessionVersion))!;
    tokens[email] = (
      await createApiToken({ actor, name: 'field names', days: 30, password: DEMO_PASSWORD }, h.db)
    ).token;
  }
  const [tq] = await h.db.select().from(agencies).where(eq(agencies.code, 'P-TUYENQUANG'));
  [{ id: ownTask }] = (await h.db
    .select({ id: tasks.id })
    .from(tasks)
    .where(eq(tasks.leadAgencyId, tq!.id))
    .limit(1)) as [{ id: number }];
}, 60_000);
afterAll(() => h.close());

/** Query strings whose names are hostile; each one alone, beside a valid parameter where the operation has one. */
const HOSTILE_QUERIES = [
  '__proto__=1',
  '__proto__=1&__proto__=2',
  '__proto__[x]=1',
  '__proto__.x=1',
  'constructor=1',
  'constructor.prototype.x=1',
  'constructor[prototype][x]=1',
  'prototype=1',
  'toString=1',
  'hasOwnProperty=1',
  'valueOf=1&valueOf=2',
  'a.b.c.d.e.f.g.h=1',
  '0=1&1=2',
  `${'x'.repeat(300)}=1`,
];

/** JSON bodies whose keys are hostile, at the top and nested where the body has objects. */
const HOSTILE_BODIES = [
  '{"__proto__":{"x":1}}',
  '{"__proto__":{"coordinatorIds":[1]},"status":"in_progress","version":1}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"prototype":{"x":1}}',
  '{"status":"in_progress","version":1,"progress":10,"note":"x","deadline":{"__proto__":{"x":1}}}',
  '{"status":"in_progress","version":1,"progress":10,"evidence":[{"__proto__":{"x":1}}]}',
  '[{"__proto__":{"x":1}}]',
  '{"status":"in_progress","version":1,"progress":10,"note":"x","0":{"1":{"2":{"__proto__":{"x":1}}}}}',
  // nested 5,000 deep: it overflowed the stack of the name check (a 500)
  `{"status":"in_progress","version":1,"progress":10,"note":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
];

async function call(op: Operation, token: string, query: string, body?: string) {
  const path = op.path.replace('{id}', String(ownTask));
  const request = new Request(`http://api.test/api/v1${path}?${query}`, {
    method: op.method.toUpperCase(),
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body,
  });
  const response = await apiHandler(op, { db: h.db })(request, { params: Promise.resolve({ id: String(ownTask) }) });
  return { status: response.status, body: await response.text() };
}

// Tables that every API request writes by design (the token's last use, the per-minute counter).
const BOOKKEEPING = ['api_tokens', 'rate_limits'];
const business = (f: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(f).filter(([name]) => !BOOKKEEPING.includes(name)));

describe('hostile names through every JSON API operation', () => {
  it.each(Object.values(OPERATIONS) as Operation[])(
    '$id: a problem, never a 500, nothing polluted or changed',
    async (op) => {
      process.env.API_RATE_LIMIT_PER_MINUTE = '100000';
      const before = business(await fingerprint(h));
      try {
        for (const token of Object.values(tokens)) {
          for (const query of HOSTILE_QUERIES) {
            const res = await call(op, token, query);
            expect(res.status, `${op.id} ?${query}`).toBeLessThan(500);
            // A hostile name is never quietly ignored: the API says which parameter it does not take.
            expect(res.status, `${op.id} ?${query}: ${res.body}`).toBe(400);
            expect(pollutedPrototypes(), `${op.id} ?${query}`).toEqual([]);
          }
          if (op.method === 'post') {
            for (const body of HOSTILE_BODIES) {
              const res = await call(op, token, '', body);
              expect(res.status, `${op.id} ${body}: ${res.body}`).toBe(400);
              expect(pollutedPrototypes(), `${op.id} ${body}`).toEqual([]);
            }
          }
        }
      } finally {
        delete process.env.API_RATE_LIMIT_PER_MINUTE;
      }
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(business(await fingerprint(h))).toEqual(before);
    },
  );
});

describe('a name given twice in a JSON body', () => {
  const update = (OPERATIONS as Record<string, Operation>).updateTask!;
  const version = async () => (await h.db.select().from(tasks).where(eq(tasks.id, ownTask)))[0]!.version;
  // The block above spent this minute's requests of the tokens.
  beforeAll(() => void (process.env.API_RATE_LIMIT_PER_MINUTE = '100000'));
  afterAll(() => void delete process.env.API_RATE_LIMIT_PER_MINUTE);

  it('is refused with its place, and the task is not changed, whichever copy would have been read', async () => {
    const v = await version();
    const before = business(await fingerprint(h));
    for (const body of [
      `{"status":"in_progress","version":${v},"progress":10,"progress":90}`,
      `{"status":"in_progress","version":${v},"progress":10,"pr\\u006fgress":90}`,
      `{"version":${v},"status":"in_progress","progress":10,"version":${v}}`,
    ]) {
      const res = await call(update, tokens['tuyenquang@demo.gov.vn']!, '', body);
      expect(res.status, body).toBe(400);
      expect(res.body).toContain('"pointer":"/');
      expect(res.body).toContain('Trường này được gửi nhiều hơn một lần.');
    }
    expect(business(await fingerprint(h))).toEqual(before);
  });

  it('a body whose text quotes names is read as before', async () => {
    const v = await version();
    const body = `{"status":"in_progress","version":${v},"progress":15,"note":"\\"progress\\":90, {\\"status\\"}"}`;
    const res = await call(update, tokens['tuyenquang@demo.gov.vn']!, '', body);
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body).progress).toBe(15);
  });
});

describe('hostile names in page query strings', () => {
  it('a task filter read from the URL takes plain names only, whatever the object Next.js built', () => {
    const raw: Record<string, string | string[]> = {};
    raw['__proto__'] = ['x', 'y'] as unknown as string; // Next.js does this with ?__proto__=x
    raw['constructor'] = ['a', 'b'];
    raw.q = 'thuế';
    const { filter, ignored } = taskFilterFromParams(raw);
    expect(filter.q).toBe('thuế');
    expect(ignored).toEqual([]);
    expect(pollutedPrototypes()).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { AppError } from '@/lib/errors';
import { addPoint } from '@/lib/sessions/mutations';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { missingReference } from './db-errors';

let h: DatabaseHandle;
let secretariat: Actor;
beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
}, 60_000);
afterAll(() => h.close());

/** The error a call throws (it must throw). */
const thrown = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable('it should have thrown'),
    (e: unknown) => e,
  );

describe('missingReference: an id that names no record (attacker pass 23)', () => {
  it('is "no such record" under the field it came in, for a session, a chair and a point host', async () => {
    for (const [values, field] of [
      [{ committeeId: 2_000_000 }, 'committeeId'],
      [{ chairPersonId: 2_000_000 }, 'chairPersonId'],
    ] as const) {
      const mapped = missingReference(await thrown(makeSession(h.db, secretariat, values)));
      expect(mapped).toBeInstanceOf(AppError);
      expect(mapped).toMatchObject({ code: 'INVALID', fieldErrors: { [field]: 'errors.notFoundRecord' } });
    }
    const session = await makeSession(h.db, secretariat, {});
    const error = await thrown(
      addPoint(
        {
          actor: secretariat,
          sessionId: session.id,
          point: { name: 'Điểm cầu thử', hostAgencyId: 2_000_000, isMain: false },
        },
        h.db,
      ),
    );
    expect(missingReference(error)).toMatchObject({ fieldErrors: { hostAgencyId: 'errors.notFoundRecord' } });
  });

  it('leaves every other error alone', () => {
    expect(missingReference(new Error('x'))).toBeNull();
    expect(missingReference({ code: '23505', detail: 'Key (email)=(a) already exists.' })).toBeNull();
    // A row still referenced is another matter than an id of nothing.
    expect(
      missingReference({ code: '23503', detail: 'Key (id)=(5) is still referenced from table "tasks".' }),
    ).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/tests/db';
import type { DatabaseHandle } from './client';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

describe('relations', () => {
  it('resolve every declared relation, both ways, in relational queries', async () => {
    const session = await h.db.query.sessions.findFirst({
      with: {
        committee: true,
        chair: true,
        agenda: { with: { session: true } },
        figures: { with: { session: true, agency: true } },
        points: {
          with: { session: true, host: true, attendees: { with: { point: true, person: true, agency: true } } },
        },
        directives: { with: { session: true, parent: true, children: true, tasks: true } },
        documents: { with: { session: true, revisions: { with: { document: true } } } },
      },
    });
    expect(session?.committee.id).toBe(session?.committeeId);
    expect(session?.points.length).toBeGreaterThan(0);
    for (const p of session!.points) {
      expect(p.session.id).toBe(session!.id);
      for (const a of p.attendees) expect(a.point.id).toBe(p.id);
    }
    const task = await h.db.query.tasks.findFirst({
      with: {
        directive: true,
        session: true,
        lead: true,
        assigned: true,
        monitor: true,
        coordinators: { with: { task: true, agency: true } },
        updates: { with: { task: true, author: true, authorAgency: true } },
        extensions: { with: { task: true } },
        evidence: { with: { task: true } },
      },
    });
    expect(task?.directive.id).toBe(task?.directiveId);
    expect(task?.lead.id).toBe(task?.leadAgencyId);
    expect(task?.assigned.id).toBe(task?.assignedAgencyId);
    expect(task?.updates.every((u) => u.task.id === task.id)).toBe(true);
  });
});

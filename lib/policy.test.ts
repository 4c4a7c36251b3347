import { describe, expect, it } from 'vitest';
import type { Role } from '@/db/schema';
import {
  can,
  canCommentOnTask,
  canReadSession,
  canReadTask,
  canRequestExtension,
  canUpdateTask,
  PERMISSIONS,
  READ_PERMISSIONS,
  type Actor,
  type Permission,
  type TaskParties,
} from './policy';

const actor = (role: Role, agencyId: number | null = null, scope: number[] = agencyId ? [agencyId] : []): Actor => ({
  userId: 1,
  role,
  name: 'x',
  email: 'x@example.vn',
  agencyId,
  agencyName: null,
  agencyScope: scope,
});

/** The whole role × permission table, written out by hand from docs/design.md ("Roles", "Who may change what"). */
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  'session.read': { admin: true, secretariat: true, leader: true, agency: true },
  'session.readUnpublished': { admin: true, secretariat: true, leader: true, agency: false },
  'session.manage': { admin: true, secretariat: true, leader: false, agency: false },
  'document.read': { admin: true, secretariat: true, leader: true, agency: true },
  'document.readDraft': { admin: true, secretariat: true, leader: true, agency: false },
  'document.manage': { admin: false, secretariat: true, leader: false, agency: false },
  'document.approve': { admin: false, secretariat: true, leader: true, agency: false },
  'directive.read': { admin: true, secretariat: true, leader: true, agency: true },
  'directive.manage': { admin: false, secretariat: true, leader: false, agency: false },
  'directive.readConfidential': { admin: false, secretariat: true, leader: true, agency: false },
  'task.readAll': { admin: true, secretariat: true, leader: true, agency: false },
  'task.assign': { admin: false, secretariat: true, leader: false, agency: false },
  'task.manage': { admin: false, secretariat: true, leader: false, agency: false },
  'task.confirmCompletion': { admin: false, secretariat: true, leader: false, agency: false },
  'task.updateOwn': { admin: false, secretariat: false, leader: false, agency: true },
  'task.draftUpdate': { admin: false, secretariat: false, leader: false, agency: true },
  'task.comment': { admin: false, secretariat: true, leader: true, agency: true },
  'extension.request': { admin: false, secretariat: false, leader: false, agency: true },
  'extension.decide': { admin: false, secretariat: true, leader: false, agency: false },
  'report.read': { admin: true, secretariat: true, leader: true, agency: false },
  'user.manage': { admin: true, secretariat: false, leader: false, agency: false },
  'api_token.manage': { admin: true, secretariat: false, leader: false, agency: false },
  'agency.manage': { admin: true, secretariat: false, leader: false, agency: false },
  'agency.create': { admin: true, secretariat: true, leader: false, agency: false },
  'audit.read': { admin: true, secretariat: false, leader: false, agency: false },
  'jobs.manage': { admin: true, secretariat: false, leader: false, agency: false },
  'committee.manage': { admin: true, secretariat: true, leader: false, agency: false },
};

const ROLES: Role[] = ['admin', 'secretariat', 'leader', 'agency'];

describe('role × permission table', () => {
  it('lists every permission', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      it(`${role} ${EXPECTED[permission][role] ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(actor(role, role === 'agency' ? 10 : null), permission)).toBe(EXPECTED[permission][role]);
      });
    }
  }
  it('an agency’s staff read, comment and draft; only a focal point updates or asks for an extension', () => {
    const staff = { ...actor('agency', 10), agencyDuty: 'staff' as const };
    const focal = { ...actor('agency', 10), agencyDuty: 'focal_point' as const };
    const allowed = PERMISSIONS.filter((p) => can(staff, p));
    expect(allowed.sort()).toEqual([
      'directive.read',
      'document.read',
      'session.read',
      'task.comment',
      'task.draftUpdate',
    ]);
    expect(can(focal, 'task.updateOwn')).toBe(true);
    expect(can(focal, 'extension.request')).toBe(true);
    // The duty means nothing outside the agency role.
    expect(can({ ...actor('secretariat', null), agencyDuty: 'staff' }, 'task.assign')).toBe(true);
  });
  it('an anonymous caller may do nothing', () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });
});

describe('record-level rules', () => {
  // Agency 10 leads; 11 coordinates; 12 monitors; 13 is unrelated; 9 was first assigned and ended (10 succeeded it).
  const task: TaskParties = {
    leadAgencyId: 10,
    assignedAgencyId: 9,
    monitorAgencyId: 12,
    coordinatorIds: [11],
    isConfidential: false,
    committeeId: 1,
  };
  const lead = actor('agency', 10, [10, 9]);
  const coordinator = actor('agency', 11);
  const monitor = actor('agency', 12);
  const stranger = actor('agency', 13);

  it('agency users read the tasks their agency is party to, and no others', () => {
    expect(canReadTask(lead, task)).toBe(true);
    expect(canReadTask(coordinator, task)).toBe(true);
    expect(canReadTask(monitor, task)).toBe(true);
    expect(canReadTask(stranger, task)).toBe(false);
    expect(canReadTask(null, task)).toBe(false);
  });

  it('a successor reads what its predecessor was assigned', () => {
    const done = { ...task, leadAgencyId: 9 }; // completed before the merge: still Hà Giang's
    expect(canReadTask(lead, done)).toBe(true);
    expect(canUpdateTask(lead, done)).toBe(false);
  });

  it('only the lead agency (and the secretariat) change a task; coordinators comment', () => {
    expect(canUpdateTask(lead, task)).toBe(true);
    expect(canUpdateTask(coordinator, task)).toBe(false);
    expect(canUpdateTask(monitor, task)).toBe(false);
    expect(canUpdateTask(stranger, task)).toBe(false);
    expect(canUpdateTask(actor('secretariat'), task)).toBe(true);
    expect(canUpdateTask(actor('leader'), task)).toBe(false);
    expect(canUpdateTask(actor('admin'), task)).toBe(false);
    expect(canCommentOnTask(coordinator, task)).toBe(true);
    expect(canCommentOnTask(monitor, task)).toBe(false);
    expect(canCommentOnTask(stranger, task)).toBe(false);
    expect(canCommentOnTask(actor('leader'), task)).toBe(true);
    expect(canRequestExtension(lead, task)).toBe(true);
    expect(canRequestExtension(coordinator, task)).toBe(false);
  });

  it('confidential directives reach only the secretariat, leaders and the agencies assigned', () => {
    const secret = { ...task, isConfidential: true };
    expect(canReadTask(actor('secretariat'), secret)).toBe(true);
    expect(canReadTask(actor('leader'), secret)).toBe(true);
    expect(canReadTask(actor('admin'), secret)).toBe(false);
    expect(canReadTask(lead, secret)).toBe(true);
    expect(canReadTask(coordinator, secret)).toBe(true);
    expect(canReadTask(stranger, secret)).toBe(false);
  });

  it('agencies read sessions once the notice is published', () => {
    expect(canReadSession(stranger, { status: 'held', committeeId: 1 })).toBe(false);
    expect(canReadSession(stranger, { status: 'minutes_published', committeeId: 1 })).toBe(true);
    expect(canReadSession(actor('leader'), { status: 'planned', committeeId: 1 })).toBe(true);
    expect(canReadSession(null, { status: 'minutes_published', committeeId: 1 })).toBe(false);
  });

  it('a user limited to some committees reads only their sessions and tasks (and tasks of no committee)', () => {
    const limited = { ...actor('secretariat'), committeeIds: [2] };
    expect(canReadSession(limited, { status: 'planned', committeeId: 2 })).toBe(true);
    expect(canReadSession(limited, { status: 'planned', committeeId: 1 })).toBe(false);
    expect(canReadTask(limited, { ...task, committeeId: 2 })).toBe(true);
    expect(canReadTask(limited, task)).toBe(false);
    expect(canUpdateTask(limited, { ...task, committeeId: 2 })).toBe(true);
    expect(canReadTask(limited, { ...task, committeeId: null })).toBe(true);
    expect(canReadTask({ ...limited, committeeIds: [] }, task)).toBe(false);
  });
});

describe('users of an ended agency (decision 022)', () => {
  const ended = (role: Role): Actor => ({
    ...actor(role, 10),
    agencyEndedOn: '2025-06-30',
    agencyName: 'UBND tỉnh Hà Giang',
  });
  it('keep only the permissions that read, whatever their role (administrators excepted)', () => {
    for (const role of ['secretariat', 'leader', 'agency'] as Role[])
      for (const permission of PERMISSIONS)
        expect(can(ended(role), permission)).toBe(EXPECTED[permission][role] && READ_PERMISSIONS.has(permission));
    expect(can(ended('admin'), 'user.manage')).toBe(true);
  });
  it('the successor updates what an ended predecessor leads; the ended agency does not', () => {
    const task: TaskParties = {
      leadAgencyId: 9,
      assignedAgencyId: 9,
      monitorAgencyId: null,
      coordinatorIds: [],
      isConfidential: false,
      committeeId: 1,
    };
    expect(canUpdateTask({ ...actor('agency', 10, [10, 9]), inheritedAgencyIds: [9] }, task)).toBe(true);
    expect(canUpdateTask(actor('agency', 10, [10, 9]), task)).toBe(false);
    expect(canUpdateTask({ ...actor('agency', 9), agencyEndedOn: '2025-06-30' }, task)).toBe(false);
  });
});

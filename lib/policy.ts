import type { AgencyDuty, Role } from '@/db/schema';
import { servesCommittee } from '@/lib/committees/scope';
import { msg } from '@/lib/i18n/message';

/**
 * Who may do what: the one place for access rules (docs/design.md, "Who may change what"). Every lib read
 * and write asks here; pages and middleware only decide what to show.
 * The rules about agencies themselves (which exist on a day and may be given work, successors, groups)
 * are in lib/agencies/policy.ts; this file keeps the role table and the record-level checks.
 */
export type Actor = {
  userId: number;
  role: Role;
  name: string;
  email: string;
  /** The user's own agency (agency heads; optional for other roles). */
  agencyId: number | null;
  /**
   * For role `agency`: a focal point (đầu mối, the default) updates and reports the agency's tasks; staff read
   * them and draft updates that a focal point submits (STAFF_PERMISSIONS).
   */
  agencyDuty?: AgencyDuty;
  /**
   * The committees the user serves (`user_committees`); null or absent: every committee. Reads and writes of
   * sessions, directives and tasks keep to them (lib/committees/scope.ts).
   */
  committeeIds?: readonly number[] | null;
  agencyName: string | null;
  /**
   * The agencies whose work this user inherits: their own agency and, transitively, its
   * predecessors (Tuyên Quang's users read what UBND tỉnh Hà Giang was given before the 2025 merge).
   */
  agencyScope: readonly number[];
  /**
   * A second factor is required for the role (AUTH_TOTP_REQUIRED) and the user has none yet: until they
   * enrol, every permission is refused; only their own account page is open to them.
   */
  mustEnrolSecondFactor?: boolean;
  /**
   * The day the user's agency ended (`valid_to`, Vietnam calendar) when that day has passed: the user of a
   * merged-away agency reads what they read before but changes nothing (decision 022). Administrators are
   * exempt (they are the ones who move such accounts).
   */
  agencyEndedOn?: string | null;
  /**
   * Predecessors of the user's agency that have ended: their work (finished or not) is this agency's to
   * correct, as if it led it (decision 022). A subset of `agencyScope`.
   */
  inheritedAgencyIds?: readonly number[];
};

export const PERMISSIONS = [
  'session.read',
  'session.readUnpublished',
  'session.manage',
  'document.read',
  'document.readDraft',
  'document.manage',
  'document.approve',
  'directive.read',
  'directive.manage',
  'directive.readConfidential',
  'task.readAll',
  'task.assign',
  'task.manage',
  'task.confirmCompletion',
  'task.updateOwn',
  'task.draftUpdate',
  'task.comment',
  'extension.request',
  'extension.decide',
  'report.read',
  'user.manage',
  'api_token.manage',
  'agency.manage',
  'agency.create',
  'audit.read',
  'jobs.manage',
  'committee.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Role → permissions. Record-level rules (which task, which agency) are the functions below. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'session.read',
    'session.readUnpublished',
    'session.manage',
    'document.read',
    'document.readDraft',
    'directive.read',
    'task.readAll',
    'report.read',
    'user.manage',
    'api_token.manage',
    'agency.manage',
    'agency.create',
    'audit.read',
    'jobs.manage',
    'committee.manage',
  ],
  secretariat: [
    'session.read',
    'session.readUnpublished',
    'session.manage',
    'document.read',
    'document.readDraft',
    'document.manage',
    'document.approve',
    'directive.read',
    'directive.manage',
    'directive.readConfidential',
    'task.readAll',
    'task.assign',
    'task.manage',
    'task.confirmCompletion',
    'task.comment',
    'extension.decide',
    'report.read',
    'committee.manage',
    'agency.create',
  ],
  leader: [
    'session.read',
    'session.readUnpublished',
    'document.read',
    'document.readDraft',
    'document.approve',
    'directive.read',
    'directive.readConfidential',
    'task.readAll',
    'task.comment',
    'report.read',
  ],
  agency: [
    'session.read',
    'document.read',
    'directive.read',
    'task.updateOwn',
    'task.draftUpdate',
    'task.comment',
    'extension.request',
  ],
};

/** An agency's staff: they read the agency's tasks, comment, and draft updates; a focal point submits them. */
export const STAFF_PERMISSIONS: readonly Permission[] = [
  'session.read',
  'document.read',
  'directive.read',
  'task.draftUpdate',
  'task.comment',
];

/** The permissions of a user: their role's, narrowed to STAFF_PERMISSIONS for an agency's staff. */
export function permissionsOf(actor: Pick<Actor, 'role' | 'agencyDuty'>): readonly Permission[] {
  return actor.role === 'agency' && actor.agencyDuty === 'staff' ? STAFF_PERMISSIONS : ROLE_PERMISSIONS[actor.role];
}

/** The permissions that only read: all a user of an ended agency keeps. */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  'session.read',
  'session.readUnpublished',
  'document.read',
  'document.readDraft',
  'directive.read',
  'directive.readConfidential',
  'task.readAll',
  'report.read',
  'audit.read',
]);

/** Whether the user belongs to an agency past its end date, and so may only read (administrators excepted). */
export function isReadOnly(actor: Actor | null): boolean {
  return !!actor?.agencyEndedOn && actor.role !== 'admin';
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (actor === null || actor.mustEnrolSecondFactor) return false;
  if (isReadOnly(actor) && !READ_PERMISSIONS.has(permission)) return false;
  return permissionsOf(actor).includes(permission);
}

export const GENERIC_REFUSAL = msg('errors.forbidden');

/** What a refused user is told: why, when it is their agency having ended. */
export function refusalMessage(actor: Actor | null): string {
  if (!isReadOnly(actor)) return GENERIC_REFUSAL;
  const [y, m, d] = actor!.agencyEndedOn!.split('-');
  return msg('errors.agencyEnded', { agency: actor!.agencyName ?? 'fields.yourAgency', date: `${d}/${m}/${y}` });
}

export class ForbiddenError extends Error {
  constructor(
    readonly permission: string,
    /** The message the user is shown. */
    readonly userMessage: string = GENERIC_REFUSAL,
  ) {
    super(`forbidden: ${permission}`);
    this.name = 'ForbiddenError';
  }
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new ForbiddenError(permission, refusalMessage(actor));
}

/**
 * A session is visible to agencies once its minutes are published; to a user limited to some committees, only
 * a session of theirs (lib/committees/scope.ts).
 */
export function canReadSession(actor: Actor | null, session: { status: string; committeeId: number }): boolean {
  if (!can(actor, 'session.read') || !servesCommittee(actor, session.committeeId)) return false;
  return can(actor, 'session.readUnpublished') || session.status === 'minutes_published';
}

/**
 * A document awaiting publication is approved by someone other than its author (decision 024): a leader or
 * a secretariat user who neither last saved its text nor asked for the approval. Administrators run the
 * system, not its documents.
 */
/** A published document corrected since, whose correction waits for approval (decision 024). */
export const isPendingCorrection = (doc: {
  status: string;
  approvedBy: number | null;
  approvalRequestedBy: number | null;
}) => doc.status === 'published' && doc.approvedBy === null && doc.approvalRequestedBy !== null;

export function canApproveDocument(
  actor: Actor | null,
  doc: { status: string; editedBy: number | null; approvalRequestedBy: number | null; approvedBy: number | null },
): boolean {
  if (!can(actor, 'document.approve') || (doc.status !== 'in_review' && !isPendingCorrection(doc))) return false;
  return actor!.userId !== doc.editedBy && actor!.userId !== doc.approvalRequestedBy;
}

/** The agencies a task involves: who leads it now, who was first assigned, who coordinates, who monitors. */
export type TaskParties = {
  leadAgencyId: number;
  assignedAgencyId: number;
  monitorAgencyId: number | null;
  coordinatorIds: readonly number[];
  isConfidential: boolean;
  /** The committee of the task's session (null for a directive from a document): see `servesCommittee`. */
  committeeId: number | null;
};

function inScope(actor: Actor, agencyId: number | null): boolean {
  return agencyId !== null && actor.agencyScope.includes(agencyId);
}

export function isTaskParty(actor: Actor, task: TaskParties): boolean {
  return (
    inScope(actor, task.leadAgencyId) ||
    inScope(actor, task.assignedAgencyId) ||
    inScope(actor, task.monitorAgencyId) ||
    task.coordinatorIds.some((id) => inScope(actor, id))
  );
}

export function canReadTask(actor: Actor | null, task: TaskParties): boolean {
  if (!actor || !servesCommittee(actor, task.committeeId)) return false;
  if (task.isConfidential && !can(actor, 'directive.readConfidential') && !isTaskParty(actor, task)) return false;
  return can(actor, 'task.readAll') || isTaskParty(actor, task);
}

/**
 * Whether the actor's agency leads the task, itself or as the successor of the ended agency that leads it
 * (a finished task stays under the ended agency, and the successor is the one left to correct it).
 */
export function leadsTask(actor: Actor, task: Pick<TaskParties, 'leadAgencyId'>): boolean {
  if (actor.agencyId === null) return false;
  return actor.agencyId === task.leadAgencyId || (actor.inheritedAgencyIds ?? []).includes(task.leadAgencyId);
}

/**
 * Agency heads change only the tasks their own agency leads now, or that an ended predecessor leads
 * (decision 022); never a task merely in their scope's history through another relation.
 */
export function canUpdateTask(actor: Actor | null, task: TaskParties): boolean {
  if (!actor) return false;
  if (can(actor, 'task.manage')) return true;
  return can(actor, 'task.updateOwn') && leadsTask(actor, task);
}

export function canCommentOnTask(actor: Actor | null, task: TaskParties): boolean {
  if (!actor || !can(actor, 'task.comment') || !canReadTask(actor, task)) return false;
  if (actor.role !== 'agency') return true;
  return leadsTask(actor, task) || task.coordinatorIds.includes(actor.agencyId ?? -1);
}

export function canRequestExtension(actor: Actor | null, task: TaskParties): boolean {
  return can(actor, 'extension.request') && leadsTask(actor!, task);
}

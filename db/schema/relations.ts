import { relations } from 'drizzle-orm';
import { agencies } from './agencies';
import { users } from './auth';
import { committees } from './committees';
import { directives } from './directives';
import { documentRevisions, documents } from './minutes';
import { people } from './people';
import { agendaItems, attendances, conferencePoints, sessionFigures, sessions } from './sessions';
import { evidenceFiles, extensionRequests, taskCoordinators, taskUpdates, tasks } from './tasks';

/*
 * How the tables hang together, for drizzle's relational queries (`db.query.<table>.findFirst({ with })`):
 * the detail reads of a session, a point, a directive or a task. Relations are not SQL: no migration follows
 * from them. A table read through several foreign keys to the same table (a task's lead, assigned and
 * monitor agencies) names each one.
 */

export const sessionsRelations = relations(sessions, ({ one, many }) => ({
  committee: one(committees, { fields: [sessions.committeeId], references: [committees.id] }),
  chair: one(people, { fields: [sessions.chairPersonId], references: [people.id] }),
  agenda: many(agendaItems),
  figures: many(sessionFigures),
  points: many(conferencePoints),
  directives: many(directives),
  documents: many(documents),
}));

export const agendaItemsRelations = relations(agendaItems, ({ one }) => ({
  session: one(sessions, { fields: [agendaItems.sessionId], references: [sessions.id] }),
}));

export const sessionFiguresRelations = relations(sessionFigures, ({ one }) => ({
  session: one(sessions, { fields: [sessionFigures.sessionId], references: [sessions.id] }),
  agency: one(agencies, { fields: [sessionFigures.agencyId], references: [agencies.id] }),
}));

export const conferencePointsRelations = relations(conferencePoints, ({ one, many }) => ({
  session: one(sessions, { fields: [conferencePoints.sessionId], references: [sessions.id] }),
  host: one(agencies, { fields: [conferencePoints.hostAgencyId], references: [agencies.id] }),
  attendees: many(attendances),
}));

export const attendancesRelations = relations(attendances, ({ one }) => ({
  point: one(conferencePoints, { fields: [attendances.pointId], references: [conferencePoints.id] }),
  person: one(people, { fields: [attendances.personId], references: [people.id] }),
  agency: one(agencies, { fields: [attendances.agencyId], references: [agencies.id] }),
}));

export const documentsRelations = relations(documents, ({ one, many }) => ({
  session: one(sessions, { fields: [documents.sessionId], references: [sessions.id] }),
  revisions: many(documentRevisions),
}));

export const documentRevisionsRelations = relations(documentRevisions, ({ one }) => ({
  document: one(documents, { fields: [documentRevisions.documentId], references: [documents.id] }),
}));

export const directivesRelations = relations(directives, ({ one, many }) => ({
  session: one(sessions, { fields: [directives.sessionId], references: [sessions.id] }),
  parent: one(directives, {
    fields: [directives.parentId],
    references: [directives.id],
    relationName: 'directive_parent',
  }),
  children: many(directives, { relationName: 'directive_parent' }),
  tasks: many(tasks),
}));

export const tasksRelations = relations(tasks, ({ one, many }) => ({
  directive: one(directives, { fields: [tasks.directiveId], references: [directives.id] }),
  session: one(sessions, { fields: [tasks.sessionId], references: [sessions.id] }),
  lead: one(agencies, { fields: [tasks.leadAgencyId], references: [agencies.id], relationName: 'task_lead' }),
  assigned: one(agencies, {
    fields: [tasks.assignedAgencyId],
    references: [agencies.id],
    relationName: 'task_assigned',
  }),
  monitor: one(agencies, { fields: [tasks.monitorAgencyId], references: [agencies.id], relationName: 'task_monitor' }),
  coordinators: many(taskCoordinators),
  updates: many(taskUpdates),
  extensions: many(extensionRequests),
  evidence: many(evidenceFiles),
}));

export const taskCoordinatorsRelations = relations(taskCoordinators, ({ one }) => ({
  task: one(tasks, { fields: [taskCoordinators.taskId], references: [tasks.id] }),
  agency: one(agencies, { fields: [taskCoordinators.agencyId], references: [agencies.id] }),
}));

export const taskUpdatesRelations = relations(taskUpdates, ({ one }) => ({
  task: one(tasks, { fields: [taskUpdates.taskId], references: [tasks.id] }),
  author: one(users, { fields: [taskUpdates.authorId], references: [users.id] }),
  authorAgency: one(agencies, { fields: [taskUpdates.authorAgencyId], references: [agencies.id] }),
}));

export const extensionRequestsRelations = relations(extensionRequests, ({ one }) => ({
  task: one(tasks, { fields: [extensionRequests.taskId], references: [tasks.id] }),
}));

export const evidenceFilesRelations = relations(evidenceFiles, ({ one }) => ({
  task: one(tasks, { fields: [evidenceFiles.taskId], references: [tasks.id] }),
}));

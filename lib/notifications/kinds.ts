/** What a notification is about; users can turn email off per kind (in-app notices always arrive). */
export const NOTIFICATION_KINDS = [
  'task_assigned',
  'due_soon',
  'overdue',
  'urged',
  'extension_requested',
  'extension_decided',
  'notice_published',
  'handed_over',
  'completion_pending',
  'completion_returned',
  'digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The address the app is reached at, for links in emails. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL ?? env.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

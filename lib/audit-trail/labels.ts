import type { Messages } from '@/lib/i18n/vi';

type Labels = Messages['auditTrail'];

/**
 * What an audit action ("task.extension_accepted", "committee.member.add") is called in the reader's language: its
 * path in the catalogue, or the key itself for an action the catalogue does not name (an older row, a new action).
 */
export function auditActionLabel(labels: Labels, action: string): string {
  let node: unknown = labels.actions;
  for (const part of action.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return action;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : action;
}

/** What a kind of record ("official_report") is called, or its key. */
export function auditTypeLabel(labels: Labels, entityType: string): string {
  return Object.hasOwn(labels.types, entityType) ? labels.types[entityType as keyof Labels['types']] : entityType;
}

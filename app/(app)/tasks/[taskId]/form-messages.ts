import type { Messages } from '@/lib/i18n/vi';

/**
 * The words the task page's forms show, and only those: each form is a client component, and what it is given is
 * written into the page's server payload (the whole `task` catalogue was 3 KB of the page's 21 KB, the `people` one
 * another 3.5 KB for a drafter; issue 21). A key a form reads and this list lacks is a type error in the forms.
 */
export const TASK_FORM_KEYS = [
  'accept',
  'addComment',
  'awaitingConfirmationTitle',
  'backDatedHint',
  'cancel',
  'cancelReason',
  'comment',
  'completedOn',
  'completionDocument',
  'completionDocumentHint',
  'confirmCompletion',
  'confirmPast',
  'decisionNote',
  'extension',
  'file',
  'grantedDate',
  'grantedDateHint',
  'lead',
  'leaveUnsaved',
  'note',
  'period',
  'periodReport',
  'progress',
  'reason',
  'reassign',
  'refuse',
  'report',
  'requestExtension',
  'requestedDate',
  'result',
  'returnCompletion',
  'returnReason',
  'save',
  'send',
  'status',
  'update',
] as const satisfies readonly (keyof Messages['task'])[];

export const DRAFT_FORM_KEYS = [
  'draftCompletionHint',
  'draftDiscard',
  'draftDiscardConfirm',
  'draftDiscardLabel',
  'draftIntro',
  'draftSave',
  'draftSubmit',
  'draftSubmitLabel',
  'draftTitle',
] as const satisfies readonly (keyof Messages['people'])[];

/** The secretariat's follow-up forms' words, from the task list's catalogue. */
export const FOLLOW_UP_KEYS = [
  'changeDeadline',
  'newDeadline',
  'reason',
  'urge',
  'urgeNote',
] as const satisfies readonly (keyof Messages['tasks'])[];

export type TaskFormMessages = Pick<Messages['task'], (typeof TASK_FORM_KEYS)[number]>;
export type DraftFormMessages = Pick<Messages['people'], (typeof DRAFT_FORM_KEYS)[number]>;
export type FollowUpMessages = Pick<Messages['tasks'], (typeof FOLLOW_UP_KEYS)[number]>;

/** `keys` of `from`, one object per catalogue (so a page gives every form the same object, sent once). */
function picker<K extends string>(keys: readonly K[]) {
  const made = new WeakMap<object, object>();
  return <M extends Record<K, unknown>>(from: M): Pick<M, K> => {
    let picked = made.get(from);
    if (!picked) made.set(from, (picked = Object.fromEntries(keys.map((k) => [k, from[k]]))));
    return picked as Pick<M, K>;
  };
}

export const taskFormMessages: (t: Messages['task']) => TaskFormMessages = picker(TASK_FORM_KEYS);
export const draftFormMessages: (p: Messages['people']) => DraftFormMessages = picker(DRAFT_FORM_KEYS);
export const followUpMessages: (t: Messages['tasks']) => FollowUpMessages = picker(FOLLOW_UP_KEYS);

import type { domainVi } from './domain-vi';

/** English for lib/i18n/domain-vi.ts: the same keys (the type checks it). */
export const domainEn: typeof domainVi = {
  fields: {
    value: 'Value',
    id: 'Id',
    date: 'Date',
    yourAgency: 'Your agency',
    // -- sessions, points, attendees
    // -- minutes and documents
    // -- directives and assignment
    directiveText: 'Directive',
    parentItem: 'Parent item',
    issuedBy: 'Directed by',
    sourceDocument: 'Reference document',
    session: 'Session',
    deadline: 'Deadline',
    agency: 'Agency',
    leadAgency: 'Lead agency',
    monitorAgency: 'Monitoring agency',
    noticeNumber: 'Document number',
    noticeSymbol: 'Symbol',
    noticePlace: 'Place',
    noticeIssueDate: 'Date of issue',
    noticeAuthority: 'Signing authority',
    noticeSignerTitle: 'Signer’s title',
    noticeSignerName: 'Signer',
    areaCrossCutting: 'Cross-cutting',
    areaUnclassified: 'Unclassified',
    // -- tasks and progress
    task: 'Task',
    result: 'Result',
    note: 'Note',
    completedOn: 'Completion date',
    completionDocument: 'Completing document or result',
    reason: 'Reason',
    comment: 'Comment',
    reportPeriod: 'Reporting period',
    periodReport: 'Report',
    requestedDueDate: 'Requested deadline',
    extensionRequest: 'Extension request',
    grantedDueDate: 'Granted deadline',
    urgeNote: 'Reminder',
    newDueDate: 'New deadline',
    cancelReason: 'Reason for cancelling',
    periodMonth: '{month}/{year}',
    periodQuarter: 'Quarter {quarter}, {year}',
    periodYear: '{year}',
    rowNumber: 'No.',
    count: 'Count',
    // -- users, accounts, agencies
  },
  validation: {
    form: 'Some fields are not valid: please check the marked fields.',
    badPost: 'The data sent is not valid.',
    required: 'Please enter {field}.',
    choose: 'Please choose {field}.',
    tooLong: '{field} must be at most {max, plural, one {# character} other {# characters}}.',
    invalid: '{field} is not valid.',
    dateFormat: '{field} must be written day/month/year, for example 02/02/2024.',
    dateMissing: '{field} is not a real date.',
    generic: {
      invalid_type: 'This value is not valid.',
      too_small: 'This value is too small or too short (at least {minimum}).',
      too_big: 'This value is too large or too long (at most {maximum}).',
      invalid_format: 'This value is not in the right format.',
      not_multiple_of: 'This value is not valid.',
      unrecognized_keys: 'A field that is not accepted was sent.',
      invalid_union: 'This value is not valid.',
      invalid_key: 'This value is not valid.',
      invalid_element: 'This value is not valid.',
      invalid_value: 'This value is not one of the allowed choices.',
      custom: 'This value is not valid.',
    },
    // -- sessions, points, attendees
    // -- minutes and documents
    // -- directives and assignment
    directives: {
      nothingToSave: 'There is nothing to save.',
    },
    // -- tasks and progress
    tasks: {
      chooseTasks: 'Choose at least one task.',
      chooseStatus: 'Choose a status.',
      progressNumber: 'Progress is a number from 0 to 100.',
      progressRange: 'Progress is from 0 to 100.',
      completedOnRequired: 'Enter the completion date.',
      chooseDecision: 'Choose to confirm or to return it.',
      returnReason: 'Give the reason for returning it.',
    },
    // -- users, accounts, agencies
  },
  errors: {
    notFound: 'Page not found, or you may not see it.',
    forbidden: 'You may not do this.',
    notFoundRecord: 'There is no such record, or you may not see it.',
    fileNotFound: 'There is no such file, or you may not see it.',
    sessionExpired: 'Your session has ended. Please sign in again.',
    unexpected: 'Something went wrong and nothing was changed. Please try again.',
    agencyEnded:
      '{agency} ended after {date}: this account may read but not change anything. Ask an administrator to move it to the successor agency.',
    stale:
      'Someone else updated this record after you opened it. What you typed is kept: reload to see their changes, then save again.',
    sessions: {
      // sessions
    },
    minutes: {
      // minutes
    },
    directives: {
      // directives
      notFound: 'Directive not found.',
      sessionNotFound: 'Session not found.',
      parentNotInSession: 'The parent item is not in this session.',
      chooseParentAgain: 'Choose the parent item again.',
      twoLevelsOnly: 'Items have two levels only (2, 2a).',
      noGrandchildren: 'A sub-item cannot have sub-items.',
      deleteChildrenFirst: 'Delete its sub-items first.',
      hasTasks: 'The directive has tasks assigned; it cannot be deleted.',
      inItem: 'Item {item}: {message}',
      inItemParentMissing: 'Item {item}: parent item {parent} not found.',
      inItemEndedAgencies: 'Item {item}: new work cannot be given to agencies that have ceased operating: {names}.',
      parentMissing: 'parent item {parent} not found.',
      groupEmptyOnSessionDay: 'the agency group has no agency on the session day.',
      needsDeadline: 'choose a deadline for the task.',
      chooseDeadline: 'Choose a deadline.',
    },
    tasks: {
      // tasks
      notFound: 'Task not found.',
      assessmentNotAssigned: 'An assessment item is not assigned as tasks.',
      chooseLeads: 'Choose at least one lead agency.',
      chooseLead: 'Choose the lead agency.',
      endedAgencies: 'New work cannot be given to agencies that have ceased operating: {names}.',
      groupEmpty: 'The group has no agency on the chosen date.',
      pastDate:
        'The date {date} is already past (today is {today}). If it is the right date, tick “Confirm a date already past” and send again.',
      noDatedTasks: 'None of the tasks has a deadline to change.',
      extendDatedOnly: 'Only a task with a deadline can be extended.',
      ended: 'The task has ended.',
      requestedAfterCurrent: 'The requested deadline must be after the current deadline.',
      chooseAfterCurrent: 'Choose a date after the current deadline.',
      extensionPending: 'An extension request is already awaiting a decision.',
      extensionNotFound: 'Extension request not found.',
      extensionDecided: 'The request has already been decided.',
      endedNoExtension: 'The task has ended; it cannot be extended.',
      grantedAfterCurrent: 'The granted deadline must be after the current deadline.',
      chooseAfter: 'Choose a date after {date}.',
      requestNotAfterCurrent:
        'The requested deadline is not after the current deadline (which has been changed); refuse this request.',
      noneOpenToUrge: 'None of the tasks is open: there is nothing to send a reminder for.',
      cancelled: 'The task has been cancelled.',
      agencyEnded: 'The agency has ceased operating.',
      tooManyFiles: 'At most {max, plural, one {# file} other {# files}} at a time.',
      badFile: 'File {name}: {reason}',
      completedInFuture: 'The completion date cannot be after today.',
      completedBeforeAssigned: 'The completion date is before the assignment date.',
      completedBeforeAssignedOn: 'The completion date is before the date the task was assigned.',
      completionDocumentRequired:
        'Name the document or result that completed the task (number, symbol, date) or attach an evidence file.',
      notRecurring: 'This task has no periodic reports.',
      periodNotOpen: 'The reporting period has not begun yet or is before the task was assigned.',
      choosePeriod: 'Choose another reporting period.',
      periodReported: 'This period has already been reported.',
      noPendingCompletion: 'The task has no completion report awaiting confirmation.',
    },
    users: {
      // users
    },
    auth: {
      // auth
    },
    agencies: {
      // agencies
    },
    api: {
      problem: {
        invalid: { title: 'Invalid request', detail: 'Some values are not valid; see the list of errors.' },
        unauthenticated: { title: 'Unauthenticated', detail: 'The API token is missing, wrong, expired or revoked.' },
        forbidden: { title: 'Forbidden', detail: 'The token’s owner may not do this.' },
        not_found: { title: 'Not found', detail: 'There is no such record, or the token’s owner may not read it.' },
        conflict: {
          title: 'Version conflict',
          detail: 'The record changed after you read it: read it again and send the new version.',
        },
        too_large: { title: 'Payload too large', detail: 'The request body is larger than 1 MB.' },
        rate_limited: {
          title: 'Too many requests',
          detail: 'This token sent more requests than allowed per minute. Try again later.',
        },
        server: { title: 'Server error', detail: 'Something went wrong on the server. It has been logged.' },
      },
      unsupportedParam: 'Unsupported parameter: {name}.',
      invalidParam: 'Invalid value: {name}.',
      badCursor: 'The page cursor is not valid.',
      badJson: 'The request body must be valid JSON.',
      badFieldName: 'This field name is not allowed.',
      // api
    },
    files: {
      // files
    },
    notifications: {
      // notifications
    },
  },
};

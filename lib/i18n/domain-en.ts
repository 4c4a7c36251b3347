import type { domainVi } from './domain-vi';

/** English for lib/i18n/domain-vi.ts: the same keys (the type checks it). */
export const domainEn: typeof domainVi = {
  fields: {
    value: 'Value',
    id: 'Id',
    date: 'Date',
    yourAgency: 'Your agency',
    // -- sessions, points, attendees
    session: 'Session',
    sessionCommittee: 'Steering committee',
    sessionTitle: 'Session title',
    sessionDate: 'Meeting date',
    sessionFormat: 'Format',
    sessionStatus: 'Status',
    sessionChair: 'Chair',
    sessionLocation: 'Venue',
    sessionSummary: 'Summary',
    agendaTitle: 'Agenda item',
    agendaPresenter: 'Presenter',
    figureLabel: 'Indicator',
    figureUnit: 'Unit',
    figureAgency: 'Agency',
    figureNote: 'Note',
    point: 'Conference point',
    pointName: 'Point name',
    pointHost: 'Host agency of the point',
    attendeePerson: 'Person',
    attendeeName: 'Full name',
    attendeePosition: 'Position',
    attendeeAgency: 'Agency name',
    attendeeSubstitute: 'Substitute’s name',
    // -- minutes and documents
    documentNumber: 'Document number',
    documentIssuingBody: 'Issuing body',
    documentPlace: 'Place',
    documentIssueDate: 'Date of issue',
    documentSubject: 'Subject',
    documentSignerName: 'Signer',
    documentSignerTitle: 'Signer’s position',
    documentAuthority: 'Signing authority',
    documentConclusion: 'Conclusion',
    documentCorrectionReason: 'Reason for the correction',
    // -- directives and assignment
    // -- tasks and progress
    // -- users, accounts, agencies
    // agencies
    endedAgency: 'Agency',
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
    sessions: {
      figureValue: 'The value must be a number (at most {decimals} decimal places).',
      numberNotNumber: 'The session number must be a number.',
      numberNotInteger: 'The session number must be a whole number.',
      numberTooSmall: 'The session number must be {min} or more.',
      numberTooBig: 'The session number is too large.',
      time: 'The meeting time must be hours:minutes (24-hour clock), for example 08:30.',
      agendaTooLong: 'At most {max} agenda items.',
      figuresTooMany: 'At most {max} figures.',
      attendee: {
        nameMissing: 'Full name is missing',
        nameTooShort: 'Full name must be at least {min, plural, one {# character} other {# characters}}',
        nameDigits: 'Full name must not contain digits',
        tooLong: '{field} must be at most {max, plural, one {# character} other {# characters}}',
        role: 'Role not valid (accepted: {accepted})',
        presence: 'Attendance not valid (accepted: {accepted})',
        substituteMissing: 'The substitute’s name is missing',
        pointMissing: 'No conference point chosen',
        noneToSave: 'There are no attendees to save.',
      },
    },
    // -- minutes and documents
    minutes: {
      symbol: 'The symbol may hold only capital letters, digits and hyphens, for example TB-VPCP.',
      recipientTooLong: 'Each recipient must be at most {max, plural, one {# character} other {# characters}}.',
      textTooLong: 'The text is too long.',
      assignmentTooLong: 'The assignment sentence is too long.',
    },
    // -- directives and assignment
    // -- tasks and progress
    // -- users, accounts, agencies
  },
  errors: {
    notFound: 'Page not found, or you may not see it.',
    forbidden: 'You may not do this.',
    notFoundRecord: 'There is no such record, or you may not see it.',
    sessionExpired: 'Your session has ended. Please sign in again.',
    unexpected: 'Something went wrong and nothing was changed. Please try again.',
    agencyEnded:
      '{agency} ended after {date}: this account may read but not change anything. Ask an administrator to move it to the successor agency.',
    stale:
      'Someone else updated this record after you opened it. What you typed is kept: reload to see their changes, then save again.',
    sessions: {
      // sessions
      numberTaken: 'Session number {number} already exists in this steering committee.',
      numberUsed: 'Number {number} is already used by another session.',
      pointNotFound: 'Conference point not found.',
      pointTaken: 'The conference point "{name}" is already in this session.',
      pointNameUsed: 'This point name is already used.',
      rowsInvalid: '{count, plural, one {# row has errors} other {# rows have errors}}; no attendee has been saved.',
      dataInvalid: 'The data is not valid.',
      pointNotInSession: 'This conference point is not part of this session',
      personGone: 'Some attendees are no longer in the directory; please choose them again.',
      attendeeNotFound: 'Attendee not found.',
      import: {
        role: 'Role not valid: “{value}” (accepted: {accepted})',
        roleIsPresence: 'Role not valid: “{value}” (accepted: {accepted}); this is a value of the Attendance column',
        presence: 'Attendance not valid: “{value}” (accepted: {accepted})',
        pasteTooLong: 'The pasted text has more than {max, number} lines',
        fileTooLong: 'The file has more than {max, number} rows',
        column:
          'Column {column} was not recognised: paste the header row with it ({expected}) or choose the column here',
        columnWithText:
          'Column {column} (“{text}”) was not recognised: paste the header row with it ({expected}) or choose the column here',
        presenceColumn: 'Attendance unknown: the Attendance column was not recognised, please choose',
        nameColumn: 'The Full name column (Họ và tên) is missing',
        csvEncoding: 'The CSV file is not UTF-8; save it again as “CSV UTF-8”',
        xlsxUnreadable: 'The Excel file (.xlsx) could not be read',
        pointMissing: 'The conference point name is missing',
        pointAmbiguous: 'The point name “{name}” matches several conference points; please choose',
        pointUnknown: 'There is no conference point “{name}” in this session; choose one or add the point first',
        pointOther: 'This row belongs to the point “{name}”, not this one; enter it on the session’s page',
        pointColumn: 'The conference point column (Điểm cầu) is missing',
      },
    },
    minutes: {
      // minutes
      sessionNotFound: 'Session not found.',
      reasonNeeded: 'This document has been issued: give a reason for the correction to save the change.',
      reasonField: 'Enter the reason for the correction.',
      approvalNeeded: 'The document must be approved by a leader or another officer of the Office before it is issued.',
      ownApproval:
        'The author or submitter of a document cannot approve it: ask a leader or another officer to approve it.',
      saveFirst: 'Save the document first.',
      reviewFirst: 'The document must go through review (submitted for approval) before it is issued.',
      badTransition: 'The document cannot move to this status.',
      publishIncomplete: 'A document number, a date of issue and a signer are needed before issuing.',
      approveNotInReview: 'Only a document in review can be approved.',
      alreadyApproved: 'The document has already been approved.',
    },
    directives: {
      // directives
    },
    tasks: {
      // tasks
    },
    users: {
      // users
    },
    auth: {
      // auth
    },
    agencies: {
      // agencies
      notFound: 'Agency not found.',
      handOverNotEnded: 'Only the tasks of an agency that has ended and has a successor can be handed over.',
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

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
    // -- tasks and progress
    // -- users, accounts, agencies
    email: 'Email',
    password: 'Password',
    tokenName: 'Token name',
    apiToken: 'API token',
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
    // -- tasks and progress
    // -- users, accounts, agencies
    accounts: {
      codeFormat: 'The authentication code has 6 digits.',
      currentPassword: 'Enter your current password.',
      passwordTooLong: 'A password has at most 200 characters.',
      passwordMismatch: 'The passwords do not match.',
      tokenLifetime: 'Choose how long the token lasts.',
    },
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
    },
    minutes: {
      // minutes
    },
    directives: {
      // directives
    },
    tasks: {
      // tasks
    },
    users: {
      // users
      cannotDisableSelf: 'You cannot disable your own account.',
      userNotFound: 'User not found.',
    },
    auth: {
      // auth
      accountNotFound: 'Account not found.',
      passwordTooShort: 'A password has at least {min} characters.',
      passwordTooCommon: 'This password is too common and easy to guess. Please choose another one.',
      passwordHasAccountName: 'The password must not contain the account name.',
      passwordUnchanged: 'The new password must differ from the current one.',
      wrongPassword: 'The current password is wrong.',
      codeNeeded: 'Enter the code from your authenticator app (this account uses two-step verification).',
      throttled: 'Too many wrong attempts. Please try again in 15 minutes.',
      wrongCode: 'The code is wrong or already used. Enter the code your app shows now.',
      enrolmentNotStarted: 'Two-step verification setup has not been started.',
      twoFactorRequired: 'Your role requires two-step verification.',
      twoFactorOff: 'Two-step verification is not on.',
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
      invalidId: 'The id is not valid.',
      accountChanged: 'Your account has just changed. Please reload the page and try again.',
      agencyEnded: 'Your agency has ended its activity: no API token can be created.',
      tooManyTokens:
        'An account has at most {max, plural, one {# API token} other {# API tokens}} in use. Revoke one before creating a new one.',
      tokenNotFound: 'API token not found (it may have been revoked).',
    },
    files: {
      // files
      empty: 'The file is empty.',
      tooBig: 'The file is larger than 20 MB.',
      unsupported: 'Only PDF, DOCX, XLSX, PNG or JPEG files are accepted (judged by their content).',
      damaged: 'The file is damaged or incomplete.',
      polyglot: 'The file has an invalid structure (several formats at once).',
      pdfActive: 'The PDF contains executable code or embedded files and is not accepted.',
      unsafePath: 'The archive contains an unsafe path.',
      zipBomb: 'The archive is too large once uncompressed.',
      macro: 'The file contains macros and is not accepted.',
      badName: 'The file name is not valid (it contains a path or control characters).',
      pdfEncrypted: 'The PDF is encrypted, so its content cannot be checked; please send a copy without a password.',
      pdfTooLarge: 'The PDF is too large once uncompressed to be checked.',
      mismatch: 'The file name (.{ext}) does not match its content ({label}).',
      rejected: '{name}: {reason}',
      rejectedMismatch: '{name}: the file name (.{ext}) does not match its content ({label}).',
      missing: 'The evidence file is no longer in storage. Please ask an administrator to restore it.',
      bodyTooLarge: 'The data sent is larger than {mb} MB.',
      bodyTooLargeSmall: 'The data sent is too large.',
      lengthRequired: 'The content length (Content-Length) must be declared when not signed in.',
      sessionNeeded: 'Your session is not valid or has expired: please sign in again and send the file.',
    },
    notifications: {
      // notifications
      notFound: 'Notification not found.',
    },
  },
};

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
    },
    tasks: {
      // tasks
    },
    users: {
      // users
      /** Single-use links to set a password (lib/users/links.ts): invitations and resets. */
      links: {
        invalid: 'This link is not valid. Check the address in the email, or ask for a new link.',
        used: 'This link has already been used. Each link works only once.',
        expired: 'This link has expired. Ask for a new link.',
        revoked: 'This link no longer works: a newer link has been sent for this account.',
        disabled: 'This account is disabled. Please contact the administrator.',
        throttled: 'Too many requests. Please try again in 15 minutes.',
        emailTaken: 'There is already an account with the email {email}.',
        emailInvalid: 'The email address is not valid.',
        nameRequired: 'Enter the full name (at most 200 characters).',
        passwordRequired: 'Enter the new password.',
        passwordTooLong: 'The password must be at most 200 characters.',
        mismatch: 'The passwords do not match.',
        userNotFound: 'User not found.',
        userDisabled: 'The account is disabled: enable it before sending a link.',
      },
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

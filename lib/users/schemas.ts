import { msg } from '@/lib/i18n/message';
import { AGENCY_DUTIES, ROLES } from '@/db/schema/enums';
import { emailAddress, id, optionalId, optionalText, personName, version, z } from '@/lib/zod';

/** Disable or enable an account (the button posts the new state). */
export const setUserActiveSchema = z.object({
  userId: id('fields.user'),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
/** The purposes of a single-use link (lib/users/links.ts): the first password of an invited user, or a new one. */
export const LINK_PURPOSES = ['invite', 'reset'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** How long a link may be used after it is sent. */
export const LINK_HOURS = 72;

/** A token as the links carry it: 32 random bytes in base64url (43 characters). */
const token = z
  .string({ error: msg('errors.users.links.invalid') })
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: msg('errors.users.links.invalid') });

const email = emailAddress(msg('errors.users.links.emailInvalid'));

/** "Quên mật khẩu?": the address to send a reset link to. */
export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** The set-password form of a link: the token (a hidden field), the new password twice. */
export const setPasswordSchema = z
  .object({
    token,
    password: z
      .string({ error: msg('errors.users.links.passwordRequired') })
      .min(1, { error: msg('errors.users.links.passwordRequired') })
      .max(200, { error: msg('errors.users.links.passwordTooLong') }),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: msg('errors.users.links.mismatch') });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** The administrator's buttons on /admin/users: resend an invitation, or send a reset link. */
export const sendLinkSchema = z.object({ userId: id() });

/** `npm run admin:create -- --email … --name …`. */
export const createAdministratorSchema = z.object({
  email,
  name: personName(200, 'fields.userName'),
});

/**
 * A contact number as lists of officials write it: one or two numbers, with their labels and separators
 * ("ĐT: 024.3824.1234; DĐ: 0912.345.678", "(024) 3825 1234 / 0912 345 678", "+84 912 345 680"). Latin letters (the
 * Vietnamese ones, composed first), digits and those marks only, at least eight digits, at most 60 characters; a
 * cell of words ("gọi 0912") is refused.
 */
const phone = z.preprocess(
  (v) => (typeof v === 'string' ? v.normalize('NFC').trim().replace(/\s+/gu, ' ') : v),
  z
    .string()
    .max(60, { error: msg('errors.users.phoneInvalid') })
    .regex(/^[\p{Script=Latin}0-9 .()+\-/;,:]*$/u, { error: msg('errors.users.phoneInvalid') })
    .refine((v) => v === '' || (v.match(/\d/g)?.length ?? 0) >= 8, { error: msg('errors.users.phoneInvalid') })
    .nullish()
    .transform((v) => v || null),
);

/**
 * A person's account as the administrator writes it (the form, the import, the API): the agency is required for
 * an agency user and kept for the others only when given (a leader may belong to the Government Office).
 */
const userFieldsObject = z.object({
  email,
  name: personName(200, 'fields.userName'),
  position: optionalText(200, 'fields.userPosition'),
  phone,
  role: z.enum(ROLES, { error: msg('validation.invalid', { field: 'fields.userRole' }) }),
  agencyId: optionalId('fields.userAgency')
    .optional()
    .transform((v) => v ?? null),
  agencyDuty: z
    .enum(AGENCY_DUTIES, { error: msg('validation.invalid', { field: 'fields.agencyDuty' }) })
    .default('focal_point'),
});
export const userFieldsSchema = userFieldsObject.refine((v) => v.role !== 'agency' || v.agencyId !== null, {
  path: ['agencyId'],
  error: msg('errors.users.agencyRequired'),
});
export type UserFieldsInput = z.input<typeof userFieldsSchema>;
/**
 * What an import's row of an existing account still writes when it joins a committee (decision 086): the person's
 * name (a new person), title and agency, under the rules of the account's own fields (attacker pass 41).
 */
export const personFieldsSchema = userFieldsObject.pick({ name: true, position: true, agencyId: true });
export type UserFields = z.output<typeof userFieldsSchema>;

/**
 * What a person corrects on their own account page: how their name is written (in the Vietnamese alphabet: it is
 * shown to others on tasks, notices and the audit trail), their position and phone. Email, role and agency stay the
 * administrator's.
 */
export const ownProfileSchema = z.object({
  name: personName(200, 'fields.userName'),
  position: optionalText(200, 'fields.userPosition'),
  phone,
});
export type OwnProfileInput = z.input<typeof ownProfileSchema>;

/** The administrator's edit form: the same fields, for one user, at the account's version it was read at. */
export const updateUserSchema = z.intersection(z.object({ userId: id('fields.user'), version }), userFieldsSchema);

/** Ids posted by a group of checkboxes: none, one (a scalar) or several (an array). */
const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(id('fields.committee')).max(500),
);

/** The committees a user serves (`user_committees`): none ticked means every committee; at the version read. */
export const userCommitteesSchema = z.object({ userId: id('fields.user'), version, committeeIds: idList });
export type UserCommitteesInput = z.output<typeof userCommitteesSchema>;

/** The administrator's list of users: a search (any words, accents ignored) and a role. */
export const userListFilterSchema = z.object({
  q: z.string().trim().max(200).catch('').default(''),
  role: z.enum(ROLES).nullable().catch(null).default(null),
});

/** The roles and agency duties, for the forms (app/ reads db/ only through lib/). */
export { AGENCY_DUTIES, ROLES };

/**
 * The authorization matrix: every page, route handler and server action, per principal, and the answer
 * expected. `e2e/authz.spec.ts` drives every cell over HTTP against the built app: pages and routes by GET,
 * each refusal replayed with the `x-middleware-subrequest`, RSC and prefetch variants; server actions posted
 * as the React client posts them (and plain forms also as the browser posts them without JavaScript), with
 * valid input, by every principal the rule refuses, then once by a principal it allows, who must see it
 * carried out (`ACTIONS` below). It fails when a page, route or action exists that this table does not list.
 *
 * Pages and routes:
 * ok: 200 · signin: redirected to /sign-in · hidden: 404 · 401/403: the route's refusal · 405: GET not served.
 */
export const PRINCIPALS = [
  'anonymous',
  'admin',
  'secretariat',
  'leader',
  'owner',
  'other',
  'disabled',
  'ended',
] as const;
export type Principal = (typeof PRINCIPALS)[number];
export type Outcome = 'ok' | 'signin' | 'hidden' | 401 | 403 | 405;

/**
 * `owner`: the head of Bộ Nội vụ, which leads {task}; `other`: the head of Tuyên Quang, no party to it;
 * `disabled`: an agency head who signed in and was then disabled, still sending the old cookie (pages send
 * them to sign-in, routes answer 401); `ended`: the head of UBND tỉnh Hà Giang, an agency that ended on
 * 30/06/2025 (merged into Tuyên Quang) and whose account was not moved: reads what any agency head no party
 * to {task} reads (as `other`, unless a row says otherwise), and changes nothing (decision 022).
 */
const row = (o: Partial<Record<Principal, Outcome>>, rest: Outcome, route = false): Record<Principal, Outcome> =>
  Object.fromEntries(
    PRINCIPALS.map((p) => [
      p,
      o[p] ??
        (p === 'anonymous'
          ? 'signin'
          : p === 'disabled'
            ? route
              ? 401
              : 'signin'
            : p === 'ended'
              ? (o.other ?? rest)
              : rest),
    ]),
  ) as Record<Principal, Outcome>;
const everyone = row({}, 'ok');
const reports = row({ owner: 'hidden', other: 'hidden' }, 'ok');
/** The 7th session's notice is a draft in the demo: agencies read a notice once it is published. */
const draftDocument = row({ owner: 'hidden', other: 'hidden' }, 'ok');
const draftDocumentRoute = row({ owner: 'hidden', other: 'hidden' }, 'ok', true);

/** Page path (with {session}, {point}, {task} placeholders) → the app/ file → expected answers. */
export const PAGES: { path: string; file: string; expect: Record<Principal, Outcome> }[] = [
  { path: '/', file: 'app/(app)/page.tsx', expect: everyone },
  { path: '/account', file: 'app/(app)/account/page.tsx', expect: everyone },
  { path: '/notifications', file: 'app/(app)/notifications/page.tsx', expect: everyone },
  { path: '/sessions', file: 'app/(app)/sessions/page.tsx', expect: everyone },
  {
    path: '/sessions/new',
    file: 'app/(app)/sessions/new/page.tsx',
    expect: row({ leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  { path: '/sessions/{session}', file: 'app/(app)/sessions/[sessionId]/page.tsx', expect: everyone },
  {
    path: '/sessions/{session}/edit',
    file: 'app/(app)/sessions/[sessionId]/edit/page.tsx',
    expect: row({ leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/sessions/{session}/points/{point}',
    file: 'app/(app)/sessions/[sessionId]/points/[pointId]/page.tsx',
    expect: everyone,
  },
  { path: '/sessions/{session}/print', file: 'app/(app)/sessions/[sessionId]/print/page.tsx', expect: everyone },
  {
    path: '/sessions/{session}/directives',
    file: 'app/(app)/sessions/[sessionId]/directives/page.tsx',
    expect: everyone,
  },
  {
    path: '/sessions/{session}/documents/notice',
    file: 'app/(app)/sessions/[sessionId]/documents/[kind]/page.tsx',
    expect: draftDocument,
  },
  {
    path: '/sessions/{session}/documents/notice/print',
    file: 'app/(app)/sessions/[sessionId]/documents/[kind]/print/page.tsx',
    expect: draftDocument,
  },
  { path: '/directives', file: 'app/(app)/directives/page.tsx', expect: everyone },
  {
    path: '/directives/import',
    file: 'app/(app)/directives/import/page.tsx',
    expect: row({ admin: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  { path: '/tasks', file: 'app/(app)/tasks/page.tsx', expect: everyone },
  { path: '/tasks/{task}', file: 'app/(app)/tasks/[taskId]/page.tsx', expect: row({ other: 'hidden' }, 'ok') },
  { path: '/reports', file: 'app/(app)/reports/page.tsx', expect: reports },
  { path: '/reports/agencies', file: 'app/(app)/reports/agencies/page.tsx', expect: reports },
  { path: '/reports/areas', file: 'app/(app)/reports/areas/page.tsx', expect: reports },
  { path: '/reports/sessions', file: 'app/(app)/reports/sessions/page.tsx', expect: reports },
  { path: '/reports/print', file: 'app/(app)/reports/print/page.tsx', expect: reports },
  { path: '/reports/official', file: 'app/(app)/reports/official/page.tsx', expect: reports },
  { path: '/reports/official/{report}', file: 'app/(app)/reports/official/[reportId]/page.tsx', expect: reports },
  {
    path: '/reports/official/{report}/print',
    file: 'app/(app)/reports/official/[reportId]/print/page.tsx',
    expect: reports,
  },
  {
    path: '/reports/official/{report}/tasks?class=overdue',
    file: 'app/(app)/reports/official/[reportId]/tasks/page.tsx',
    expect: reports,
  },
  {
    path: '/admin/users',
    file: 'app/(app)/admin/users/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/users/import',
    file: 'app/(app)/admin/users/import/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/users/new',
    file: 'app/(app)/admin/users/new/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/users/{user}',
    file: 'app/(app)/admin/users/[userId]/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/agencies',
    file: 'app/(app)/admin/agencies/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/agencies/new',
    file: 'app/(app)/admin/agencies/new/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  // Agency 1 is the first the reference seed writes (Bộ Quốc phòng); every deployment seeds it.
  {
    path: '/admin/agencies/1',
    file: 'app/(app)/admin/agencies/[agencyId]/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/agencies/1/edit',
    file: 'app/(app)/admin/agencies/[agencyId]/edit/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/committees',
    file: 'app/(app)/admin/committees/page.tsx',
    expect: row({ leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/committees/new',
    file: 'app/(app)/admin/committees/new/page.tsx',
    expect: row({ leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    // {committee}: the first committee the administrator's list links to (the demo's).
    path: '/admin/committees/{committee}',
    file: 'app/(app)/admin/committees/[committeeId]/page.tsx',
    expect: row({ leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/jobs',
    file: 'app/(app)/admin/jobs/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/outbox',
    file: 'app/(app)/admin/outbox/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  // The audit trail: the administrator's alone (audit.read); the filters in the URL do not widen it.
  {
    path: '/admin/audit?type=task&from=01/01/2025',
    file: 'app/(app)/admin/audit/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  { path: '/sign-in', file: 'app/(auth)/sign-in/page.tsx', expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
  // Where a refused single sign-on lands (decision 030): public, says only why.
  {
    path: '/sign-in/refused?reason=unknown',
    file: 'app/(auth)/sign-in/refused/page.tsx',
    expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok'),
  },
  {
    path: '/forgot-password',
    file: 'app/(auth)/forgot-password/page.tsx',
    expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok'),
  },
  // Without a token: the page that says the link cannot be used.
  {
    path: '/set-password',
    file: 'app/(auth)/set-password/page.tsx',
    expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok'),
  },
  { path: '/api-docs', file: 'app/api-docs/page.tsx', expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
];

const api = (o: Partial<Record<Principal, Outcome>>, rest: Outcome) => row(o, rest, true);

export const ROUTES: { path: string; file: string; expect: Record<Principal, Outcome> }[] = [
  {
    path: '/api/people?q=nguy',
    file: 'app/api/people/route.ts',
    expect: api({ leader: 403, owner: 403, other: 403 }, 'ok'),
  },
  // The bell's own count: every signed-in user reads theirs (never anyone else's: no parameter names a user).
  {
    path: '/api/notifications/unread',
    file: 'app/api/notifications/unread/route.ts',
    expect: api({}, 'ok'),
  },
  // The users' import template lists the agencies: the administrator's (user.manage).
  {
    path: '/admin/users/import/template.xlsx',
    file: 'app/(app)/admin/users/import/template.xlsx/route.ts',
    expect: api({ secretariat: 403, leader: 403, owner: 403, other: 403 }, 'ok'),
  },
  { path: '/api/attendance-template.xlsx', file: 'app/api/attendance-template.xlsx/route.ts', expect: api({}, 'ok') },
  {
    path: '/api/sessions/{session}/attendance.xlsx',
    file: 'app/api/sessions/[sessionId]/attendance.xlsx/route.ts',
    expect: api({}, 'ok'),
  },
  {
    path: '/api/sessions/{session}/documents/notice',
    file: 'app/api/sessions/[sessionId]/documents/[kind]/route.ts',
    expect: draftDocumentRoute,
  },
  {
    path: '/api/reports/official/{report}/docx',
    file: 'app/api/reports/official/[reportId]/docx/route.ts',
    expect: api({ owner: 403, other: 403 }, 'ok'),
  },
  {
    path: '/api/reports/export',
    file: 'app/api/reports/export/route.ts',
    expect: api({ owner: 403, other: 403 }, 'ok'),
  },
  // Outside /api, so an anonymous request is sent to sign-in by the proxy like any page.
  {
    path: '/admin/audit/export.xlsx?type=task',
    file: 'app/(app)/admin/audit/export.xlsx/route.ts',
    expect: api({ secretariat: 403, leader: 403, owner: 403, other: 403 }, 'ok'),
  },
  { path: '/api/evidence/999999', file: 'app/api/evidence/[fileId]/route.ts', expect: api({}, 'hidden') },
  // The JSON API takes bearer tokens only: a session cookie opens nothing there (tokens × owners are driven
  // in lib/api/api.test.ts, through the same route handlers).
  ...(
    [
      ['/api/v1/committees', 'committees'],
      ['/api/v1/agencies?q=tuyen', 'agencies'],
      ['/api/v1/sessions', 'sessions'],
      ['/api/v1/sessions/{session}', 'sessions/[id]'],
      ['/api/v1/directives', 'directives'],
      ['/api/v1/directives/1', 'directives/[id]'],
      ['/api/v1/tasks', 'tasks'],
      ['/api/v1/tasks/{task}', 'tasks/[id]'],
      ['/api/v1/reports/overview', 'reports/overview'],
      ['/api/v1/reports/agencies', 'reports/agencies'],
    ] as const
  ).map(([path, dir]) => ({ path, file: `app/api/v1/${dir}/route.ts`, expect: api({ anonymous: 401 }, 401) })),
  { path: '/api/health', file: 'app/api/health/route.ts', expect: api({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
  { path: '/api/ready', file: 'app/api/ready/route.ts', expect: api({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
  {
    path: '/api/v1/tasks/{task}/updates',
    file: 'app/api/v1/tasks/[id]/updates/route.ts',
    expect: api({ anonymous: 405, disabled: 405 }, 405),
  },
  {
    path: '/api/v1/openapi.json',
    file: 'app/api/v1/openapi.json/route.ts',
    expect: api({ anonymous: 'ok', disabled: 'ok' }, 'ok'),
  },
];

/** next-auth's own endpoints: public by design, protected by its CSRF token. */
export const PUBLIC_ROUTES = ['app/api/auth/[...nextauth]/route.ts'];

/**
 * What a server action answers a principal. ok: carried out (posted once, by the row's `proof` principal) ·
 * signin: anonymous; the proxy sends the post to sign-in, and with a made-up session cookie (which gets it
 * past the proxy) the action itself answers that the session has ended · expired: the disabled principal; the
 * action answers that the session has ended · forbidden: the permission refusal · hidden: the not-found
 * answer (the record is not theirs to see) · readonly: the refusal that names the user's agency as ended.
 */
export type ActionOutcome = 'ok' | 'signin' | 'expired' | 'forbidden' | 'hidden' | 'readonly';

/**
 * The objects the actions are posted against. The test creates them (through these actions, as the
 * secretariat and the owner), so carrying an action out disturbs no other test.
 */
export type Objects = {
  /** Unique to the run; in every title and text the test writes. */
  tag: string;
  committee: number;
  /** The test's session, its points (`point2` is removed by the proof) and attendees of `point`. */
  session: number;
  sessionNumber: number;
  /** 1: no proof before updateSession's changes it. */
  sessionVersion: number;
  point: number;
  point2: number;
  attendee: number;
  attendee2: number;
  /** A directive without tasks: edited, moved up, then deleted by the proofs. */
  directive: number;
  directiveVersion: number;
  /** A directive without tasks, for the assignment. */
  directiveToAssign: number;
  /** Dated, led by Bộ Nội vụ (the owner), Văn phòng Chính phủ coordinating. */
  task: number;
  taskVersion: number;
  /** Two open drafts of an update of `task`, made by the owner (the focal point of Bộ Nội vụ). */
  draft: number;
  draft2: number;
  /** Dated, led by Bộ Nội vụ, with the owner's pending extension request `extension`. */
  task2: number;
  extension: number;
  /**
   * A demo task of Bộ Nội vụ assigned in 2024 (3d, due 2030), which the owner reports completed on an earlier day:
   * a completion awaiting the secretariat's confirmation (returned by the proof, so the demo keeps its class).
   */
  completionTask: number;
  completionVersion: number;
  /** Led by Bộ Nội vụ, reported yearly; `period` is this year. */
  recurringTask: number;
  recurringVersion: number;
  period: string;
  /** The version of the session's notice (saved once by the test). */
  documentVersion: number;
  /** A report on the test's session as of today (created by the test), and its version. */
  report: number;
  reportVersion: number;
  /** The disabled principal's account version, as the administrator's forms carry it. */
  userVersion: number;
  /** A demo directive of an earlier session with open tasks, continued in the test's session (tasks not carried). */
  earlierDirective: number;
  /** The owner's notice of the new task `task`. */
  notification: number;
  /** Agencies: Bộ Nội vụ, Văn phòng Chính phủ, Bộ Tư pháp, and one that has ended (Bộ Kế hoạch và Đầu tư). */
  lead: number;
  coordinator: number;
  reassignTo: number;
  endedAgency: number;
  /** The disabled principal's user id, and email kinds unlike their own. */
  vpcp: number;
  preferences: string[];
  newPassword: string;
  /** An API token of the secretariat's (revoked by the proof). */
  apiToken: number;
  /** Another API token of the secretariat's (revoked by the administrator's proof). */
  adminToken: number;
  /** A committee the test creates (as the secretariat), with one member agency (`committeeMember`, ended by a proof). */
  testCommittee: number;
  committeeMember: number;
  /** Codes of the second factor the proofs enrol (placeholders before that). */
  totpCode: string;
  totpNextCode: string;
};

type Field = string | number | null | undefined | readonly (string | number)[];
/** A FormData as the browser builds it from a form (repeated names for multiple values). */
export function form(fields: Record<string, Field>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value ?? '']) data.append(name, String(v));
  }
  return data;
}

export type ActionRow = {
  file: string;
  name: string;
  /** The permission or rule the action's lib function checks. */
  rule: string;
  /** The page the client posts it from: one listed for the action in the build's server-reference manifest. */
  page: string;
  expect: Record<Principal, ActionOutcome>;
  /** The arguments the React client passes (`(prevState, formData)`, `(formData)` or plain values). */
  args: (o: Objects) => unknown[];
  /**
   * The same request from a principal the rule allows is carried out: `done` matches its answer (the value
   * it returns, as flight JSON, or `redirect <path>`). `self`: the disabled principal's account, enabled again and signed
   * in afresh (the account actions act on oneself). `fresh`: in a session of its own (the action ends or
   * changes it). `args`, when the proof cannot be the refused request itself (said why).
   */
  proof: {
    as: Principal | 'self';
    done: RegExp | ((o: Objects) => RegExp);
    fresh?: boolean;
    args?: (o: Objects) => unknown[];
  };
};

const anyone = Object.fromEntries(PRINCIPALS.map((p) => [p, 'ok'])) as Record<Principal, ActionOutcome>;
/**
 * Allowed for `allowed`, not found for `hidden`, forbidden to the other signed-in principals. The ended
 * agency's user is refused every change to the committee's data with the ended-agency message, whatever their
 * role would allow; what concerns only their own account (sign-in, password, second factor, API tokens,
 * notices, e-mail choices) stays theirs, and those rows list `ended` as allowed or hidden.
 */
const may = (allowed: Principal[], hidden: Principal[] = []): Record<Principal, ActionOutcome> =>
  Object.fromEntries(
    PRINCIPALS.map((p) => [
      p,
      allowed.includes(p)
        ? 'ok'
        : p === 'anonymous'
          ? 'signin'
          : p === 'disabled'
            ? 'expired'
            : hidden.includes(p)
              ? 'hidden'
              : p === 'ended'
                ? 'readonly'
                : 'forbidden',
    ]),
  ) as Record<Principal, ActionOutcome>;
/** One's own account: every signed-in principal, the ended agency's user too. */
const signedIn = may(['admin', 'secretariat', 'leader', 'owner', 'other', 'ended']);
const sessionManagers = may(['admin', 'secretariat']);
const secretariat = may(['secretariat']);
const committeeManagers = may(['admin', 'secretariat']);

const sessionFields = (o: Objects) => ({
  committeeId: o.committee,
  date: '15/01/2026',
  time: '08:00',
  format: 'in_person',
  status: 'planned',
  location: 'Trụ sở Chính phủ',
});
const attendee = { positionTitle: 'Chuyên viên', agencyName: 'Bộ Nội vụ', role: 'member', representedBy: '' };
const NOTICE = `Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:
1. Bộ Nội vụ chủ trì rà soát quy trình nội bộ, hoàn thành trước ngày 30 tháng 6 năm 2031.`;

/** A one-row backlog sheet (CSV) from a document, unique to the run, as the import page posts it. */
function backlogForm(o: Objects): FormData {
  const data = form({ defaultSource: `Thông báo số 45/TB-VPCP (${o.tag})` });
  const csv = `STT,Nội dung chỉ đạo,Cơ quan chủ trì,Thời hạn\r\n1,${o.tag}: rà soát quy trình tiếp nhận hồ sơ,Bộ Nội vụ,31/12/2030\r\n`;
  data.append('file', new Blob([csv], { type: 'text/csv' }), 'theo-doi.csv');
  return data;
}

const ACCOUNT = 'app/(app)/account/actions.ts';
const COMMITTEES = 'app/(app)/admin/committees/actions.ts';
const NOTIFICATIONS = 'app/(app)/notifications/actions.ts';
const SESSIONS = 'app/(app)/sessions/actions.ts';
const DIRECTIVES = 'app/(app)/sessions/[sessionId]/directives/actions.ts';
const DOCUMENTS = 'app/(app)/sessions/[sessionId]/documents/actions.ts';
const REPORTS = 'app/(app)/reports/official/actions.ts';
const TASKS = 'app/(app)/tasks/actions.ts';
const BACKLOG = 'app/(app)/directives/import/actions.ts';
const TASK = 'app/(app)/tasks/[taskId]/actions.ts';

/** Every server action, in the order the test carries the proofs out (later ones use what earlier ones left). */
export const ACTIONS: ActionRow[] = [
  {
    file: 'app/actions.ts',
    name: 'signOutAction',
    rule: 'anyone (ends one’s own session)',
    page: '/',
    expect: anyone,
    args: () => [],
    proof: { as: 'leader', fresh: true, done: /^redirect \/sign-in/ },
  },
  {
    file: 'app/actions.ts',
    name: 'setLocaleAction',
    rule: 'anyone (a cookie)',
    page: '/sign-in',
    expect: anyone,
    args: () => [form({ locale: 'en', back: '/sign-in' })],
    proof: { as: 'anonymous', fresh: true, done: /^redirect \/sign-in$/ },
  },
  {
    file: 'app/(auth)/sign-in/actions.ts',
    name: 'signInAction',
    rule: 'anyone (credentials, throttled)',
    page: '/sign-in',
    expect: anyone,
    args: () => [{}, form({ email: 'lanhdao@demo.gov.vn', password: 'CaiCach@2024', callbackUrl: '/tasks' })],
    proof: { as: 'anonymous', fresh: true, done: /^redirect \/tasks$/ },
  },
  {
    file: 'app/(auth)/forgot-password/actions.ts',
    name: 'requestResetAction',
    rule: 'anyone (one answer for every address; throttled per address typed and per client address)',
    page: '/forgot-password',
    expect: anyone,
    // An address with no account: the answer is the one every address gets, and nothing is sent.
    args: () => [null, form({ email: 'khong-co-tai-khoan@example.com' })],
    proof: { as: 'anonymous', fresh: true, done: /Nếu email này có tài khoản đang hoạt động/ },
  },
  {
    file: 'app/(auth)/set-password/actions.ts',
    name: 'setPasswordAction',
    rule: 'anyone holding an unused, unexpired link of an active account (the token)',
    page: '/set-password',
    expect: anyone,
    // Not carried out: a made-up token is no link, and changes nothing (e2e/go-live.spec.ts uses a real one).
    args: () => [
      null,
      form({ token: 'A'.repeat(43), password: 'Sông Lô chảy qua 2026', confirm: 'Sông Lô chảy qua 2026' }),
    ],
    proof: { as: 'anonymous', fresh: true, done: /Liên kết không hợp lệ/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'setUserActiveAction',
    rule: 'user.manage',
    page: '/admin/users',
    expect: may(['admin']),
    // The disabled principal's account, enabled again: the proof is what ends the test's disabling.
    args: (o) => [null, form({ userId: o.vpcp, active: 'true' })],
    proof: { as: 'admin', done: /^\{"ok":true\}$/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'revokeUserTokenAction',
    rule: 'api_token.manage',
    page: '/admin/users',
    expect: may(['admin']),
    args: (o) => [null, form({ tokenId: o.adminToken })],
    proof: { as: 'admin', done: /^\{"ok":true\}$/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'resendInviteAction',
    rule: 'user.manage',
    page: '/admin/users',
    expect: may(['admin']),
    // The disabled principal's account, enabled again by now: the link goes to the outbox, the password stays.
    args: (o) => [null, form({ userId: o.vpcp })],
    proof: { as: 'admin', done: /"ok":true.*Đã gửi lại lời mời/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'sendResetAction',
    rule: 'user.manage',
    page: '/admin/users',
    expect: may(['admin']),
    args: (o) => [null, form({ userId: o.vpcp })],
    proof: { as: 'admin', done: /"ok":true.*Đã gửi liên kết đặt lại mật khẩu/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'resetTwoFactorAction',
    rule: 'user.manage, not one’s own',
    page: '/admin/users/{vpcp}',
    expect: may(['admin']),
    // The disabled principal has no second factor at this point: the administrator is let through to lib's own check.
    args: (o) => [null, form({ userId: o.vpcp })],
    proof: { as: 'admin', done: /"ok":true|chưa bật xác thực hai bước/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'unlinkSsoAction',
    rule: 'user.manage',
    page: '/admin/users/{vpcp}',
    expect: may(['admin']),
    // No demo account is bound to a single sign-on person: the administrator is let through to lib's own check.
    args: (o) => [null, form({ userId: o.vpcp })],
    proof: { as: 'admin', done: /"ok":true|chưa gắn với người nào/ },
  },
  {
    file: 'app/(app)/admin/users/import/actions.ts',
    name: 'previewUserImportAction',
    rule: 'user.manage',
    page: '/admin/users/import',
    expect: may(['admin']),
    // The rows pasted as text (the form also takes a file); nothing is saved.
    args: () => [null, form({ text: 'Họ và tên;Email;Vai trò\nNguyễn Văn Nhập;nhap.thu@example.gov.vn;Lãnh đạo' })],
    proof: { as: 'admin', done: /1 dòng, 0 dòng có lỗi\./ },
  },
  {
    file: 'app/(app)/admin/users/import/actions.ts',
    name: 'importUsersAction',
    rule: 'user.manage',
    page: '/admin/users/import',
    expect: may(['admin']),
    // The preview's confirm posts its rows as indexed fields; a new address each run.
    args: (o) => [
      null,
      form({
        'rows.0.line': 2,
        'rows.0.name': 'Nguyễn Văn Nhập',
        'rows.0.email': `nhap.${o.tag.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.gov.vn`,
        'rows.0.position': 'Chuyên viên',
        'rows.0.phone': '',
        'rows.0.role': 'agency',
        'rows.0.agencyId': o.lead,
        'rows.0.agencyDuty': 'staff',
      }),
    ],
    proof: { as: 'admin', done: /"ok":true.*Đã tạo 1 người dùng/ },
  },
  {
    file: 'app/(app)/admin/users/import/actions.ts',
    name: 'addListedAgenciesAction',
    rule: 'user.manage',
    page: '/admin/users/import',
    expect: may(['admin']),
    // The bodies a people list names that the list lacks, added from the import's preview.
    args: (o) => [null, form({ 'names.0': `Sở Kiểm thử ${o.tag} tỉnh Nghệ An` })],
    proof: { as: 'admin', done: /"ok":true.*Đã thêm \d+ cơ quan vào danh mục/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'createUserAction',
    rule: 'user.manage',
    page: '/admin/users/new',
    expect: may(['admin']),
    // A new staff member of Bộ Nội vụ, invited (the invitation goes to the outbox); the answer opens their page.
    args: (o) => [
      null,
      form({
        email: `can-bo-${o.tag.toLowerCase()}@example.gov.vn`,
        name: `${o.tag} Cán bộ mới`,
        position: 'Chuyên viên',
        phone: '024 3824 0000',
        role: 'agency',
        agencyId: o.lead,
        agencyDuty: 'staff',
      }),
    ],
    proof: { as: 'admin', done: /^redirect \/admin\/users\/\d+\?created=1$/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'updateUserAction',
    rule: 'user.manage',
    page: '/admin/users/{vpcp}',
    expect: may(['admin']),
    // The disabled principal's account, enabled again by now: its position and phone change, its role, agency and
    // duty stay (so its sessions go on).
    args: (o) => [
      null,
      form({
        userId: o.vpcp,
        version: o.userVersion,
        email: 'vpcp@demo.gov.vn',
        name: 'Đỗ Hoàng Long',
        position: 'Chuyên viên chính',
        phone: '080 43162',
        role: 'agency',
        agencyId: o.coordinator,
        agencyDuty: 'focal_point',
      }),
    ],
    proof: { as: 'admin', done: /"ok":true.*Đã lưu thông tin người dùng/ },
  },
  {
    file: 'app/(app)/admin/users/actions.ts',
    name: 'setUserCommitteesAction',
    rule: 'user.manage',
    page: '/admin/users/{vpcp}',
    expect: may(['admin']),
    // No committee ticked: the account serves every committee, as the demo's accounts do.
    args: (o) => [null, form({ userId: o.vpcp, version: o.userVersion })],
    proof: { as: 'admin', done: /"ok":true.*Đã lưu các Ban Chỉ đạo/ },
  },
  {
    file: 'app/(app)/admin/jobs/actions.ts',
    name: 'runSweepNowAction',
    rule: 'jobs.manage',
    page: '/admin/jobs',
    expect: may(['admin']),
    args: () => [null, form({})],
    proof: { as: 'admin', done: /Đã chạy quét hằng ngày\./ },
  },
  {
    file: COMMITTEES,
    name: 'createCommitteeAction',
    rule: 'committee.manage',
    page: '/admin/committees/new',
    expect: committeeManagers,
    args: (o) => [
      null,
      form({
        code: `${o.tag}-2`,
        name: `${o.tag} Ban Chỉ đạo thêm`,
        level: 'provincial',
        standingAgencyId: '',
        establishedBy: '',
        validFrom: '',
        validTo: '',
      }),
    ],
    proof: { as: 'admin', done: /^redirect \/admin\/committees\/\d+$/ },
  },
  {
    file: COMMITTEES,
    name: 'updateCommitteeAction',
    rule: 'committee.manage',
    page: '/admin/committees/{committee}',
    expect: committeeManagers,
    args: (o) => [
      null,
      form({
        committeeId: o.testCommittee,
        code: o.tag,
        name: `${o.tag} Ban Chỉ đạo kiểm thử (sửa)`,
        level: 'central',
        standingAgencyId: o.lead,
        establishedBy: '',
        validFrom: '',
        validTo: '',
      }),
    ],
    proof: { as: 'admin', done: /"ok":true.*Đã lưu\./ },
  },
  {
    file: COMMITTEES,
    name: 'addMemberAction',
    rule: 'committee.manage',
    page: '/admin/committees/{committee}',
    expect: committeeManagers,
    args: (o) => [
      null,
      form({
        committeeId: o.testCommittee,
        agencyId: o.lead,
        personId: '',
        personName: `${o.tag} Nguyễn Văn Thành viên`,
        personTitle: 'Thứ trưởng',
        position: 'deputy',
        validFrom: '01/01/2026',
        validTo: '',
      }),
    ],
    proof: { as: 'secretariat', done: /"ok":true.*Đã thêm thành viên/ },
  },
  {
    file: COMMITTEES,
    name: 'endMemberAction',
    rule: 'committee.manage',
    page: '/admin/committees/{committee}',
    expect: committeeManagers,
    args: (o) => [null, form({ memberId: o.committeeMember, validTo: '31/12/2025' })],
    proof: { as: 'admin', done: /"ok":true.*Đã kết thúc tư cách thành viên/ },
  },
  {
    file: 'app/(app)/admin/agencies/actions.ts',
    name: 'handOverAction',
    rule: 'agency.manage',
    page: '/admin/agencies',
    expect: may(['admin']),
    args: (o) => [null, form({ agencyId: o.endedAgency })],
    proof: { as: 'admin', done: /Đã bàn giao 0 nhiệm vụ\./ },
  },
  {
    file: 'app/(app)/admin/agencies/actions.ts',
    name: 'createAgencyAction',
    rule: 'agency.manage',
    page: '/admin/agencies/new',
    expect: may(['admin']),
    args: (o) => [
      null,
      form({
        code: `${o.tag}-CQ`,
        name: `${o.tag} Cơ quan kiểm thử phân quyền`,
        shortName: '',
        kind: 'other',
        parentId: '',
        validFrom: '01/01/2026',
      }),
    ],
    proof: { as: 'admin', done: /^redirect \/admin\/agencies\/\d+$/ },
  },
  {
    file: 'app/(app)/admin/agencies/actions.ts',
    name: 'updateAgencyAction',
    rule: 'agency.manage',
    page: '/admin/agencies/1/edit',
    expect: may(['admin']),
    // Bộ Tư pháp's own values (seeds/reference/agencies.ts): the proof saves them unchanged, so the demo stays.
    args: (o) => [
      null,
      form({
        agencyId: o.reassignTo,
        name: 'Bộ Tư pháp',
        shortName: 'Bộ TP',
        kind: 'ministry',
        parentId: '',
        validFrom: '',
      }),
    ],
    proof: { as: 'admin', done: (o) => new RegExp(`^redirect /admin/agencies/${o.reassignTo}$`) },
  },
  {
    file: 'app/(app)/admin/agencies/actions.ts',
    name: 'endAgencyAction',
    rule: 'agency.manage',
    page: '/admin/agencies/1',
    expect: may(['admin']),
    args: (o) => [null, form({ agencyId: o.reassignTo, validTo: '31/12/2099', successorId: '' })],
    // Not carried out on Bộ Tư pháp (the demo needs it): the proof ends the ended Bộ Kế hoạch và Đầu tư again,
    // which the lib function, having checked the permission, refuses as already ended.
    proof: {
      as: 'admin',
      args: (o) => [null, form({ agencyId: o.endedAgency, validTo: '31/12/2099', successorId: '' })],
      done: /Cơ quan đã chấm dứt hoạt động từ sau ngày 28\/02\/2025/,
    },
  },
  {
    file: ACCOUNT,
    name: 'updateProfileAction',
    rule: 'the user themself, own row only',
    page: '/account',
    expect: signedIn,
    // The values the account that proves it holds by then (updateUserAction's proof, above, set them): saved unchanged.
    args: () => [null, form({ name: 'Đỗ Hoàng Long', position: 'Chuyên viên chính', phone: '080 43162' })],
    proof: { as: 'self', done: /Thông tin không thay đổi\./ },
  },
  {
    file: ACCOUNT,
    name: 'changePasswordAction',
    rule: 'the user themself, current password',
    page: '/account',
    expect: signedIn,
    args: (o) => [null, form({ current: 'CaiCach@2024', next: o.newPassword, confirm: o.newPassword })],
    proof: {
      as: 'self',
      // Not carried out: the demo password could not be set again (it is on the common-password list), so the
      // proof posts it as the new one and the lib function, having checked the current one, refuses it.
      args: () => [null, form({ current: 'CaiCach@2024', next: 'CaiCach@2024', confirm: 'CaiCach@2024' })],
      done: /Mật khẩu này quá phổ biến/,
    },
  },
  {
    file: ACCOUNT,
    name: 'startTwoFactorAction',
    rule: 'the user themself',
    page: '/account',
    expect: signedIn,
    args: () => [null, form({})],
    proof: { as: 'self', done: /"ok":true/ },
  },
  {
    file: ACCOUNT,
    name: 'confirmTwoFactorAction',
    rule: 'the user themself, the current password again and a code from the new secret',
    page: '/account',
    expect: signedIn,
    args: (o) => [null, form({ code: o.totpCode, current: 'CaiCach@2024' })],
    proof: { as: 'self', done: /"ok":true/ },
  },
  {
    file: ACCOUNT,
    name: 'disableTwoFactorAction',
    rule: 'the user themself, a current code; refused where required for the role',
    page: '/account',
    expect: signedIn,
    args: (o) => [null, form({ code: o.totpNextCode })],
    proof: { as: 'self', done: /"ok":true/ },
  },
  {
    file: ACCOUNT,
    name: 'createTokenAction',
    rule: 'the user themself, the current password again (a token acts with its owner’s rights)',
    page: '/account',
    expect: signedIn,
    args: (o) => [null, form({ name: `${o.tag} token`, days: 30, password: 'CaiCach@2024' })],
    proof: { as: 'self', done: /"ok":true/ },
  },
  {
    file: ACCOUNT,
    name: 'revokeTokenAction',
    rule: 'the owner of the token only',
    page: '/account',
    expect: may(['secretariat'], ['admin', 'leader', 'owner', 'other', 'ended']),
    args: (o) => [null, form({ tokenId: o.apiToken })],
    proof: { as: 'secretariat', done: /^\{"ok":true\}$/ },
  },
  {
    file: NOTIFICATIONS,
    name: 'openNotificationAction',
    rule: 'own notices only',
    page: '/notifications',
    expect: may(['owner'], ['admin', 'secretariat', 'leader', 'other', 'ended']),
    args: (o) => [null, form({ id: o.notification })],
    proof: { as: 'owner', done: (o) => new RegExp(`^redirect /tasks/${o.task}$`) },
  },
  {
    file: NOTIFICATIONS,
    name: 'markAllReadAction',
    rule: 'own notices only',
    page: '/notifications',
    expect: signedIn,
    args: () => [null, form({})],
    proof: { as: 'owner', done: /^\{"ok":true\}$/ },
  },
  {
    file: NOTIFICATIONS,
    name: 'savePreferencesAction',
    rule: 'own preferences',
    page: '/notifications',
    expect: signedIn,
    args: (o) => [null, form({ email: o.preferences })],
    proof: { as: 'self', done: /Đã lưu lựa chọn nhận email\./ },
  },
  {
    file: SESSIONS,
    name: 'createSessionAction',
    rule: 'session.manage',
    page: '/sessions/new',
    expect: sessionManagers,
    args: (o) => [
      null,
      // Below the test's own session's number: no other test's next number (the highest plus one) can be it.
      form({ ...sessionFields(o), number: o.sessionNumber - 1000, title: `${o.tag} Phiên họp thêm` }),
    ],
    proof: { as: 'secretariat', done: /^redirect \/sessions\/\d+$/ },
  },
  {
    file: SESSIONS,
    name: 'updateSessionAction',
    rule: 'session.manage',
    page: '/sessions/{session}/edit',
    expect: sessionManagers,
    args: (o) => [
      null,
      form({
        ...sessionFields(o),
        sessionId: o.session,
        version: o.sessionVersion,
        number: o.sessionNumber,
        title: `${o.tag} Phiên họp kiểm thử phân quyền`,
        summary: 'Nội dung đã sửa.',
      }),
    ],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}$`) },
  },
  {
    file: SESSIONS,
    name: 'addPointAction',
    rule: 'session.manage',
    page: '/sessions/{session}',
    expect: sessionManagers,
    args: (o) => [null, form({ sessionId: o.session, name: 'Điểm cầu thêm', hostAgencyId: '' })],
    proof: { as: 'secretariat', done: /Đã thêm điểm cầu\./ },
  },
  {
    file: SESSIONS,
    name: 'updatePointAction',
    rule: 'session.manage',
    page: '/sessions/{session}',
    expect: sessionManagers,
    args: (o) => [
      null,
      form({ sessionId: o.session, pointId: o.point, name: 'Điểm cầu A (đã sửa)', hostAgencyId: o.coordinator }),
    ],
    proof: { as: 'secretariat', done: /Đã lưu điểm cầu\./ },
  },
  {
    file: SESSIONS,
    name: 'removePointAction',
    rule: 'session.manage',
    page: '/sessions/{session}',
    expect: sessionManagers,
    args: (o) => [null, form({ sessionId: o.session, pointId: o.point2 })],
    proof: { as: 'secretariat', done: /^\{"ok":true\}$/ },
  },
  {
    file: SESSIONS,
    name: 'addAllProvincesAction',
    rule: 'session.manage',
    page: '/sessions/{session}',
    expect: sessionManagers,
    args: (o) => [null, form({ sessionId: o.session })],
    proof: { as: 'secretariat', done: /Đã thêm \d+ điểm cầu tỉnh, thành phố\./ },
  },
  {
    file: SESSIONS,
    name: 'previewAttendeesAction',
    rule: 'session.manage',
    page: '/sessions/{session}/points/{point}',
    expect: sessionManagers,
    args: (o) => [null, form({ sessionId: o.session, pointId: o.point, text: '1. Lê Văn Ba - Chuyên viên' })],
    proof: { as: 'secretariat', done: /1 dòng, 0 dòng có lỗi\./ },
  },
  {
    file: SESSIONS,
    name: 'saveAttendeesAction',
    rule: 'session.manage',
    page: '/sessions/{session}/points/{point}',
    expect: sessionManagers,
    // The preview's confirm posts its grid: one row, named as react-hook-form names it.
    args: (o) => [
      null,
      form({
        sessionId: o.session,
        pointId: o.point,
        ...Object.fromEntries(
          Object.entries({ ...attendee, fullName: 'Lê Văn Ba', presence: 'present' }).map(([k, v]) => [
            `rows.0.${k}`,
            v,
          ]),
        ),
      }),
    ],
    proof: { as: 'secretariat', done: /Đã lưu 1 đại biểu\./ },
  },
  {
    file: SESSIONS,
    name: 'updateAttendeeAction',
    rule: 'session.manage',
    page: '/sessions/{session}/points/{point}',
    expect: sessionManagers,
    args: (o) => [
      null,
      form({
        ...attendee,
        sessionId: o.session,
        pointId: o.point,
        attendeeId: o.attendee,
        fullName: 'Nguyễn Văn Một',
        presence: 'absent',
      }),
    ],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}/points/${o.point}$`) },
  },
  {
    file: SESSIONS,
    name: 'removeAttendeeAction',
    rule: 'session.manage',
    page: '/sessions/{session}/points/{point}',
    expect: sessionManagers,
    args: (o) => [null, form({ sessionId: o.session, pointId: o.point, attendeeId: o.attendee2 })],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}/points/${o.point}$`) },
  },
  {
    file: DIRECTIVES,
    name: 'createDirectiveAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    args: (o) => [null, form({ sessionId: o.session, text: `${o.tag}: nội dung thêm`, parentId: '' })],
    proof: { as: 'secretariat', done: /Đã thêm nội dung chỉ đạo\./ },
  },
  {
    file: DIRECTIVES,
    name: 'updateDirectiveAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    args: (o) => [
      null,
      form({
        sessionId: o.session,
        directiveId: o.directive,
        version: o.directiveVersion,
        text: `${o.tag}: D (đã sửa)`,
        parentId: '',
      }),
    ],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}/directives$`) },
  },
  {
    file: DIRECTIVES,
    name: 'moveDirectiveAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    args: (o) => [null, form({ sessionId: o.session, directiveId: o.directive, direction: 'up' })],
    proof: { as: 'secretariat', done: /^\{"ok":true\}$/ },
  },
  {
    file: DIRECTIVES,
    name: 'deleteDirectiveAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    // At the version read (attacker pass 23).
    args: (o) => [null, form({ sessionId: o.session, directiveId: o.directive, version: o.directiveVersion })],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}/directives$`) },
  },
  {
    file: DIRECTIVES,
    name: 'proposeDirectivesAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    args: (o) => [null, form({ sessionId: o.session, text: NOTICE })],
    proof: { as: 'secretariat', done: /rà soát quy trình nội bộ/ },
  },
  {
    file: DIRECTIVES,
    name: 'acceptProposalsAction',
    rule: 'directive.manage',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    // The reviewed proposals are posted as plain values.
    // The review form posts the items as hidden fields.
    args: (o) => [
      null,
      form({ sessionId: o.session, issuedBy: '', 'items.0.key': '1', 'items.0.text': `${o.tag}: từ thông báo` }),
    ],
    proof: { as: 'secretariat', done: (o) => new RegExp(`^redirect /sessions/${o.session}/directives$`) },
  },
  {
    file: DIRECTIVES,
    name: 'addAgencyFromNoticeAction',
    rule: 'agency.create',
    page: '/sessions/{session}/directives',
    expect: sessionManagers,
    args: (o) => [null, form({ name: `Tổng công ty Kiểm thử ${o.tag}` })],
    proof: { as: 'secretariat', done: (o) => new RegExp(`Tổng công ty Kiểm thử ${o.tag}`) },
  },
  {
    file: DIRECTIVES,
    name: 'assignAction',
    rule: 'task.assign',
    page: '/sessions/{session}/directives',
    expect: secretariat,
    args: (o) => [
      null,
      form({
        sessionId: o.session,
        directiveId: o.directiveToAssign,
        target: 'agencies',
        asOf: 'today',
        leadAgencyIds: [o.lead],
        monitorAgencyId: '',
        'deadline.kind': 'dated',
        'deadline.dueDate': '31/12/2030',
      }),
    ],
    proof: { as: 'secretariat', done: /Đã giao 1 nhiệm vụ\./ },
  },
  {
    file: BACKLOG,
    name: 'previewBacklogAction',
    rule: 'directive.manage and task.assign',
    page: '/directives/import',
    expect: secretariat,
    args: (o) => [null, backlogForm(o)],
    proof: { as: 'secretariat', done: /1 dòng: 1 sẵn sàng, 0 có vấn đề/ },
  },
  {
    file: BACKLOG,
    name: 'importBacklogAction',
    rule: 'directive.manage and task.assign',
    page: '/directives/import',
    expect: secretariat,
    args: (o) => [null, backlogForm(o)],
    proof: { as: 'secretariat', done: /Đã nhập 1 chỉ đạo và 1 nhiệm vụ/ },
  },
  {
    file: DOCUMENTS,
    name: 'saveDocumentAction',
    rule: 'document.manage',
    page: '/sessions/{session}/documents/notice',
    expect: secretariat,
    args: (o) => [
      null,
      form({
        sessionId: o.session,
        kind: 'notice',
        version: o.documentVersion,
        number: '',
        symbol: 'TB-VPCP',
        issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
        place: 'Hà Nội',
        issueDate: '',
        subject: `Kết luận ${o.tag}`,
        signerName: '',
        signerTitle: '',
        authorityPrefix: 'none',
        authorityBody: '',
        recipients: 'Các bộ, cơ quan ngang bộ',
        body: 'Nội dung đã sửa.',
        closing: '',
      }),
    ],
    proof: { as: 'secretariat', done: /Đã lưu\./ },
  },
  {
    file: DOCUMENTS,
    name: 'changeDocumentStatusAction',
    rule: 'document.manage',
    page: '/sessions/{session}/documents/notice',
    expect: secretariat,
    args: (o) => [null, form({ sessionId: o.session, kind: 'notice', version: o.documentVersion, to: 'in_review' })],
    proof: { as: 'secretariat', done: /Đã chuyển trạng thái\./ },
  },
  {
    file: DOCUMENTS,
    name: 'approveDocumentAction',
    rule: 'canApproveDocument: document.approve (leader, secretariat), not its author or submitter',
    page: '/sessions/{session}/documents/notice',
    expect: may(['secretariat', 'leader']),
    args: (o) => [null, form({ sessionId: o.session, kind: 'notice', version: o.documentVersion })],
    proof: { as: 'leader', done: /Đã phê duyệt\./ },
  },
  {
    file: 'app/(app)/sessions/[sessionId]/directives/actions.ts',
    name: 'continueDirectiveAction',
    rule: 'directive.manage (and task.manage to carry tasks)',
    page: '/sessions/{session}',
    expect: secretariat,
    args: (o) => [null, form({ sessionId: o.session, earlierDirectiveId: o.earlierDirective })],
    proof: { as: 'secretariat', done: /^redirect \/sessions\/\d+\/directives(#directive-\d+)?$/ },
  },
  {
    file: REPORTS,
    name: 'createReportAction',
    rule: 'document.manage',
    page: '/reports/official',
    expect: secretariat,
    args: (o) => [
      null,
      form({ sessionIds: o.session, asOf: new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }) }),
    ],
    proof: { as: 'secretariat', done: /^redirect \/reports\/official\/\d+$/ },
  },
  {
    file: REPORTS,
    name: 'saveReportAction',
    rule: 'document.manage',
    page: '/reports/official/{report}',
    expect: secretariat,
    args: (o) => [
      null,
      form({
        reportId: o.report,
        version: o.reportVersion,
        number: '',
        symbol: 'BC-VPCP',
        issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
        place: 'Hà Nội',
        issueDate: '',
        subject: `Báo cáo ${o.tag}`,
        signerName: '',
        signerTitle: 'PHÓ CHỦ NHIỆM',
        authorityPrefix: 'KT',
        authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
        recipients: 'Lưu: VT',
        body: 'Phần mở đầu.',
        closing: '',
      }),
    ],
    proof: { as: 'secretariat', done: /Đã lưu\./ },
  },
  {
    file: REPORTS,
    name: 'changeReportStatusAction',
    rule: 'document.manage',
    page: '/reports/official/{report}',
    expect: secretariat,
    args: (o) => [null, form({ reportId: o.report, version: o.reportVersion, to: 'in_review' })],
    proof: { as: 'secretariat', done: /Đã chuyển trạng thái\./ },
  },
  {
    file: REPORTS,
    name: 'approveReportAction',
    rule: 'canApproveDocument: document.approve (leader, secretariat), not its author or submitter',
    page: '/reports/official/{report}',
    expect: may(['secretariat', 'leader']),
    args: (o) => [null, form({ reportId: o.report, version: o.reportVersion })],
    proof: { as: 'leader', done: /Đã phê duyệt\./ },
  },
  {
    file: TASKS,
    name: 'urgeAction',
    rule: 'task.manage',
    page: '/tasks',
    expect: secretariat,
    args: (o) => [null, form({ taskIds: [o.task], note: 'Đề nghị khẩn trương thực hiện.' })],
    proof: { as: 'secretariat', done: /Đã đôn đốc 1 nhiệm vụ\./ },
  },
  {
    file: TASKS,
    name: 'changeDeadlineAction',
    rule: 'task.manage',
    page: '/tasks',
    expect: secretariat,
    args: (o) => [null, form({ taskIds: [o.task], dueDate: '30/06/2031', reason: 'Điều chỉnh kế hoạch.' })],
    proof: { as: 'secretariat', done: /Đã đổi thời hạn 1 nhiệm vụ\./ },
  },
  {
    file: TASK,
    name: 'updateTaskAction',
    rule: 'canUpdateTask: task.manage, or the agency that leads it',
    page: '/tasks/{task}',
    expect: may(['secretariat', 'owner'], ['other']),
    args: (o) => [
      null,
      form({
        taskId: o.task,
        version: o.taskVersion,
        status: 'in_progress',
        progress: 40,
        completedOn: '',
        result: '',
        note: 'Đã triển khai một phần.',
      }),
    ],
    proof: { as: 'owner', done: /Đã lưu cập nhật\./ },
  },
  {
    file: TASK,
    name: 'createDraftAction',
    rule: 'canDraftTask: task.draftUpdate, staff or a focal point of the agency that leads it',
    page: '/tasks/{task}',
    expect: may(['owner'], ['other']),
    args: (o) => [
      null,
      form({ taskId: o.task, status: 'in_progress', progress: 30, note: `${o.tag}: bản nháp`, completedOn: '' }),
    ],
    proof: { as: 'owner', done: /Đã lưu bản nháp\./ },
  },
  {
    file: TASK,
    name: 'submitDraftAction',
    rule: 'canSubmitDraft: task.updateOwn and task.draftUpdate, a focal point of the agency that leads it',
    page: '/tasks/{task}',
    expect: may(['owner'], ['other']),
    args: (o) => [null, form({ draftId: o.draft, version: o.taskVersion, completionDocument: '' })],
    proof: { as: 'owner', done: /Đã gửi báo cáo cập nhật từ bản nháp\./ },
  },
  {
    file: TASK,
    name: 'discardDraftAction',
    rule: 'canSubmitDraft, or the draft’s author',
    page: '/tasks/{task}',
    expect: may(['owner'], ['other']),
    args: (o) => [null, form({ draftId: o.draft2 })],
    proof: { as: 'owner', done: /Đã hủy bản nháp\./ },
  },
  {
    file: TASK,
    name: 'commentAction',
    rule: 'canCommentOnTask: task.comment on a task one may read; agencies when leading or coordinating',
    page: '/tasks/{task}',
    expect: may(['secretariat', 'leader', 'owner'], ['other']),
    args: (o) => [null, form({ taskId: o.task, note: 'Đề nghị báo cáo kết quả.' })],
    proof: { as: 'leader', done: /Đã gửi ý kiến\./ },
  },
  {
    file: TASK,
    name: 'periodReportAction',
    rule: 'canUpdateTask',
    page: '/tasks/{recurringTask}',
    expect: may(['secretariat', 'owner'], ['other']),
    args: (o) => [null, form({ taskId: o.recurringTask, period: o.period, note: 'Báo cáo năm.' })],
    proof: { as: 'owner', done: /Đã gửi báo cáo\./ },
  },
  {
    file: TASK,
    name: 'requestExtensionAction',
    rule: 'canRequestExtension: extension.request, the agency that leads it',
    page: '/tasks/{task}',
    expect: may(['owner'], ['other']),
    args: (o) => [null, form({ taskId: o.task, requestedDueDate: '31/12/2032', reason: 'Chờ hướng dẫn.' })],
    proof: { as: 'owner', done: /Đã gửi đề nghị gia hạn\./ },
  },
  {
    file: TASK,
    name: 'decideExtensionAction',
    rule: 'extension.decide',
    page: '/tasks/{task2}',
    expect: secretariat,
    args: (o) => [null, form({ extensionId: o.extension, decision: 'refused', note: '' })],
    proof: { as: 'secretariat', done: /Đã xử lý đề nghị gia hạn\./ },
  },
  {
    file: TASK,
    name: 'decideCompletionAction',
    rule: 'task.confirmCompletion',
    page: '/tasks/{completionTask}',
    expect: secretariat,
    args: (o) => [
      null,
      form({
        taskId: o.completionTask,
        version: o.completionVersion,
        decision: 'return',
        reason: `${o.tag}: chưa đủ căn cứ xác nhận ngày hoàn thành.`,
      }),
    ],
    proof: { as: 'secretariat', done: /Đã trả lại báo cáo hoàn thành\./ },
  },
  {
    file: TASK,
    name: 'cancelTaskAction',
    rule: 'task.manage',
    page: '/tasks/{recurringTask}',
    expect: secretariat,
    args: (o) => [null, form({ taskId: o.recurringTask, version: o.recurringVersion, reason: 'Không còn phù hợp.' })],
    proof: { as: 'secretariat', done: /Đã hủy nhiệm vụ\./ },
  },
  {
    file: TASK,
    name: 'reassignTaskAction',
    rule: 'task.manage',
    page: '/tasks/{task}',
    expect: secretariat,
    args: (o) => [
      null,
      form({ taskId: o.task, version: o.taskVersion, leadAgencyId: o.reassignTo, reason: 'Điều chỉnh phân công.' }),
    ],
    proof: { as: 'secretariat', done: /Đã giao lại cơ quan chủ trì\./ },
  },
];

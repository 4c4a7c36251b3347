/**
 * The authorization matrix: every page and route handler, per principal, and the answer expected.
 * `e2e/authz.spec.ts` drives every cell over HTTP against the built app, replays each refusal with the
 * `x-middleware-subrequest`, RSC and prefetch variants, and fails when a page or route exists that this
 * table does not list. Server actions are listed with the permission their lib function asserts; driving
 * them over HTTP is still to do (docs/security.md).
 *
 * ok: 200 · signin: redirected to /sign-in · hidden: 404 · 401/403: the route's refusal · 405: GET not served.
 */
export const PRINCIPALS = ['anonymous', 'admin', 'secretariat', 'leader', 'owner', 'other', 'disabled'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export type Outcome = 'ok' | 'signin' | 'hidden' | 401 | 403 | 405;

/**
 * `owner`: the head of Bộ Nội vụ, which leads {task}; `other`: the head of Tuyên Quang, no party to it;
 * `disabled`: an agency head who signed in and was then disabled, still sending the old cookie (pages send
 * them to sign-in, routes answer 401).
 */
const row = (o: Partial<Record<Principal, Outcome>>, rest: Outcome, route = false): Record<Principal, Outcome> =>
  Object.fromEntries(
    PRINCIPALS.map((p) => [
      p,
      o[p] ?? (p === 'anonymous' ? 'signin' : p === 'disabled' ? (route ? 401 : 'signin') : rest),
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
  { path: '/tasks', file: 'app/(app)/tasks/page.tsx', expect: everyone },
  { path: '/tasks/{task}', file: 'app/(app)/tasks/[taskId]/page.tsx', expect: row({ other: 'hidden' }, 'ok') },
  { path: '/reports', file: 'app/(app)/reports/page.tsx', expect: reports },
  { path: '/reports/agencies', file: 'app/(app)/reports/agencies/page.tsx', expect: reports },
  { path: '/reports/areas', file: 'app/(app)/reports/areas/page.tsx', expect: reports },
  { path: '/reports/sessions', file: 'app/(app)/reports/sessions/page.tsx', expect: reports },
  { path: '/reports/print', file: 'app/(app)/reports/print/page.tsx', expect: reports },
  {
    path: '/admin/users',
    file: 'app/(app)/admin/users/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
  },
  {
    path: '/admin/agencies',
    file: 'app/(app)/admin/agencies/page.tsx',
    expect: row({ secretariat: 'hidden', leader: 'hidden', owner: 'hidden', other: 'hidden' }, 'ok'),
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
  { path: '/sign-in', file: 'app/(auth)/sign-in/page.tsx', expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
  { path: '/api-docs', file: 'app/api-docs/page.tsx', expect: row({ anonymous: 'ok', disabled: 'ok' }, 'ok') },
];

const api = (o: Partial<Record<Principal, Outcome>>, rest: Outcome) => row(o, rest, true);

export const ROUTES: { path: string; file: string; expect: Record<Principal, Outcome> }[] = [
  {
    path: '/api/people?q=nguy',
    file: 'app/api/people/route.ts',
    expect: api({ leader: 403, owner: 403, other: 403 }, 'ok'),
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
    path: '/api/reports/export',
    file: 'app/api/reports/export/route.ts',
    expect: api({ owner: 403, other: 403 }, 'ok'),
  },
  { path: '/api/evidence/999999', file: 'app/api/evidence/[fileId]/route.ts', expect: api({}, 'hidden') },
  // The JSON API takes bearer tokens only: a session cookie opens nothing there (tokens × owners are driven
  // in lib/api/api.test.ts, through the same route handlers).
  ...(
    [
      ['/api/v1/committees', 'committees'],
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

/** Every server action file, the actions it exports, and the permission or rule its lib function checks. */
export const ACTIONS: Record<string, Record<string, string>> = {
  'app/actions.ts': { signOutAction: 'signed in', setLocaleAction: 'anyone (a cookie)' },
  'app/(auth)/sign-in/actions.ts': { signInAction: 'anyone (credentials, throttled)' },
  'app/(app)/account/actions.ts': {
    changePasswordAction: 'the user themself, current password',
    startTwoFactorAction: 'the user themself',
    confirmTwoFactorAction: 'the user themself, a code from the new secret',
    disableTwoFactorAction: 'the user themself, a current code; refused where required for the role',
    createTokenAction: 'the user themself (a token acts with its owner’s rights)',
    revokeTokenAction: 'the owner of the token only',
  },
  'app/(app)/notifications/actions.ts': {
    openNotificationAction: 'own notices only',
    markAllReadAction: 'own notices only',
    savePreferencesAction: 'own preferences',
  },
  'app/(app)/admin/agencies/actions.ts': { handOverAction: 'agency.manage' },
  'app/(app)/admin/jobs/actions.ts': { runSweepNowAction: 'jobs.manage' },
  'app/(app)/admin/users/actions.ts': { setUserActiveAction: 'user.manage' },
  'app/(app)/sessions/actions.ts': { '*': 'session.manage' },
  'app/(app)/sessions/[sessionId]/directives/actions.ts': { '*': 'directive.manage / task.assign' },
  'app/(app)/sessions/[sessionId]/documents/actions.ts': { '*': 'document.manage' },
  'app/(app)/tasks/actions.ts': { '*': 'task.manage' },
  'app/(app)/tasks/[taskId]/actions.ts': {
    '*': 'canUpdateTask / canCommentOnTask / canRequestExtension / task.manage',
  },
};

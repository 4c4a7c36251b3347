import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { resolveDb } from '@/lib/db';
import { type Actor } from '@/lib/policy';
import { loadSession } from './actor';
import { resolveAuthSecret } from './secret';
import { cookiePairs, readSessionClaims, usesSecureCookie, type SessionClaims } from './session-token';
import { endSession } from './sessions';
import { auth } from './config';

let secret: string | undefined;

/** This request's session cookie, read as next-auth's `auth()` reads it (lib/auth/session-token.ts). */
async function sessionClaims(): Promise<SessionClaims | null> {
  const list = await headers();
  return readSessionClaims(
    cookiePairs(list.get('cookie')),
    usesSecureCookie(list.get('x-forwarded-proto')),
    (secret ??= resolveAuthSecret()),
  );
}

/**
 * The signed-in actor for this request, or null: the cookie must name a live session (not signed out, not
 * idle or too old) of an active user. The one source of role and agency for pages and actions.
 */
export const getActor = cache(async (): Promise<Actor | null> => (await signedIn())?.actor ?? null);

/** This request's session, read once: the actor and, from the same statement, the user's unread notices. */
const signedIn = cache(async (): Promise<{ actor: Actor; unread: number } | null> => {
  const session = await sessionClaims();
  if (!session?.uid || !session.sv || !session.sid) return null;
  return loadSession(await resolveDb(), { id: session.sid, userId: session.uid, sessionVersion: session.sv });
});

/**
 * For the signed-in frame (app/(app)/layout.tsx): the actor, or a redirect to sign-in, as `requireActor` gives it,
 * and the count of their unread notices read with it (no statement of its own).
 */
export async function requireSignedIn(
  options: { enrolment?: boolean } = {},
): Promise<{ actor: Actor; unread: number }> {
  const actor = await requireActor(options);
  const found = (await signedIn())!;
  return { actor, unread: found.unread };
}

/** Ends this request's session in the database (sign-out), so a copy of the cookie is worthless too. */
export async function endCurrentSession(): Promise<void> {
  const session = (await auth()) as SessionClaims | null;
  if (session?.sid) await endSession(await resolveDb(), session.sid);
}

/**
 * For pages: the actor, or a redirect to sign-in. A user who must first set up a second factor is sent
 * to their account page (the one page that passes `{ enrolment: true }`).
 */
export async function requireActor(options: { enrolment?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  if (actor.mustEnrolSecondFactor && !options.enrolment) redirect('/account#two-factor');
  return actor;
}

import { redirect } from 'next/navigation';
import { cache } from 'react';
import { resolveDb } from '@/lib/db';
import { type Actor } from '@/lib/policy';
import { loadActor } from './actor';
import { auth } from './config';

/** The signed-in actor for this request, or null. The one source of role and agency for pages and actions. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: number; sv?: number } | null;
  if (!session?.uid || !session.sv) return null;
  return loadActor(await resolveDb(), session.uid, session.sv);
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  return actor;
}

// GET /api/notifications/unread - the signed-in user's unread notices, for the bell to update without a reload
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { unreadCount } from '@/lib/notifications/queries';

export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  // Only ever the actor's own count (unreadCount reads the actor's rows and nothing else).
  return NextResponse.json({ unread: await unreadCount({ actor }) }, { headers: { 'cache-control': 'no-store' } });
}

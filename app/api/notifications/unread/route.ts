// GET /api/notifications/unread - the signed-in user's unread notices, for the bell to update without a reload
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/http/route';
import { unreadCount } from '@/lib/notifications/queries';

// Only ever the actor's own count (unreadCount reads the actor's rows and nothing else).
export const GET = routeHandler(async ({ actor }) =>
  NextResponse.json({ unread: await unreadCount({ actor }) }, { headers: { 'cache-control': 'no-store' } }),
);

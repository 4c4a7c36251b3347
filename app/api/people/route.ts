// GET /api/people?q=… - people whose name matches, ignoring accents and case (attendee and chair pickers)
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/http/route';
import { searchPeople } from '@/lib/sessions/queries';

export const GET = routeHandler(
  async ({ actor, query }) => {
    const q = (query.get('q') ?? '').slice(0, 100);
    return NextResponse.json({ people: await searchPeople({ actor, q }) });
  },
  { permission: 'session.manage' },
);

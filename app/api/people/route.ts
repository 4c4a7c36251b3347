// GET /api/people?q=… - people whose name matches, ignoring accents and case (attendee and chair pickers)
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/policy';
import { searchPeople } from '@/lib/sessions/queries';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  if (!can(actor, 'session.manage')) return NextResponse.json({ error: 'Không có quyền.' }, { status: 403 });
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 100);
  return NextResponse.json({ people: await searchPeople({ actor, q }) });
}

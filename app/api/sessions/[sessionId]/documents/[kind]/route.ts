// GET /api/sessions/[id]/documents/[notice|minutes] - the document as DOCX (NĐ 30/2020 layout)
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { buildOfficialDocx } from '@/lib/minutes/docx';
import { documentFileName } from '@/lib/minutes/format';
import { getDocument } from '@/lib/minutes/queries';
import { documentKindSchema } from '@/lib/minutes/schemas';

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string; kind: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  const p = await params;
  const kind = documentKindSchema.safeParse(p.kind);
  const sessionId = Number(p.sessionId);
  const doc =
    kind.success && Number.isSafeInteger(sessionId) && sessionId > 0
      ? await getDocument({ actor, sessionId, kind: kind.data })
      : null;
  if (!doc) return NextResponse.json({ error: 'Không tìm thấy.' }, { status: 404 });
  const bytes = await buildOfficialDocx(doc.model);
  const name = documentFileName(doc.model.kind, doc.model.number, doc.model.symbol);
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
}

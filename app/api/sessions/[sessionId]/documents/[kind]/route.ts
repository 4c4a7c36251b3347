// GET /api/sessions/[id]/documents/[notice|minutes] - the document as DOCX (NĐ 30/2020 layout)
import { NextResponse } from 'next/server';
import { notFound } from '@/lib/errors';
import { routeHandler } from '@/lib/http/route';
import { buildOfficialDocx } from '@/lib/minutes/docx';
import { documentFileName } from '@/lib/minutes/format';
import { getDocument } from '@/lib/minutes/queries';
import { documentKindSchema } from '@/lib/minutes/schemas';
import { routeId } from '@/lib/zod';

export const GET = routeHandler<{ sessionId: string; kind: string }>(async ({ actor, params }) => {
  const kind = documentKindSchema.safeParse(params.kind);
  const sessionId = routeId(params.sessionId);
  const doc = kind.success && sessionId !== null ? await getDocument({ actor, sessionId, kind: kind.data }) : null;
  if (!doc || !kind.success) throw notFound();
  const bytes = await buildOfficialDocx(doc.model);
  const name = documentFileName(doc.model.kind, doc.model.number, doc.model.symbol);
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
});

// GET /api/evidence/[id] - an evidence file, for signed-in readers of its task only
import { NextResponse } from 'next/server';
import { notFound } from '@/lib/errors';
import { contentDisposition } from '@/lib/files/evidence';
import { routeHandler } from '@/lib/http/route';
import { readEvidenceFile } from '@/lib/tasks/progress';
import { msg } from '@/lib/i18n/message';
import { routeId } from '@/lib/zod';

export const GET = routeHandler<{ fileId: string }>(async ({ actor, params }) => {
  const fileId = routeId(params.fileId);
  if (fileId === null) throw notFound(msg('errors.fileNotFound'));
  const { file, bytes } = await readEvidenceFile({ actor, fileId });
  return new NextResponse(Buffer.from(bytes), {
    headers: {
      'content-type': file.mimeType,
      'content-disposition': contentDisposition(file.originalName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
});

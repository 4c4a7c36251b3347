// GET /api/evidence/[id] - an evidence file, for signed-in readers of its task only
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/files/evidence';
import { readEvidenceFile } from '@/lib/tasks/progress';

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: 'Chưa đăng nhập.' }, { status: 401 });
  const fileId = Number((await params).fileId);
  if (!Number.isSafeInteger(fileId) || fileId <= 0)
    return NextResponse.json({ error: 'Không tìm thấy tệp.' }, { status: 404 });
  try {
    const { file, bytes } = await readEvidenceFile({ actor, fileId });
    return new NextResponse(Buffer.from(bytes), {
      headers: {
        'content-type': file.mimeType,
        'content-disposition': contentDisposition(file.originalName),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: 404 });
    throw error;
  }
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction, say } from '@/lib/action';
import { msg } from '@/lib/i18n/message';
import type { ActionResult, FormState } from '@/lib/forms/result';
import { forbidden, invalid, notFound } from '@/lib/errors';
import { decodeText } from '@/lib/files/text';
import { getTranslate, localize } from '@/lib/i18n/translate';
import { can, refusalMessage } from '@/lib/policy';
import {
  parseAttendeeCsv,
  parseAttendeeXlsx,
  parsePastedAttendees,
  type ParsedRow,
} from '@/lib/sessions/attendee-import';
import { addAttendees, removeAttendee, updateAttendee } from '@/lib/sessions/attendees';
import {
  addAllProvincePoints,
  addPoint,
  createSession,
  removePoint,
  updatePoint,
  updateSession,
} from '@/lib/sessions/mutations';
import {
  attendeeRefSchema,
  pointRefSchema,
  pointSchema,
  previewAttendeesSchema,
  saveAttendeesSchema,
  sessionFormSchema,
  sessionRefSchema,
  updatePointSchema,
  updateAttendeeSchema,
  updateSessionSchema,
} from '@/lib/sessions/schemas';
import { assignPoints, listSessionPoints } from '@/lib/sessions/points';

// POST (server action) /sessions/new - create a session, then open it
export async function createSessionAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(sessionFormSchema, input, (actor, values) => createSession({ actor, values }), {
    permission: 'session.manage',
    echo: true,
  });
  if (!result.ok) return result;
  revalidatePath('/sessions');
  redirect(`/sessions/${result.data}`);
}

// POST (server action) /sessions/[id]/edit - save the session form at the version it was read
export async function updateSessionAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(
    updateSessionSchema,
    input,
    (actor, { sessionId, version, ...values }) =>
      updateSession({ actor, sessionId, version, values }).then(() => sessionId),
    { permission: 'session.manage', echo: true },
  );
  if (!result.ok) return result;
  revalidatePath(`/sessions/${result.data}`);
  redirect(`/sessions/${result.data}`);
}

// POST (server action) /sessions/[id] - add a conference point
export async function addPointAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(pointSchema, input, (actor, { sessionId, ...point }) =>
    addPoint({ actor, sessionId, point }),
  );
  if (result.ok) revalidatePath('/sessions', 'layout');
  return result.ok ? { ok: true, message: await say('done.pointAdded') } : result;
}

// POST (server action) /sessions/[id]/points/[pointId] - rename, change host, mark main
export async function updatePointAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(updatePointSchema, input, (actor, { sessionId, pointId, ...point }) =>
    updatePoint({ actor, sessionId, pointId, point }),
  );
  if (result.ok) revalidatePath('/sessions', 'layout');
  return result.ok ? { ok: true, message: await say('done.pointSaved') } : result;
}

// POST (server action) /sessions/[id] - remove a point and its attendance list
export async function removePointAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(pointRefSchema, input, (actor, ref) => removePoint({ actor, ...ref }));
  if (!result.ok) return result;
  revalidatePath('/sessions', 'layout');
  return { ok: true };
}

// POST (server action) /sessions/[id] - one point per province as of the session's date
export async function addAllProvincesAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(sessionRefSchema, input, (actor, { sessionId }) =>
    addAllProvincePoints({ actor, sessionId }),
  );
  if (!result.ok) return result;
  revalidatePath('/sessions', 'layout');
  return { ok: true, message: await say('done.provincePointsAdded', { count: result.data! }) };
}

/** The rows read, and a stamp told apart from the last preview's. */
export type AttendeePreview = { id: string; rows: ParsedRow[] };

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

// POST (server action) /sessions/[id]/points/[pointId] - parse pasted text or a CSV/XLSX file; saves nothing.
// Without pointId (/sessions/[id]): a whole session's list, each row matched to a point by its "Điểm cầu" column.
export async function previewAttendeesAction(
  _prev: FormState<AttendeePreview>,
  input: FormData,
): Promise<ActionResult<AttendeePreview>> {
  const result = await runAction(previewAttendeesSchema, input, async (actor, { sessionId, pointId, text, file }) => {
    if (!can(actor, 'session.manage')) throw forbidden(refusalMessage(actor));
    const points = await listSessionPoints({ actor, sessionId });
    if (!points || (pointId && !points.some((p) => p.id === pointId))) throw notFound();
    const parsed = await parseAttendeeInput(text, file);
    // Lines passed over (a repeated header, a group title) are not rows of the grid: each is said in the message.
    return {
      rows: assignPoints(
        parsed.filter((r) => !r.skipped),
        points,
        pointId ?? undefined,
      ),
      skipped: parsed.filter((r) => r.skipped).flatMap((r) => r.errors),
    };
  });
  if (!result.ok) return result;
  // Each row's problems are messages by key (lib/sessions/attendee-import.ts): the grid shows them translated.
  const t = await getTranslate();
  const rows = (result.data?.rows ?? []).map((r) => ({ ...r, errors: r.errors.map((e) => localize(e, t)) }));
  const bad = rows.filter((r) => r.errors.length > 0).length;
  // At most 20 lines passed over are named, then "…".
  const passed = result.data?.skipped ?? [];
  const skipped = [...passed.slice(0, 20).map((e) => localize(e, t)), ...(passed.length > 20 ? ['…'] : [])];
  return {
    ok: true,
    data: { id: `${Date.now()}`, rows },
    message: [t('counts.previewRows', { rows: rows.length, bad }), skipped.join('; ')].filter(Boolean).join(' '),
  };
}

async function parseAttendeeInput(text: string | undefined, file: Blob | undefined): Promise<ParsedRow[]> {
  if (file && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) throw invalid(msg('errors.sessions.fileTooLarge'));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b; // XLSX is a ZIP container
    return isZip ? parseAttendeeXlsx(bytes) : parseAttendeeCsv(decodeText(bytes));
  }
  if (text && text.trim()) return parsePastedAttendees(text);
  throw invalid(msg('errors.sessions.nothingToImport'));
}

// POST (server action) /sessions/[id]/points/[pointId] or /sessions/[id] - save confirmed attendees, all or none
export async function saveAttendeesAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(saveAttendeesSchema, input, (actor, { sessionId, pointId, rows }) =>
    addAttendees({ actor, sessionId, pointId, attendees: rows }),
  );
  if (!result.ok) return result;
  revalidatePath('/sessions', 'layout');
  return { ok: true, message: await say('done.attendeesSaved', { count: result.data?.length ?? 0 }) };
}

// POST (server action) - edit one attendee row
export async function updateAttendeeAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(updateAttendeeSchema, input, (actor, { sessionId, pointId, attendeeId, ...values }) =>
    updateAttendee({ actor, sessionId, attendeeId, values }).then(() => `/sessions/${sessionId}/points/${pointId}`),
  );
  if (!result.ok) return result;
  revalidatePath('/sessions', 'layout');
  redirect(result.data!);
}

// POST (server action) - remove one attendee row, then return to the list (a refusal is answered)
export async function removeAttendeeAction(_prev: FormState, input: FormData): Promise<ActionResult> {
  const result = await runAction(attendeeRefSchema, input, (actor, { sessionId, pointId, attendeeId }) =>
    removeAttendee({ actor, sessionId, attendeeId }).then(() => `/sessions/${sessionId}/points/${pointId}`),
  );
  if (!result.ok) return result;
  revalidatePath('/sessions', 'layout');
  redirect(result.data!);
}

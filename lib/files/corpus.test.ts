import { existsSync, readdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, evidenceFiles, tasks, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { updateTaskProgress } from '@/lib/tasks/progress';
import { taskUpdateSchema } from '@/lib/tasks/schemas';
import { createTestDatabase } from '@/tests/db';
import { buildPdf, objectStream } from '@/tests/pdf';
import { MAX_EVIDENCE_BYTES, storageRoot } from './evidence';

let h: DatabaseHandle;
let head: Actor;
let taskId: number;

beforeAll(async () => {
  h = await createTestDatabase();
  const [u] = await h.db.select().from(users).where(eq(users.email, 'bonoivu@demo.gov.vn'));
  head = (await loadActor(h.db, u!.id, u!.sessionVersion))!;
  const [bnv] = await h.db.select().from(agencies).where(eq(agencies.code, 'BNV'));
  const [t] = await h.db.select().from(tasks).where(eq(tasks.leadAgencyId, bnv!.id)).limit(1);
  taskId = t!.id;
});
afterAll(() => h.close());

const text = (s: string) => new TextEncoder().encode(s);
const pdf = text('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const zipEnd = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** A catalog whose open action is `action`, packed in an object stream written the way `type` says. */
const packedAction = (action: string, type: string) => {
  const catalog = `<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R ${action.startsWith('/XFA') ? `/AcroForm << ${action} >>` : ''} >>`;
  const stm = objectStream(
    9,
    [
      { num: 1, body: catalog },
      { num: 2, body: '<< /Type /Pages /Kids [] /Count 0 >>' },
      { num: 3, body: action.startsWith('/XFA') ? '<< /S /Named /N /NextPage >>' : action },
    ],
    { type },
  );
  return buildPdf([stm.object], stm.packed);
};

/** Files a crafted request could send; each must refuse the whole update. */
const CORPUS: [string, { name: string; bytes: Uint8Array }[]][] = [
  ['an empty file', [{ name: 'bao-cao.pdf', bytes: new Uint8Array() }]],
  ['a file over 20 MB', [{ name: 'lon.pdf', bytes: concat(pdf, new Uint8Array(MAX_EVIDENCE_BYTES)) }]],
  ['a program named .pdf', [{ name: 'bao-cao.pdf', bytes: concat(text('MZ\x90\x00'), new Uint8Array(64)) }]],
  ['plain text named .docx', [{ name: 'ghi-chu.docx', bytes: text('Xin chào') }]],
  ['an HTML page named .png', [{ name: 'anh.png', bytes: text('<html><script>alert(1)</script></html>') }]],
  ['a PDF with a ZIP appended (polyglot)', [{ name: 'bao-cao.pdf', bytes: concat(pdf, zipEnd) }]],
  [
    'a PDF running JavaScript',
    [{ name: 'bao-cao.pdf', bytes: text('%PDF-1.4\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF') }],
  ],
  [
    'a PDF running JavaScript from an object stream whose /Type is escaped',
    [{ name: 'bao-cao.pdf', bytes: packedAction('<< /S /JavaScript /JS (app.alert(1)) >>', '/Type /Obj#53tm') }],
  ],
  [
    'a PDF running JavaScript from an object stream with no /Type',
    [{ name: 'bao-cao.pdf', bytes: packedAction('<< /S /J#61vaScript /JS (app.alert(1)) >>', '') }],
  ],
  ['a PDF with an XFA form', [{ name: 'bao-cao.pdf', bytes: packedAction('/XFA 5 0 R', '') }]],
  ['a PDF with a SubmitForm action', [{ name: 'bao-cao.pdf', bytes: packedAction('<< /S /SubmitForm >>', '') }]],
  ['a path in the name', [{ name: '../../etc/passwd.pdf', bytes: pdf }]],
  ['a Windows path in the name', [{ name: '..\\..\\boot.pdf', bytes: pdf }]],
  ['a control character in the name', [{ name: 'bao\u0000cao.pdf', bytes: pdf }]],
  [
    'a good file with a bad one',
    [
      { name: 'tot.pdf', bytes: pdf },
      { name: 'xau.pdf', bytes: text('not a pdf') },
    ],
  ],
];

function storedFiles(): number {
  const root = storageRoot();
  if (!existsSync(root)) return 0;
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

describe('evidence uploads: a corpus of bad files', () => {
  for (const [label, files] of CORPUS) {
    it(`refuses ${label} in full: no task change, no file row, nothing stored`, async () => {
      const [before] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
      const rows = (await h.db.select().from(evidenceFiles)).length;
      const stored = storedFiles();
      const values = taskUpdateSchema.parse({ taskId, version: before!.version, status: 'in_progress', progress: 40 });
      const error = await updateTaskProgress({ actor: head, values, files }, h.db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).not.toMatch(/stack|select |insert /i);
      const [after] = await h.db.select().from(tasks).where(eq(tasks.id, taskId));
      expect(after).toEqual(before);
      expect((await h.db.select().from(evidenceFiles)).length).toBe(rows);
      expect(storedFiles()).toBe(stored);
    });
  }
});

import { readFileSync } from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { committeeMembers, people } from '@/db/schema';
import { createAgency } from '@/lib/agencies/mutations';
import { createCommittee } from '@/lib/committees/mutations';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { sortVi } from '@/lib/text';
import { createEmptyTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { importUsers, previewUserImport, type PreviewRow } from './import';
import { listUsers } from './queries';

/**
 * Real lists as a secretariat types them on a new deployment (decision 101): QĐ 404/QĐ-TTg's working group on the
 * Planning Law (13 people, ministries as the decision names them, before the 2025 mergers) and the Ho Chi Minh City
 * administrative-reform steering committee's named leaders ("UBND TPHCM"), tests/fixtures/people/SOURCES.md. The
 * same list is then pasted the ways real text arrives: from macOS or Word (decomposed accents), with non-breaking
 * and zero-width spaces, the tone marks placed the older way ("Thuỷ"), lines closed with ";", addresses in capitals
 * or with a space before the @.
 */

let h: DatabaseHandle;
let admin: Actor;
beforeAll(async () => {
  h = await createEmptyTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
}, 180_000);
afterAll(() => h.close());

/** The decision's day: the ministries it names were all in operation. */
const DAY = new Date('2022-02-01T03:00:00Z');
const LIST_404 = readFileSync('tests/fixtures/people/qd-404-ttg-to-cong-tac-quy-hoach.csv', 'utf8').trim();
const LIST_HCM = readFileSync('tests/fixtures/people/bcd-cchc-tphcm.csv', 'utf8').trim();
const NAMES_404 = LIST_404.split('\n')
  .slice(1)
  .map((l) => l.split(';')[1]!.replace(/^(Ông|Bà) /, ''));

/** Old tone placement: "Thủy" written "Thuỷ", "Văn hóa" "Văn hoá". */
const oldTones = (text: string) => text.replace(/ủy/g, 'uỷ').replace(/hóa/g, 'hoá');
/** The list as pasted from a Word table on macOS: decomposed, non-breaking spaces, zero-width spaces, ";" at the end. */
function pasted(text: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (i === 0) return line;
      const cells = line.split(';');
      cells[1] = `${cells[1]!.replace(' ', '\u00a0').replace(/(\p{L})$/u, '$1\u200b')};`.normalize('NFD');
      cells[3] = `${cells[3]!.normalize('NFD')}.`;
      cells[4] = ` ${cells[4]!.replace('@', ' @')} `;
      return cells.join('\t');
    })
    .join('\n')
    .replaceAll(';\t', '\t')
    .replace(/^STT;Họ và tên;Chức vụ;Cơ quan;Email/, 'STT\tHọ và tên\tChức vụ\tCơ quan\tEmail');
}
const preview = (text: string) => previewUserImport({ actor: admin, text }, h.db, DAY);
const posted = (rows: PreviewRow[], post = '') =>
  rows.map((r) => ({ line: r.line, ...r.values, committeePosition: r.values.committeePosition || post }));

let committeeId = 0;

describe('QĐ 404/QĐ-TTg pasted from Word on macOS', () => {
  it('reads every name composed, without its “Ông”/“Bà”, invisible spaces and closing “;”, every ministry and address', async () => {
    const rows = await preview(pasted(oldTones(LIST_404)));
    expect(rows.map((r) => r.values.name)).toEqual(NAMES_404.map(oldTones));
    expect(rows.every((r) => r.values.name.normalize('NFC') === r.values.name)).toBe(true);
    expect(rows.map((r) => r.errors)).toEqual(rows.map(() => ({})));
    expect(rows[0]!.values.agencyId).toBe(String(await agencyIdOf(h.db, 'BKHDT')));
    expect(rows[9]!.values.agencyId).toBe(String(await agencyIdOf(h.db, 'BVHTTDL')));
  });

  it('stores the people as typed once tidied, and a second list with the tones placed the new way finds them', async () => {
    committeeId = await createCommittee(
      {
        actor: admin,
        values: {
          code: 'TCT-LQH',
          name: 'Tổ công tác thi hành Luật Quy hoạch',
          level: 'central',
          standingAgencyId: await agencyIdOf(h.db, 'VPCP'),
          establishedBy: 'QĐ 404/QĐ-TTg',
          validFrom: '01/01/2022',
          validTo: '',
        },
      },
      h.db,
    );
    const rows = await preview(pasted(oldTones(LIST_404)));
    const first = await importUsers(
      { actor: admin, rows: posted(rows, 'member'), committee: { committeeId, validFrom: '2022-01-21' } },
      h.db,
      DAY,
    );
    expect(first).toMatchObject({ created: 13, members: 13 });
    const stored = await h.db
      .select({ name: people.fullName })
      .from(people)
      .innerJoin(committeeMembers, eq(committeeMembers.personId, people.id))
      .where(eq(committeeMembers.committeeId, committeeId))
      .orderBy(asc(people.id));
    // Composed, one plain space, nothing invisible, no closing ";"; the tone marks as the list placed them.
    expect(stored.map((p) => p.name)).toEqual(NAMES_404.map(oldTones));
    // The same list typed again from the decision (new tone placement, plain text), with other addresses: each row
    // is offered the person already there, of the same ministry, and chosen for them (none was: "Trịnh Thị Thủy" was a
    // second person beside "Trịnh Thị Thuỷ").
    const again = await preview(LIST_404.replace(/TCT-QH-/g, 'tct-qh-moi-'));
    expect(again.map((r) => r.people?.[0]?.by)).toEqual(again.map(() => 'nameAgency'));
    expect(again.map((r) => r.people?.[0]?.fullName)).toEqual(NAMES_404.map(oldTones));
    expect(again.every((r) => r.values.personId !== '')).toBe(true);
  });

  it('finds the accounts by any way of writing a name or an agency, and sorts them as one', async () => {
    const names = async (q: string) => (await listUsers({ actor: admin, q }, h.db)).map((u) => u.name).sort();
    expect(await names('Trịnh Thị Thủy')).toEqual(['Trịnh Thị Thuỷ']);
    expect(await names('Thuỷ'.normalize('NFD'))).toEqual(['Trịnh Thị Thuỷ']);
    expect(await names('Bộ\u00a0Tư\u200b pháp.')).toEqual(['Phan Chí Hiếu']);
    expect(await names('tct-qh-03@example.gov.vn')).toEqual(['Huỳnh Quang Hải']);
    const mixed = [
      'Trịnh Thị Thủy',
      'Đinh Dũng Sỹ'.normalize('NFD'),
      'Cao\u00a0Quốc Hưng',
      'Trịnh Thị Thuỷ',
      'Dương An',
    ];
    expect(sortVi(mixed, (s) => s).map((s) => s.normalize('NFC').replace(/\s/gu, ' '))).toEqual([
      'Cao Quốc Hưng',
      'Dương An',
      'Đinh Dũng Sỹ',
      'Trịnh Thị Thủy',
      'Trịnh Thị Thuỷ',
    ]);
  });
});

describe('the Ho Chi Minh City steering committee: “UBND TPHCM”, “TP.HCM”, “Tp.”', () => {
  it('finds the city by any of its abbreviations, and a department the administrator added under its full name', async () => {
    await createAgency(
      {
        actor: admin,
        values: { code: 'SNV-HCM', name: 'Sở Nội vụ Thành phố Hồ Chí Minh', kind: 'provincial_department' },
      },
      h.db,
    );
    // The same department written with "TP." is the same body, not a second one.
    const twice = await createAgency(
      { actor: admin, values: { code: 'SNV-HCM-2', name: 'Sở Nội vụ TP. Hồ Chí Minh', kind: 'provincial_department' } },
      h.db,
    ).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(AppError);
    const rows = await preview(LIST_HCM.replace('UBND TPHCM;Phó', 'Ủy ban nhân dân Tp. Hồ Chí Minh;Phó'));
    expect(rows.map((r) => [r.values.name, r.values.agencyId, r.values.committeePosition, r.errors])).toEqual([
      ['Phan Văn Mãi', String(await agencyIdOf(h.db, 'P-HOCHIMINH')), 'head', {}],
      ['Võ Văn Hoan', String(await agencyIdOf(h.db, 'P-HOCHIMINH')), 'standing_deputy', {}],
      ['Huỳnh Thanh Nhân', String(await agencyIdOf(h.db, 'SNV-HCM')), 'deputy', {}],
    ]);
    const names = async (q: string) => (await listUsers({ actor: admin, q }, h.db)).map((u) => u.name).sort();
    await importUsers({ actor: admin, rows: posted(rows), committee: null }, h.db, DAY);
    expect(await names('Ủy ban nhân dân TP Hồ Chí Minh')).toEqual(['Phan Văn Mãi', 'Võ Văn Hoan']);
    expect(await names('UBND thành phố Hồ Chí Minh')).toEqual(['Phan Văn Mãi', 'Võ Văn Hoan']);
    expect(await names('Sở Nội vụ Tp.')).toEqual(['Huỳnh Thanh Nhân']);
  });
});

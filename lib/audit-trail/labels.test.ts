import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { auditDiff } from './diff';
import { auditActionLabel, auditTypeLabel } from './labels';

/** The app's source files (tests left out: they write made-up actions). */
function sources(dir: string, found: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) sources(path, found);
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) found.push(path);
  }
  return found;
}

describe('the audit trail names its actions and records in the reader’s language', () => {
  const code = ['lib', 'app'].flatMap((d) => sources(d)).map((p) => readFileSync(p, 'utf8'));
  // Every action written: the literals on `action:` lines (ternaries included), and the actions built from a choice.
  const written = new Set(
    code.flatMap((s) =>
      [...s.matchAll(/^\s*action: (.+)$/gm)].flatMap((m) =>
        [...m[1]!.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)].map((x) => x[1]!),
      ),
    ),
  );
  const built = code.flatMap((s) => [...s.matchAll(/action: `([a-z_.]+)\$\{/g)].map((m) => m[1]!));
  const CHOICES: Record<string, string[]> = {
    'task.extension_': ['accepted', 'refused'],
    'report.status_': ['draft', 'in_review', 'published'],
    'document.status_': ['draft', 'in_review', 'published'],
    'directive.move_': ['up', 'down'],
  };

  it('every action the code writes has a label in Vietnamese and in English', () => {
    expect(written.size).toBeGreaterThan(60);
    expect(new Set(built)).toEqual(new Set(Object.keys(CHOICES)));
    const all = [...written, ...Object.entries(CHOICES).flatMap(([p, c]) => c.map((x) => p + x))];
    for (const action of all) {
      expect(auditActionLabel(vi.auditTrail, action), action).not.toBe(action);
      expect(auditActionLabel(en.auditTrail, action), action).not.toBe(action);
    }
    expect(auditActionLabel(vi.auditTrail, 'task.extension_accepted')).toBe('Chấp thuận gia hạn');
    expect(auditActionLabel(vi.auditTrail, 'committee.member.add')).toBe('Thêm thành viên Ban Chỉ đạo');
    // An action the catalogue does not name, or a key that walks into the catalogue's own properties, shows itself.
    for (const odd of ['task.later', 'task', 'toString', 'task.update.more', '__proto__.x', 'constructor.name'])
      expect(auditActionLabel(vi.auditTrail, odd)).toBe(odd);
  });

  it('every kind of record written has a label', () => {
    const types = new Set(code.flatMap((s) => [...s.matchAll(/entityType: '([a-z_]+)'/g)].map((m) => m[1]!)));
    expect(types.size).toBeGreaterThan(10);
    for (const type of types) {
      expect(auditTypeLabel(vi.auditTrail, type), type).not.toBe(type);
      expect(auditTypeLabel(en.auditTrail, type), type).not.toBe(type);
    }
    expect(auditTypeLabel(vi.auditTrail, 'hasOwnProperty')).toBe('hasOwnProperty');
  });

  it('shows instants in Vietnam time and calendar dates as dd/MM/yyyy, other text as it is', () => {
    const { lines } = auditDiff(
      { updatedAt: '2025-03-17T02:00:00.000Z', dueDate: '2025-12-31', note: '2025-12-31 họp' },
      { updatedAt: '2025-12-15T17:30:00.000Z', dueDate: '2026-01-15', note: 'x' },
    );
    expect(lines).toEqual([
      { field: 'updatedAt', before: '17/03/2025 09:00', after: '16/12/2025 00:30' },
      { field: 'dueDate', before: '31/12/2025', after: '15/01/2026' },
      { field: 'note', before: '2025-12-31 họp', after: 'x' },
    ]);
  });
});

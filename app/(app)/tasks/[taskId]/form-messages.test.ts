import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import {
  DRAFT_FORM_KEYS,
  draftFormMessages,
  FOLLOW_UP_KEYS,
  followUpMessages,
  TASK_FORM_KEYS,
  taskFormMessages,
} from './form-messages';

const here = import.meta.dirname;
const source = (name: string) => readFileSync(join(here, name), 'utf8');
const bytes = (o: unknown) => Buffer.byteLength(JSON.stringify(o));

describe('the task page’s forms get only the words they show (issue 21)', () => {
  it('a fraction of the catalogues, the same object for every form of a page, in both languages', () => {
    for (const m of [vi, en]) {
      const t = taskFormMessages(m.task);
      expect(Object.keys(t).sort()).toEqual([...TASK_FORM_KEYS].sort());
      for (const k of TASK_FORM_KEYS) expect(t[k]).toBe(m.task[k]);
      // Sent once in the page's payload (React refers to an object given twice): the same object on each call.
      expect(taskFormMessages(m.task)).toBe(t);
      expect(draftFormMessages(m.people)).toBe(draftFormMessages(m.people));
      expect(followUpMessages(m.tasks).urge).toBe(m.tasks.urge);
    }
    // What the whole catalogues weighed in the page's server payload (3.0, 3.5 and 1.3 KB in Vietnamese).
    expect(bytes(taskFormMessages(vi.task))).toBeLessThan(bytes(vi.task) * 0.6);
    expect(bytes(draftFormMessages(vi.people))).toBeLessThan(bytes(vi.people) * 0.4);
    expect(bytes(followUpMessages(vi.tasks))).toBeLessThan(bytes(vi.tasks) * 0.3);
  });

  it('every word listed is read by a form (the type check catches the other way: a word read and not listed)', () => {
    const forms = source('task-forms.tsx') + source('draft-forms.tsx');
    for (const k of TASK_FORM_KEYS) expect(forms, `t.${k}`).toMatch(new RegExp(`\\bt\\.${k}\\b`));
    for (const k of DRAFT_FORM_KEYS) expect(forms, `p.${k}`).toMatch(new RegExp(`\\bp\\.${k}\\b`));
    for (const k of FOLLOW_UP_KEYS) expect(forms, `tl.${k}`).toMatch(new RegExp(`\\btl\\.${k}\\b`));
  });

  it('the page gives its forms the chosen words, not a whole catalogue', () => {
    const page = source('page.tsx');
    expect(page).not.toMatch(/\bt=\{k\}|\bp=\{p\}|\btl=\{t\.tasks\}|=\{t\.(task|people)\}/);
    expect(page).toMatch(/t=\{fk\}/);
  });
});

import { describe, expect, it } from 'vitest';
import { editedSnapshot, firstSnapshot, nextSnapshot } from './snapshot';

// The progress form of a task: loaded "not_started" at version 3.
const loaded = { version: 3, status: 'not_started', progress: 0 };
const saved = { version: 4, status: 'in_progress', progress: 40 };
const ok = (values?: unknown) => ({ ok: true, message: 'Đã lưu cập nhật.', values });

describe('what a form over a versioned record shows after a save (issue 16)', () => {
  it('after its own save, the form shows the record as saved, its version included, and rebuilds its fields', () => {
    const typed = editedSnapshot(firstSnapshot(loaded));
    // The answer carries the saved record; the page has not been revalidated yet.
    const next = nextSnapshot(typed, { record: loaded, answer: ok(saved) });
    expect(next.shown).toEqual(saved);
    expect(next.generation).toBe(1);
    expect(next.edited).toBe(false);
    // The page's record catching up later changes nothing more.
    expect(nextSnapshot(next, { record: saved, answer: next.answer as never })).toBe(next);
  });

  it('an answer without the record: the form takes the page’s record once revalidated, though the user had typed', () => {
    const answer = ok();
    const waiting = nextSnapshot(editedSnapshot(firstSnapshot(loaded)), { record: loaded, answer });
    expect(waiting.shown).toEqual(loaded);
    expect(waiting.awaitingSaved).toBe(true);
    const next = nextSnapshot(waiting, { record: saved, answer });
    expect(next.shown).toEqual(saved);
    expect(next.generation).toBe(1);
  });

  it('never shows fields of one read with the version of another: with edits in progress, a newer record leaves the form as it was read', () => {
    // Another form on the page saved (a comment, a decision): the record moved on while the user was typing.
    const typing = editedSnapshot(firstSnapshot(loaded));
    const next = nextSnapshot(typing, { record: saved, answer: null });
    expect(next).toBe(typing);
    expect(next.shown.version).toBe(3); // so the save is refused as stale, not written over the newer status
  });

  it('with edits in progress, a newer version whose fields are unchanged (another form moved the deadline) is taken, edits kept', () => {
    const typing = editedSnapshot(firstSnapshot(loaded));
    const next = nextSnapshot(typing, { record: { ...loaded, version: 4 }, answer: null });
    expect(next.shown).toEqual({ ...loaded, version: 4 });
    expect(next.generation).toBe(0); // the fields are not rebuilt: what was typed stays
    expect(next.edited).toBe(true);
    // Arrays compare by content (the document's recipients).
    const doc = { version: 1, recipients: ['Như trên', 'Lưu: VT'] };
    const typingDoc = editedSnapshot(firstSnapshot(doc));
    const moved = nextSnapshot(typingDoc, {
      record: { version: 2, recipients: ['Như trên', 'Lưu: VT'] },
      answer: null,
    });
    expect(moved.shown.version).toBe(2);
    const changed = nextSnapshot(typingDoc, { record: { version: 2, recipients: ['Như trên'] }, answer: null });
    expect(changed).toBe(typingDoc);
  });

  it('an untouched form follows the record; a refused save keeps what was typed; a record never goes back', () => {
    const untouched = nextSnapshot(firstSnapshot(loaded), { record: saved, answer: null });
    expect(untouched.shown).toEqual(saved);
    const typing = editedSnapshot(untouched);
    const refusedAnswer = { ok: false, message: 'Bản ghi đã được người khác cập nhật.' };
    const afterRefusal = nextSnapshot(typing, {
      record: { ...saved, version: 5, status: 'completed' },
      answer: refusedAnswer,
    });
    expect(afterRefusal.shown).toEqual(saved);
    expect(afterRefusal.edited).toBe(true);
    const older = nextSnapshot(firstSnapshot(saved), { record: loaded, answer: ok(loaded) });
    expect(older.shown).toEqual(saved);
  });

  it('is stable: the same inputs give back the same snapshot, so the form does not render in a loop', () => {
    const answer = ok(saved);
    const once = nextSnapshot(firstSnapshot(loaded), { record: loaded, answer });
    expect(nextSnapshot(once, { record: loaded, answer })).toBe(once);
    expect(nextSnapshot(once, { record: saved, answer })).toBe(once);
  });
});

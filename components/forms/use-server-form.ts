'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { editedSnapshot, firstSnapshot, nextSnapshot, type Versioned } from '@/lib/forms/snapshot';
import type { ActionFormState } from './use-action-form';

type Action = (state: ActionFormState, input: FormData) => Promise<ActionFormState>;

/**
 * A plain form over a server action that keeps what was typed when the server says no (a stale
 * version, a bad field) and clears itself when the save succeeds. Before JavaScript loads, the form
 * posts natively to the same action.
 *
 * A form that edits a versioned record passes the record as the page has it (the version included) and
 * renders its fields, and the hidden version, from `values` inside an element keyed by `fieldsKey`. After
 * a successful save the fields are rebuilt from the record as saved (the action's `values`, or the page's
 * record once revalidated), so a second save starts from the saved state, never from the one before it.
 * A field is never fed from a newer record than its version: an uncontrolled field's default is read
 * once, and a live hidden version beside it would let the server accept old values (see lib/forms/snapshot).
 */
export function useServerForm(action: Action): ServerForm<undefined>;
export function useServerForm<V extends Versioned>(action: Action, record: V): ServerForm<V>;
export function useServerForm<V extends Versioned>(action: Action, record?: V): ServerForm<V | undefined>;
export function useServerForm<V extends Versioned>(action: Action, record?: V): ServerForm<V | undefined> {
  const [state, run, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  const [snapshot, setSnapshot] = useState(() => (record ? firstSnapshot(record) : null));
  // Takes the newer record during render, so the fields never show one read while the version is another's.
  const next = snapshot && record ? nextSnapshot(snapshot, { record, answer: state }) : snapshot;
  if (next !== snapshot) setSnapshot(next);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  };
  const onChange = () => setSnapshot((s) => (s ? editedSnapshot(s) : s));
  return {
    state,
    pending,
    formProps: { ref, action: run, onSubmit, ...(record ? { onChange } : {}) },
    values: (next?.shown ?? record) as V | undefined,
    fieldsKey: next?.generation ?? 0,
    dirty: next?.edited ?? false,
  };
}

export type ServerForm<V> = {
  state: ActionFormState;
  pending: boolean;
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    action: (payload: FormData) => void;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    onChange?: () => void;
  };
  /** The record as the fields show it; render every field and the hidden version from it. */
  values: V;
  /** Key of the element holding the fields: a new key rebuilds them from `values`. */
  fieldsKey: number;
  /** A field of a form over a record changed since the form last took the record (for useLeaveGuard). */
  dirty: boolean;
};

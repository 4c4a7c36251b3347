'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import type { ActionFormState } from './use-action-form';

/**
 * A plain form over a server action that keeps what was typed when the server says no (a stale
 * version, a bad field) and clears itself when the save succeeds. Before JavaScript loads, the form
 * posts natively to the same action.
 */
export function useServerForm(action: (state: ActionFormState, input: FormData) => Promise<ActionFormState>) {
  const [state, run, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  };
  return { state, pending, formProps: { ref, action: run, onSubmit } };
}

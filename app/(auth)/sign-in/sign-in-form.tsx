'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from './actions';

type Labels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  codeIntro: string;
  code: string;
  codeSubmit: string;
  back: string;
};

const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30';

/** Posts to a server action, so it works even before the page's JavaScript has loaded. */
export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const alert = state.error ? (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
      id="sign-in-error"
    >
      {state.error}
    </p>
  ) : null;
  const submit = (label: string) => (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white shadow-sm hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? labels.submitting : label}
    </button>
  );
  if (state.ticket) {
    return (
      <form action={action} className="space-y-4" noValidate aria-label={labels.codeSubmit}>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <input type="hidden" name="ticket" value={state.ticket} />
        <input type="hidden" name="email" value={state.email ?? ''} />
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">{state.email}</span>
          <br />
          {labels.codeIntro}
        </p>
        {alert}
        <div>
          <label htmlFor="code" className="mb-1 block text-sm font-medium text-slate-800">
            {labels.code}
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            autoFocus
            aria-describedby={state.error ? 'sign-in-error' : undefined}
            className={`${inputClass} font-mono tracking-[0.3em]`}
          />
        </div>
        {submit(labels.codeSubmit)}
        <p className="text-center">
          <a href="/sign-in" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {labels.back}
          </a>
        </p>
      </form>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {alert}
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium text-slate-800">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? 'sign-in-error' : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium text-slate-800">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      {submit(labels.submit)}
    </form>
  );
}

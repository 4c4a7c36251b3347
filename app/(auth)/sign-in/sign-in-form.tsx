'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import { signInAction, type SignInStep } from './actions';

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
export function SignInForm({
  labels,
  callbackUrl,
  initialStep,
}: {
  labels: Labels;
  callbackUrl?: string;
  /** The code step to start at: an account with a second factor back from single sign-on (decision 030). */
  initialStep?: SignInStep;
}) {
  // No browser check: the server's answer is one message either way (a wrong address or password says nothing
  // of which), and the form keeps the step it is at (the hook leaves the fields to the page after a step).
  const f = useActionForm<SignInStep>(signInAction, { keepOnSuccess: true });
  const { pending } = f;
  const state = f.state;
  const step: Partial<SignInStep> =
    (state ? (state.ok ? state.data : (state.values as SignInStep | undefined)) : initialStep) ?? {};
  const error = f.ok ? undefined : f.message;
  const alert = error ? (
    <p
      role="alert"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
      id="sign-in-error"
    >
      {error}
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
  if (step.ticket) {
    return (
      <form {...f.formProps} className="space-y-4" noValidate aria-label={labels.codeSubmit}>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <input type="hidden" name="ticket" value={step.ticket} />
        <input type="hidden" name="email" value={step.email ?? ''} />
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">{step.email}</span>
          <br />
          {labels.codeIntro}
        </p>
        {alert}
        <div>
          <label htmlFor="code" className="label">
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
            aria-describedby={error ? 'sign-in-error' : undefined}
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
    <form {...f.formProps} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {alert}
      <div>
        <label htmlFor="email" className="label">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={step.email}
          aria-describedby={error ? 'sign-in-error' : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="label">
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

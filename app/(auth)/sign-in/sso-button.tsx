'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';

/** "Đăng nhập bằng …": next-auth's own sign-in for the OpenID Connect provider (its CSRF token, then the provider). */
export function SsoButton({
  label,
  busyLabel,
  callbackUrl,
}: {
  label: string;
  busyLabel: string;
  callbackUrl?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      data-testid="sso-sign-in"
      onClick={() => {
        setBusy(true);
        void signIn('oidc', { redirectTo: callbackUrl ?? '/' }).catch(() => setBusy(false));
      }}
      className="w-full rounded-md border border-brand-700 bg-white px-4 py-2.5 font-medium text-brand-800 shadow-sm hover:bg-brand-50 disabled:opacity-70"
    >
      {busy ? busyLabel : label}
    </button>
  );
}

/**
 * A real OpenID Connect provider for the browser tests (the `oidc-provider` package, with its development
 * login and consent pages): one client registered for the app's callback, and accounts by login name. The
 * login name typed at its sign-in page is the account; its email is what the app matches.
 */
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export type TestIdp = { issuer: string; clientId: string; clientSecret: string; stop(): Promise<void> };

export async function startTestIdp(options: {
  port: number;
  /** The app's callback: `<app>/api/auth/callback/oidc`. */
  redirectUri: string;
  /** Login name → email (and name) of the accounts the provider knows. */
  accounts: Record<string, { email: string; name: string }>;
}): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientId = 'steering-e2e';
  const clientSecret = 'steering-e2e-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    // The ID token carries the email itself, as identity providers commonly configure it.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['steering-e2e-cookie-key'] },
    async findAccount(_ctx, id) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: account.email, email_verified: true, name: account.name };
        },
      };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(options.port, '127.0.0.1', () => resolve(s));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

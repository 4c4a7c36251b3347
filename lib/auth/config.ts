import 'server-only';
import { headers } from 'next/headers';
import NextAuth, { CredentialsSignin } from 'next-auth';
import type { Provider } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import { resolveDb } from '@/lib/db';
import { log } from '@/lib/log';
import { authErrorLevel, sameSiteRedirect } from './auth-errors';
import { clientAddress } from './client-address';
import { admitOidcUser, OIDC_PROVIDER_ID, OIDC_REFUSED_PATH, oidcSettings, passwordsEnabled } from './oidc';
import { resolveAuthSecret } from './secret';
import { endSession, startSession } from './sessions';
import { authenticate, authenticateSecondFactor, secondFactorSchema, signInSchema, type SignInResult } from './sign-in';

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}
/** The password was right; the account is disabled. */
class DisabledAccount extends CredentialsSignin {
  code = 'disabled';
}
/** The password was right; the account has a second factor. The sign-in action then asks for the code. */
class SecondFactorNeeded extends CredentialsSignin {
  code = 'second_factor';
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The ministry's OpenID Connect provider, when the deployment names one (lib/auth/oidc.ts, decision 030). */
function oidcProviders(): Provider[] {
  const s = oidcSettings();
  if (!s) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: s.name,
      type: 'oidc',
      issuer: s.issuer,
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      checks: ['pkce', 'state', 'nonce'],
      authorization: { params: { scope: 'openid email profile' } },
    },
  ];
}

/** The client's address in a callback of next-auth's own route handler (null outside a request). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // A failed single sign-on (the provider refused, a state that does not match) ends on the page that says so.
  pages: { signIn: '/sign-in', error: OIDC_REFUSED_PATH },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {}, code: {} },
      async authorize(credentials, request) {
        const ip = clientAddress(request.headers);
        const db = await resolveDb();
        let result: SignInResult;
        if (credentials.ticket) {
          const parsed = secondFactorSchema.safeParse(credentials);
          if (!parsed.success) return null;
          result = await authenticateSecondFactor(db, { ...parsed.data, ip });
        } else {
          // AUTH_PASSWORDS=off: single sign-on is the only way in; the code step above stays (decision 030).
          if (!passwordsEnabled()) return null;
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          result = await authenticate(db, { ...parsed.data, ip });
        }
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignIn();
          if (result.reason === 'second_factor') throw new SecondFactorNeeded();
          if (result.reason === 'disabled') throw new DisabledAccount();
          return null;
        }
        return {
          id: String(result.user.id),
          name: result.user.name,
          email: result.user.email,
          sv: result.user.sessionVersion,
          sid: await startSession(await resolveDb(), result.user.id, ip),
        };
      },
    }),
    ...oidcProviders(),
  ],
  events: {
    /**
     * Every sign-out, whoever asks for it (our sign-out action, the password change, or next-auth's own POST
     * /api/auth/signout), ends the session's row too: clearing the cookie alone would leave a copy of it working.
     */
    async signOut(message) {
      const sid = 'token' in message ? (message.token as { sid?: unknown } | null)?.sid : undefined;
      if (typeof sid === 'string' && sid) await endSession(await resolveDb(), sid);
    },
  },
  callbacks: {
    /**
     * Single sign-on: the provider's person becomes the existing active account with their email, in a session
     * row like a password sign-in's (the `user` object is the one the jwt callback below receives). Anyone else
     * goes to the refusal page; an account with a second factor to the code step. Passwords pass (authorize).
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const settings = oidcSettings();
      if (!settings) return false;
      const ip = await requestAddress();
      const db = await resolveDb();
      const result = await admitOidcUser(db, {
        email: profile?.email,
        emailVerified: profile?.email_verified,
        subject: profile?.sub,
        issuer: settings.issuer,
        trustEmail: settings.trustEmail,
        ip,
      });
      if (!result.ok) {
        return result.reason === 'second_factor'
          ? `/sign-in?${new URLSearchParams({ ticket: result.ticket })}`
          : `${OIDC_REFUSED_PATH}?reason=${result.reason}`;
      }
      Object.assign(user, {
        id: String(result.user.id),
        name: result.user.name,
        email: result.user.email,
        sv: result.user.sessionVersion,
        sid: await startSession(db, result.user.id, ip),
      });
      return true;
    },
    redirect: sameSiteRedirect,
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 1;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number, sv: token.sv as number, sid: token.sid as string };
    },
  },
  logger: {
    // A wrong password is not a server error, a made-up cookie is the client's; everything else is (./auth-errors.ts).
    error(error) {
      const level = authErrorLevel(error);
      if (level !== 'silent')
        log[level]({ scope: 'auth', type: (error as { type?: string }).type ?? error.name }, error.message);
    },
  },
});

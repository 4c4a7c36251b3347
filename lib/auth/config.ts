import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { resolveDb } from '@/lib/db';
import { log } from '@/lib/log';
import { clientAddress } from './client-address';
import { resolveAuthSecret } from './secret';
import { endSession, startSession } from './sessions';
import { authenticate, authenticateSecondFactor, secondFactorSchema, signInSchema, type SignInResult } from './sign-in';

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}
/** The password was right; the account has a second factor. The sign-in action then asks for the code. */
class SecondFactorNeeded extends CredentialsSignin {
  code = 'second_factor';
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in' },
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
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          result = await authenticate(db, { ...parsed.data, ip });
        }
        if (!result.ok) {
          if (result.reason === 'throttled') throw new ThrottledSignIn();
          if (result.reason === 'second_factor') throw new SecondFactorNeeded();
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
    // A wrong password is not a server error; everything else is.
    error(error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      log.error({ scope: 'auth', name: error.name }, error.message);
    },
  },
});

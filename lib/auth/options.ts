import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpOf } from "@/lib/security/client-ip";
import { authenticate, isRateLimited } from "./authenticate";
import { endSessions } from "./sessions";

// Error codes the login page turns into words (next-auth passes them in ?error=).
export const LOGIN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // next-auth would infer this from NEXTAUTH_URL too; said here so it cannot silently change
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authenticate(credentials, clientIpOf(req?.headers ?? {}));
        } catch (e) {
          if (isRateLimited(e)) throw new Error(LOGIN_ERRORS.rateLimited);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        session.user.id = token.uid;
        session.user.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      }
      return session;
    },
  },
  events: {
    // a JWT cannot be recalled: signing out bumps the user's session version,
    // which ends this session (and the user's others) wherever a copy of the cookie is
    async signOut({ token }) {
      if (typeof token?.uid === "string") await endSessions(token.uid);
    },
  },
};

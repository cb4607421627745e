import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    roles?: string[];
    /** The person's session version when this session was issued (users.session_version). */
    sv?: number;
  }
}

declare module "next-auth" {
  interface Session {
    /** The session version this session was issued with; compared with the person's on every request. */
    sessionVersion?: number;
  }
}

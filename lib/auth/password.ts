import bcrypt from "bcryptjs";

// bcryptjs: pure JS (no native build to fail on a fresh machine), cost 10
// (~60 ms here), enough to make offline guessing expensive.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// Compared against when the email is unknown, so a miss costs the same time
// as a wrong password and timing does not reveal which accounts exist.
export const DUMMY_HASH = "$2b$10$tq/XxPyE1tVpr6x9FSsmoO/hD.ejBLQ46pVU5Mnly1170HlVbWiz6";

// Where to send someone after sign-in: only a path on this site. "//evil",
// "/\evil" and absolute URLs fall back to "/" (no open redirect via callbackUrl).
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  return value;
}

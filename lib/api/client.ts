// Browser side of our API: send JSON, and turn a problem+json refusal into
// what a form shows: a message per invalid field (by its path) and one line
// a person can act on.
export type ApiResult =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string> };

interface ProblemBody {
  detail?: string;
  errors?: { path: string; message: string }[];
}

export async function sendJson(method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: object): Promise<ApiResult> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown> & ProblemBody;
  if (res.ok) return { ok: true, json };
  const fieldErrors: Record<string, string> = {};
  for (const e of json.errors ?? []) fieldErrors[e.path] ??= e.message;
  return { ok: false, status: res.status, fieldErrors, message: json.errors?.map((e) => `${e.path}: ${e.message}`).join("; ") || json.detail || `Failed (${res.status})` };
}

export const postJson = (url: string, body?: object): Promise<ApiResult> => sendJson("POST", url, body);

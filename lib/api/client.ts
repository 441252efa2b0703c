// Browser side of our API: POST JSON, and turn a problem+json refusal into
// one line a person can act on (each invalid field, else the detail).
export type ApiResult = { ok: true; json: Record<string, unknown> } | { ok: false; message: string };

interface ProblemBody {
  detail?: string;
  errors?: { path: string; message: string }[];
}

export async function postJson(url: string, body?: object): Promise<ApiResult> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown> & ProblemBody;
  if (res.ok) return { ok: true, json };
  return { ok: false, message: json.errors?.map((e) => `${e.path}: ${e.message}`).join("; ") || json.detail || `Failed (${res.status})` };
}

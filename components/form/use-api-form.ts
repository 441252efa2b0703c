"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendJson } from "@/lib/api/client";

/**
 * One form's round trip to a route handler: pending state, the refusal's
 * field errors keyed by path (shown next to each field) and its message,
 * and a refresh of the server-rendered page on success.
 */
export function useApiForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function submit(method: Parameters<typeof sendJson>[0], url: string, body: object | undefined, onOk?: (json: Record<string, unknown>) => void) {
    startTransition(async () => {
      setFormError(null);
      setFieldErrors({});
      const result = await sendJson(method, url, body);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.message);
        return;
      }
      onOk?.(result.json);
      router.refresh();
    });
  }

  return { pending, fieldErrors, formError, submit };
}

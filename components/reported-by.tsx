import type { PostbackChannel } from "@/lib/generated/prisma/enums";

const WORDS: Record<PostbackChannel, string> = { post: "store's server (signed)", get: "store's server (token)", pixel: "pixel only" };

/** Which door reported the version of a conversion in force; a pixel-only one is unverified (anyone holding the page's pixel key can send one). */
export function ReportedBy({ channel, replacedPixel = false }: { channel: PostbackChannel; replacedPixel?: boolean }) {
  if (channel === "pixel") {
    return (
      <span data-testid="pixel-only" title="Reported only by the browser pixel: unverified until the store's server confirms the order" className="rounded bg-amber-100 px-1.5 text-xs text-amber-800">
        pixel only · unverified
      </span>
    );
  }
  return <span className="text-xs text-slate-600">{WORDS[channel]}{replacedPixel ? ", confirming a pixel report" : ""}</span>;
}

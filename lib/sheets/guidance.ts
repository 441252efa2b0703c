// Where each placement's link goes, in a creator's words. Keys outside this
// list (a workspace's own placements) get the generic sentence.
const GUIDANCE: Record<string, string> = {
  story: "Add it as a link sticker on your story. One sticker per story frame that mentions the product.",
  post: "Put it in the caption of your feed post (or in the first comment where captions cannot link).",
  bio: "Put it in your profile's link (link in bio, or your link page).",
  reel: "Put it in the reel's caption; say \"link in caption\" out loud or on screen.",
  video: "Put it in the video description, near the top, above the \"show more\" cut.",
  newsletter: "Use it as the link behind the product's name or button in your newsletter.",
  other: "Use it anywhere else you mention the product, so those sales still count.",
};

export function placementGuidance(key: string, label: string): string {
  return GUIDANCE[key] ?? `Use it wherever you post as "${label}".`;
}

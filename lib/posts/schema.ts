// One schema per boundary: the post form and /api/posts (one post), and the
// CSV upload (/api/posts/import). A post's time is text read in the
// workspace's time zone unless it carries an offset (posted-at.ts).
import { z } from "zod";

const INT4 = 2_147_483_647;
export const MAX_POST_URL = 2_000;
export const MAX_POSTS_CSV_BYTES = 2_000_000;
export const MAX_POSTS_ROWS = 5_000;

export const postUrl = z
  .url({ protocol: /^https?$/, error: "Enter the post's web address (https://…)." })
  .max(MAX_POST_URL, { error: `Keep the address under ${MAX_POST_URL} characters.` });

export const impressions = z.number({ error: "Enter the impressions." }).int({ error: "Impressions are a whole number." }).min(0, { error: "Impressions cannot be negative." }).max(INT4, { error: "That number is too large." });

const fields = {
  creatorId: z.string().min(1, { error: "Choose the creator." }),
  campaignId: z.string().min(1, { error: "Choose the campaign." }),
  placement: z.string().trim().toLowerCase().min(1, { error: "Choose the placement." }),
  url: z.string().trim().pipe(z.union([z.literal(""), postUrl])).nullish().transform((s) => s || null),
  postedAt: z.string().trim().min(1, { error: "Enter when the post went up." }).max(40),
  impressions,
};

export const createPostSchema = z.object(fields).strict();
export const updatePostSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: "Send at least one field to change." });

export const uploadPostsSchema = z.object({
  csv: z.string().min(1, { error: "The file is empty." }).max(MAX_POSTS_CSV_BYTES, { error: `The file is over ${MAX_POSTS_CSV_BYTES / 1_000_000} MB.` }),
  // false: preview only, nothing written
  apply: z.boolean().default(false),
}).strict();

export type CreatePostInput = z.infer<typeof createPostSchema>;
export type UpdatePostInput = z.infer<typeof updatePostSchema>;
export type UploadPostsInput = z.infer<typeof uploadPostsSchema>;

/** The CSV's columns: creator (email or exact name), campaign (utm_campaign value or exact name), placement, url (optional), posted_at, impressions. */
export const POST_COLUMNS = ["creator", "campaign", "placement", "url", "posted_at", "impressions"] as const;
export type PostColumn = (typeof POST_COLUMNS)[number];
export type PostCsvRow = { row: number } & Record<PostColumn, string>;

export interface PostProblem {
  /** 1-based data row (the header is row 0), or 0 for the file */
  row: number;
  column: PostColumn | "file";
  message: string;
}

export type PostOutcome = "create" | "update" | "unchanged";

import { z } from "zod";

export const createSecretSchema = z.object({ test: z.boolean().default(false) }).strict();

import { z } from "zod";

export const testEnv = z
  .object({
    TEST_DB_DRIVER: z.enum(["pglite", "pg"]).default("pglite"),
  })
  .parse(process.env);

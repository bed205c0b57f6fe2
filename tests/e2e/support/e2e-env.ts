import { z } from "zod";

// Settings of the browser tests, all optional.
export const e2eEnv = z
  .object({
    /** In CI a missing browser fails the run instead of skipping it. */
    CI: z
      .string()
      .optional()
      .transform((value) => value === "true" || value === "1"),
    E2E_CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
    /** Show the browser's window (needs a display); headless otherwise. */
    E2E_HEADED: z
      .string()
      .optional()
      .transform((value) => value === "true" || value === "1"),
    /** Keep the temporary data folder after the run, to look at it. */
    E2E_KEEP_DATA: z
      .string()
      .optional()
      .transform((value) => value === "true" || value === "1"),
  })
  .parse(process.env);

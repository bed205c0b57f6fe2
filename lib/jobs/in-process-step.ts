import "server-only";
import type { PipelineStep } from "./pipeline-context";

/**
 * Runs steps in this process the way Inngest would hand results back: through JSON, so a step's
 * result looks the same (dates as strings, no undefined) whichever engine ran it.
 */
export const inProcessStep: PipelineStep = {
  async run(_id, fn) {
    const result = await fn();
    return result === undefined ? result : JSON.parse(JSON.stringify(result));
  },
};

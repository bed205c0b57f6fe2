import { z } from "zod";

/** A uuid path segment; the routes answer a malformed id with 404, like an unknown one. */
export function uuidPathParam(entity: string) {
  return z.uuid().meta({ description: `The ${entity}'s id.` });
}

export const interviewIdParams = { id: uuidPathParam("interview") };

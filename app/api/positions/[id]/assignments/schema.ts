import { z } from "zod";

export const positionAssignmentsSchema = z
  .strictObject({
    userIds: z.array(z.string().min(1).max(100)).max(200).meta({
      description: "The evaluators assigned to the position: the whole list, replacing it.",
    }),
  })
  .meta({ id: "PositionAssignments" });
export type PositionAssignmentsInput = z.infer<typeof positionAssignmentsSchema>;

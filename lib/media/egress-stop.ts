import "server-only";
import { listRecordingEgressIds } from "@/lib/db/egress-recordings";
import { describeError } from "@/lib/observability/redact-error";
import { getEgressClient, isEgressAlreadyEnded } from "./egress-client";
import { roomNameForInterview } from "./room-names";

/**
 * Stops the interview's egress when it completes, so the file ends with the last answer rather
 * than when the candidate closes the tab. Never throws: completion must not fail because LiveKit
 * is unreachable (the egress then ends with the room). The `egress_ended` webhook links the file.
 */
export async function stopInterviewEgress(options: { interviewId: string }): Promise<string[]> {
  const client = getEgressClient();
  if (!client) return [];
  try {
    const recorded = await listRecordingEgressIds(options);
    if (recorded.length === 0) return [];
    // Also any egress of the room whose id never reached our row (a crash right after the start).
    const active = await client
      .listEgress({ roomName: roomNameForInterview(options.interviewId), active: true })
      .catch((error: unknown) => {
        console.warn(`recordings: listing egress failed: ${describeError(error)}`);
        return [];
      });
    const egressIds = [...new Set([...recorded, ...active.map((info) => info.egressId)])];
    const stopped: string[] = [];
    for (const egressId of egressIds) {
      try {
        await client.stopEgress(egressId);
        stopped.push(egressId);
      } catch (error) {
        if (!isEgressAlreadyEnded(error)) throw error;
      }
    }
    return stopped;
  } catch (error) {
    console.warn(
      `recordings: egress of interview ${options.interviewId} not stopped: ${describeError(error)}`,
    );
    return [];
  }
}

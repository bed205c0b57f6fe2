import { TrackSource } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";
import { candidateGrant, recruiterGrant } from "./participant-grants";

describe("participant grants", () => {
  it("lets the candidate publish the camera only when video is on", () => {
    const audioOnly = candidateGrant({ room: "interview-1", canPublishVideo: false });
    const withVideo = candidateGrant({ room: "interview-1", canPublishVideo: true });
    expect(audioOnly.canPublishSources).toEqual([TrackSource.MICROPHONE]);
    expect(withVideo.canPublishSources).toEqual([TrackSource.MICROPHONE, TrackSource.CAMERA]);
    expect(withVideo).toMatchObject({ canPublishData: false, canSubscribe: true, roomJoin: true });
  });

  it("never lets a recruiter publish anything", () => {
    expect(recruiterGrant({ room: "interview-1" })).toMatchObject({
      canPublish: false,
      canPublishData: false,
      hidden: true,
    });
  });
});

// The notice screen's data as the server page hands it to the candidate's browser. Types only.
import type { AccommodationKind } from "@/db/schema/notice-and-accommodations";

export type CandidateNoticeState = {
  /** sha256 of the rendered text: sent back with the choices. */
  hash: string;
  title: string;
  paragraphs: string[];
  aiScoring: boolean;
  hasSentChoices: boolean;
  request: { kinds: AccommodationKind[]; note: string } | null;
  isGranted: boolean;
};

type Turn = { segments: { speaker: string }[] };

/**
 * Whether the report offers to put an answer into the answer bank: the viewer may edit positions,
 * the question is a bank question, the answer is not banked already and the candidate said
 * something in the thread.
 */
export function mayNominate(options: {
  canWritePositions: boolean;
  bankQuestionId: string | null;
  isBanked: boolean;
  thread: Turn[];
}): boolean {
  return (
    options.canWritePositions &&
    options.bankQuestionId !== null &&
    !options.isBanked &&
    options.thread.some((turn) => turn.segments.some((segment) => segment.speaker === "candidate"))
  );
}

// The follow-up threads of the seeded interviews, so the demo report shows one: Priya Nair's answer
// on the p99 question stays general, the interviewer asks for a real situation, and her answer
// to that supplies one. Written in the offline follow-up's words; calibrated in demo-answers.test.ts.

export type DemoFollowUp = {
  /** The main question (index into `demoQuestionContents`) the follow-up was asked under. */
  readonly questionIndex: number;
  readonly question: string;
  readonly reason: string;
  /** The candidate's answer to the follow-up, as spoken transcript segments. */
  readonly answer: readonly string[];
};

export const demoFollowUps: Readonly<Record<string, readonly DemoFollowUp[]>> = {
  "priya.nair@example.com": [
    {
      questionIndex: 2,
      question:
        "Could you walk me through one real situation that shows your problem solving: what was at stake, what you did, and how it turned out?",
      reason: "The answer stays general: no situation of the candidate's own, and no outcome.",
      answer: [
        "Once a product page at the agency got slow after a release, and I compared the Kibana logs from before and after the deploy.",
        "The new code called the pricing API once per product, so a colleague and I batched the calls.",
        "After that the page loaded in about a second again.",
      ],
    },
  ],
};

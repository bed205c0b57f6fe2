import { z } from "zod";

/** The company's answer to a candidate's contest, quoted whole; the link opens their explanation. */
export const contestAnswerPropsSchema = z.object({
  candidateName: z.string(),
  companyName: z.string(),
  positionTitle: z.string(),
  answer: z.string(),
  link: z.url(),
});

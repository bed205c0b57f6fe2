import Link from "next/link";
import { getExplanationMessages } from "./explanation-messages";

/** From the finished interview to its explanation (the page says when it opens, if not yet). */
export function ExplanationLink(props: { inviteToken: string; language: string }) {
  return (
    <p className="mt-6">
      <Link
        href={`/interview/${encodeURIComponent(props.inviteToken)}/explanation`}
        className="font-medium text-indigo-800 underline hover:text-indigo-950"
      >
        {getExplanationMessages(props.language).link}
      </Link>
    </p>
  );
}

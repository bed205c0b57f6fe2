import Link from "next/link";

export default function LandingPage() {
  return (
    <div className="mx-auto max-w-3xl px-6 py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700">
        Interview Platform
      </p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight">
        Spoken interviews, evaluated with evidence.
      </h1>
      <p className="mt-4 text-lg text-slate-700">
        Candidates answer one question at a time in the browser. Every answer is transcribed, scored
        against a rubric with the quotes that justify the score, and reported to the recruiter who
        sent the invite.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/sign-in"
          className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
        >
          Recruiter sign-in
        </Link>
        <a
          href="/api/health"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          Service health
        </a>
      </div>
      <p className="mt-10 text-sm text-slate-600">
        Candidates: open the invite link from your email; there is nothing to sign up for.
      </p>
    </div>
  );
}

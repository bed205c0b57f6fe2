import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isSetupNeeded } from "@/lib/setup/create-first-owner";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Set up" };

// Read per request: the page exists only until the first person is created.
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await isSetupNeeded())) notFound();
  return (
    <div className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold">Set up your workspace</h1>
      <p className="mt-2 text-sm text-slate-600">
        Create the first owner. The setup code is in the server&apos;s start-up log (on Vercel, the
        function log), or is the SETUP_TOKEN you configured. This page disappears once done.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SetupForm />
      </div>
    </div>
  );
}

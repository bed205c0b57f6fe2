"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">The error was logged. Try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-indigo-700 px-4 py-2 font-medium text-white"
      >
        Try again
      </button>
    </div>
  );
}

import { connection } from "next/server";
import { getPageUser } from "@/lib/auth/get-page-user";
import { getBackends } from "@/lib/health/get-backends";

/**
 * Says which parts run offline, so nobody mistakes the demo for the cloud setup. Only operators
 * read which backends serve what and where the embedded database lives: to candidates and
 * recruiters that is a map for an attacker, so they see an "Offline mode" label at most.
 */
export async function BackendNotice() {
  // Read at request time: a page prerendered at build would report the build's env, not the server's.
  await connection();
  const backends = getBackends();
  const user = await getPageUser();
  if (user?.platformRole === "operator") return <OperatorNotice backends={backends} />;
  const isOffline = backends.database === "pglite" || backends.cache === "memory";
  if (!isOffline) return null;
  return (
    <footer className="border-t border-slate-200 bg-white px-4 py-3 text-xs text-slate-600">
      <p className="mx-auto max-w-5xl">
        <span className="font-semibold text-amber-700">Offline mode</span>: a demonstration setup.
      </p>
    </footer>
  );
}

function OperatorNotice({ backends }: { backends: ReturnType<typeof getBackends> }) {
  return (
    <footer className="border-t border-slate-200 bg-white px-4 py-3 text-xs text-slate-600">
      <p className="mx-auto max-w-5xl">
        {backends.database === "pglite" ? (
          <>
            <span className="font-semibold text-amber-700">Offline mode:</span> embedded database
            (PGlite in <code className="font-mono">{backends.pgliteDataDir}</code>). Set{" "}
            <code className="font-mono">DATABASE_URL</code> to use Postgres.
          </>
        ) : (
          <>Database: Postgres.</>
        )}{" "}
        Cache:{" "}
        {backends.cache === "upstash"
          ? "Upstash Redis"
          : backends.cache === "memory"
            ? "in-process (offline)"
            : "off"}
        . Speech-to-text:{" "}
        {backends.speechToText === "deepgram" ? (
          "Deepgram"
        ) : (
          <>
            off (candidates type their answers; set{" "}
            <code className="font-mono">DEEPGRAM_API_KEY</code>)
          </>
        )}
        . Media rooms:{" "}
        {backends.media === "livekit" ? (
          "LiveKit"
        ) : (
          <>
            off (set <code className="font-mono">LIVEKIT_URL</code>,{" "}
            <code className="font-mono">LIVEKIT_API_KEY</code> and{" "}
            <code className="font-mono">LIVEKIT_API_SECRET</code>)
          </>
        )}
        .
      </p>
    </footer>
  );
}

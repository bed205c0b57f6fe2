"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { secondaryButtonClass } from "../../_components/page-header";

/** Re-renders the server page every `intervalMs` while on, so the figures stay current. */
export function AutoRefresh({
  intervalMs,
  renderedAt,
}: {
  intervalMs: number;
  renderedAt: string;
}) {
  const router = useRouter();
  const [isOn, setIsOn] = useState(true);
  useEffect(() => {
    if (!isOn) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [isOn, intervalMs, router]);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
      <span>Updated {new Date(renderedAt).toLocaleTimeString()}</span>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => setIsOn(!isOn)}
        aria-pressed={isOn}
      >
        Auto-refresh {isOn ? "on" : "off"}
      </button>
      <button type="button" className={secondaryButtonClass} onClick={() => router.refresh()}>
        Refresh now
      </button>
    </div>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { secondaryButtonClass } from "../../_components/page-header";

// Fixed locale and zone: the server renders this before the browser hydrates it, and a
// browser-local time would not match the server's text.
const timeFormat = new Intl.DateTimeFormat("en", { timeStyle: "long", timeZone: "UTC" });

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
      <span>Updated {timeFormat.format(new Date(renderedAt))}</span>
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

"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = {
  href: string;
  label: string;
  /** A count beside the label, e.g. unread notifications; `label` says what it counts. */
  badge?: { count: number; label: string };
};

export function WorkspaceNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="-mx-1">
      <ul className="flex flex-wrap gap-1 whitespace-nowrap px-1 py-1">
        {items.map((item) => {
          const isCurrent = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-700 ${
                  isCurrent ? "bg-indigo-700 text-white" : "text-slate-800 hover:bg-slate-200"
                }`}
              >
                {item.label}
                {item.badge ? <span className="sr-only">, </span> : null}
                {item.badge ? (
                  <span className="ml-1.5 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">
                    {item.badge.count}
                    <span className="sr-only"> {item.badge.label}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

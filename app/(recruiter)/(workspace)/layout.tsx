import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { assertMemberMay } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";
import { getCompanyCached } from "@/lib/cache/cached-reads";
import { listUserWorkspaces } from "@/lib/db/members";
import { countMemberUnreadNotifications } from "@/lib/notifications/member-notifications";
import { SignOutButton } from "../_components/sign-out-button";
import { type NavItem, WorkspaceNav } from "../_components/workspace-nav";
import { WorkspaceSwitcher } from "../_components/workspace-switcher";

// The signed-in shell. It redirects for convenience only: every page checks access itself.
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  const [company, workspaces, unreadCount] = await Promise.all([
    user.workspace ? getCompanyCached(user.workspace.companyId) : null,
    listUserWorkspaces({ userId: user.userId }),
    // Every role holds interview:read; one indexed count per page.
    user.workspace ? countMemberUnreadNotifications(assertMemberMay(user, "interview:read")) : 0,
  ]);
  const items: NavItem[] = [
    {
      href: "/dashboard",
      label: "Dashboard",
      badge: unreadCount > 0 ? { count: unreadCount, label: "unread notifications" } : undefined,
    },
  ];
  if (company && user.workspace) {
    items.push(
      { href: "/interviews", label: "Interviews" },
      { href: "/positions", label: "Positions" },
      { href: "/review-queue", label: "Review queue" },
    );
    if (roleCan(user.workspace.role, "position:write")) {
      items.push({ href: "/answer-bank", label: "Answer bank" });
    }
    if (roleCan(user.workspace.role, "adverse-impact:read")) {
      items.push({ href: "/adverse-impact", label: "Adverse impact" });
    }
  }
  // Everyone has security settings; the settings index opens the first page their role allows.
  items.push({ href: "/settings", label: "Settings" });
  if (user.platformRole === "operator") items.push({ href: "/operator", label: "Operator" });

  return (
    <div>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 pt-3 sm:px-6">
          <Link href="/dashboard" className="text-sm font-semibold text-indigo-800">
            Interview Platform
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <WorkspaceSwitcher
              currentId={company?.id ?? ""}
              workspaces={workspaces.map((workspace) => ({
                id: workspace.id,
                name: workspace.name,
                roleLabel: workspaceRoleLabels[workspace.role] ?? workspace.role,
              }))}
            />
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2 sm:px-6">
          <WorkspaceNav items={items} />
        </div>
      </header>
      <div
        id="content"
        className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8 print:max-w-none print:p-0"
      >
        {children}
      </div>
    </div>
  );
}

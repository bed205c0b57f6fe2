import type { UserPrincipal } from "@/lib/auth/require-user";
import { roleCan } from "@/lib/auth/workspace-access";

export type SettingsSection = { href: string; label: string };

/** The settings pages this user may open: security for everyone, the rest by workspace role. */
export function listSettingsSections(user: UserPrincipal): SettingsSection[] {
  const role = user.workspace?.role;
  const sections: SettingsSection[] = [];
  if (role && roleCan(role, "workspace:manage")) {
    sections.push({ href: "/settings/workspace", label: "Workspace" });
    sections.push({ href: "/settings/compliance", label: "Compliance" });
    sections.push({ href: "/settings/ai-notice", label: "AI notice" });
  }
  if (role && roleCan(role, "members:manage")) {
    sections.push({ href: "/settings/members", label: "Members" });
    sections.push({ href: "/settings/sso", label: "Single sign-on" });
    sections.push({ href: "/settings/webhooks", label: "Webhooks" });
  }
  // Every role hears of the interviews it works on; each member chooses their own mail.
  if (role) sections.push({ href: "/settings/notifications", label: "Notifications" });
  sections.push({ href: "/settings/security", label: "Security" });
  return sections;
}

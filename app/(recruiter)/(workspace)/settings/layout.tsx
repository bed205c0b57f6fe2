import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { SettingsNav } from "./settings-nav";
import { listSettingsSections } from "./settings-sections";

// Tabs for convenience only: each settings page checks the caller's permission itself.
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <SettingsNav sections={listSettingsSections(user)} />
      <div className="mt-6">{children}</div>
    </>
  );
}

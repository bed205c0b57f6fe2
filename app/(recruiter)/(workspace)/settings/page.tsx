import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listSettingsSections } from "./settings-sections";

// GET /settings – the first settings page this user may open
export default async function SettingsPage() {
  const [first] = listSettingsSections(await requirePageUser());
  redirect(first?.href ?? "/settings/security");
}

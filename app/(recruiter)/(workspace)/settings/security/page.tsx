import type { Metadata } from "next";
import { Panel } from "@/app/_components/panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { roleCan } from "@/lib/auth/workspace-access";
import { listApiTokens } from "@/lib/db/api-tokens";
import { listUserWorkspaces } from "@/lib/db/members";
import { isTwoFactorEnabled } from "@/lib/db/two-factor-status";
import { PageHeader } from "../../../_components/page-header";
import { ApiTokenList } from "./api-token-list";
import { CreateApiTokenForm } from "./create-api-token-form";
import { SessionsPanel } from "./sessions-panel";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "Security" };

export default async function SecuritySettingsPage() {
  const user = await requirePageUser();
  const [tokens, workspaces, hasTwoFactor] = await Promise.all([
    listApiTokens({ userId: user.userId }),
    listUserWorkspaces({ userId: user.userId }),
    isTwoFactorEnabled({ userId: user.userId }),
  ]);
  const workspaceNames = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]));
  // The same rule as POST /api/api-tokens: workspace tokens for those who manage members, a
  // metrics token for an operator outside any workspace.
  const canCreateToken = user.workspace
    ? roleCan(user.workspace.role, "members:manage")
    : user.platformRole === "operator";
  const now = Date.now();
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Security"
        description="Where you are signed in, the API tokens you hold, and two-factor sign-in."
      />
      <Panel heading="Sessions" tone="plain" className="mt-8">
        <p className="mt-1 text-sm text-slate-600">
          Revoke a session you do not recognise: that browser is signed out on its next request.
        </p>
        <SessionsPanel />
      </Panel>
      <Panel heading="API tokens" tone="plain" className="mt-8">
        <p className="mt-1 text-sm text-slate-600">
          A token acts as you in one workspace, for scripts and integrations. Removing you from the
          workspace revokes it.
        </p>
        {canCreateToken ? (
          <CreateApiTokenForm />
        ) : (
          <p className="mt-2 text-sm text-slate-700">
            Your role cannot create tokens; owners and admins can.
          </p>
        )}
        <ApiTokenList
          tokens={tokens
            .filter((token) => token.revokedAt === null)
            .map((token) => ({
              id: token.id,
              name: token.name,
              tokenPrefix: token.tokenPrefix,
              createdAt: token.createdAt.toISOString(),
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              expiresAt: token.expiresAt?.toISOString() ?? null,
              isExpired: token.expiresAt !== null && token.expiresAt.getTime() <= now,
              workspaceName: token.companyId ? (workspaceNames.get(token.companyId) ?? null) : null,
            }))}
        />
      </Panel>
      <Panel heading="Two-factor sign-in" tone="plain" className="mt-8">
        <TwoFactorPanel isEnabled={hasTwoFactor} />
      </Panel>
    </>
  );
}

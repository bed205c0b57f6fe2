import type { Metadata } from "next";
import { Panel } from "@/app/_components/panel";
import { requirePageMember } from "@/lib/auth/require-page-user";
import { listWorkspaceSsoProviders } from "@/lib/auth/sso-providers";
import { workspaceRoleLabels } from "@/lib/auth/workspace-role-labels";
import { env } from "@/lib/env.mjs";
import { PageHeader } from "../../../_components/page-header";
import { RegisterSsoProviderForm } from "./register-sso-provider-form";
import { SsoProviderList } from "./sso-provider-list";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoSettingsPage() {
  const member = await requirePageMember("members:manage");
  const providers = await listWorkspaceSsoProviders({ companyId: member.companyId });
  const callbackBase = `${env.APP_URL ?? `http://localhost:${env.PORT}`}/api/auth/sso/callback/`;
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Single sign-on"
        description="People of your email domain sign in through your identity provider (OpenID Connect) and join this workspace with the role you choose. SAML and SCIM are not supported yet."
      />
      <Panel heading={`Identity providers (${providers.length})`} tone="plain" className="mt-8">
        <SsoProviderList
          providers={providers.map((provider) => ({
            ...provider,
            roleLabel: workspaceRoleLabels[provider.defaultRole],
          }))}
        />
      </Panel>
      <Panel heading="Register an identity provider" tone="plain" className="mt-8">
        <p className="mt-1 mb-3 max-w-2xl text-sm text-slate-700">
          In your provider, create a web client with a client secret and the redirect URI{" "}
          <code className="break-all rounded bg-slate-100 px-1">{callbackBase}&lt;name&gt;</code>,
          using the name you give below. The secret stays on the server and is never shown again.
        </p>
        <RegisterSsoProviderForm companyId={member.companyId} />
      </Panel>
    </>
  );
}

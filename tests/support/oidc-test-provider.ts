// A real OpenID provider (panva's oidc-provider, OpenID certified) on loopback, for SSO tests:
// one confidential client, accounts by email, and an interaction step that logs in whoever the
// test named with `signInAs` and consents to what the client asked for, without HTML forms.
import http from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./free-port";

export type OidcTestAccount = { sub: string; email: string; name: string };

export type OidcTestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next interaction logs in. */
  signInAs: (account: OidcTestAccount) => void;
  stop: () => Promise<void>;
};

export async function startOidcTestProvider(options: {
  redirectUris: string[];
}): Promise<OidcTestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = `client-${port}`;
  const clientSecret = `secret-${crypto.randomUUID()}`;
  const accounts = new Map<string, OidcTestAccount>();
  let nextAccount: OidcTestAccount | null = null;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: true, name: account.name }),
      };
    },
    cookies: { keys: [crypto.randomUUID()] },
  });

  const finishInteraction = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "login") {
      if (!nextAccount) throw new Error("Call signInAs before the SSO sign-in.");
      accounts.set(nextAccount.sub, nextAccount);
      const login = { accountId: nextAccount.sub };
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
      return;
    }
    const accountId = details.session?.accountId;
    const clientIdOfRequest = details.params.client_id;
    if (typeof accountId !== "string" || typeof clientIdOfRequest !== "string") {
      throw new Error("Consent without a logged-in account.");
    }
    const grant = new provider.Grant({ accountId, clientId: clientIdOfRequest });
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      {
        mergeWithLastSubmission: true,
      },
    );
  };

  const callback = provider.callback();
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith("/interaction/")) {
      finishInteraction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(error instanceof Error ? error.message : "interaction failed");
      });
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => {
      nextAccount = account;
    },
    stop: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// The browser's part of an SSO sign-in: follows the IdP's redirects (keeping its cookies) until it
// sends the browser back to the app, and returns that URL. The app itself is called in-process.

const maxHops = 12;

function storeCookies(jar: Map<string, string>, response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (!pair || eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    // oidc-provider clears a cookie with an empty value and a past expiry.
    if (value === "" || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name);
    else jar.set(name, value);
  }
}

export async function followIdpRedirects(options: {
  authorizationUrl: string;
  appOrigin: string;
}): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(options.authorizationUrl);
  for (let hop = 0; hop < maxHops; hop++) {
    if (url.origin === options.appOrigin) return url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, {
      redirect: "manual",
      headers: cookie ? { cookie } : {},
    });
    storeCookies(jar, response);
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(
        `The IdP answered ${response.status} at ${url.pathname}: ${await response.text()}`,
      );
    }
    url = new URL(location, url);
  }
  throw new Error("The IdP kept redirecting.");
}

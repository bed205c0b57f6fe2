/** The provider's email domain(s) — better-auth allows a comma list, the app registers one. */
export function isEmailInProviderDomain(email: string, providerDomain: string): boolean {
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return providerDomain.split(",").some((claimed) => claimed.trim().toLowerCase() === domain);
}

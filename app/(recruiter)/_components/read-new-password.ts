/** better-auth's minPasswordLength (lib/auth/better-auth.ts); the server refuses shorter ones too. */
export const minPasswordLength = 10;
export const passwordHint = `At least ${minPasswordLength} characters.`;

export type NewPasswordResult = { ok: true; value: string } | { ok: false; message: string };

/** The new password of a form with `password` and, when present, `confirmPassword` fields. */
export function readNewPassword(form: FormData): NewPasswordResult {
  const value = String(form.get("password") ?? "");
  if (value.length < minPasswordLength) {
    return { ok: false, message: `The password needs at least ${minPasswordLength} characters.` };
  }
  if (form.has("confirmPassword") && form.get("confirmPassword") !== value) {
    return { ok: false, message: "The two passwords differ. Type the same password twice." };
  }
  return { ok: true, value };
}

// dateStyle/timeStyle cannot be combined with timeZoneName (Intl throws), hence the fields.
const expiryFormat = new Intl.DateTimeFormat("en", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

/** When an invitation expires, in the reader's time zone, which it names. */
export function formatExpiry(date: Date): string {
  return expiryFormat.format(date);
}

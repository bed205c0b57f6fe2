export const mailTimeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "UTC",
});

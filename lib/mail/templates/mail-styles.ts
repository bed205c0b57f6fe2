/** The app's own accent, for messages that carry no company colour. */
export const appAccentColor = "#4338ca";

/** Secondary lines: the address under a button, notes, the opt-out. */
export const smallTextStyle = { color: "#475569", fontSize: "13px", lineHeight: "20px" };

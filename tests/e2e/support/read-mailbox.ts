import type { Page } from "playwright-core";

/**
 * The link of the newest message of one kind to one address, read from the embedded mailbox
 * (/operator/mail) as its recipient would click it. `operatorPage` is signed in as an operator.
 * The request that queues a message has answered before this is called, so the row is there; a
 * few reloads only cover a list rendered from a read that raced the insert.
 */
export async function readNewestMailLink(
  operatorPage: Page,
  options: { to: string; kind: string },
): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await operatorPage.goto("/operator/mail");
    const row = operatorPage
      .getByRole("row")
      .filter({ hasText: options.to })
      .filter({ hasText: options.kind })
      .first();
    if ((await row.count()) > 0) {
      const href = await row.getByRole("link").first().getAttribute("href");
      if (href) return href;
    }
  }
  throw new Error(`No ${options.kind} message to ${options.to} in the mailbox.`);
}

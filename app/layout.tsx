import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { BackendNotice } from "./_components/backend-notice";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interview Platform", template: "%s · Interview Platform" },
  description:
    "Spoken interviews in the browser, evaluated against a rubric, reported to recruiters.",
  // The .ico serves clients without SVG icons; "32x32" stops Chrome preferring it to the SVG.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
  },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can put that response's CSP nonce (proxy.ts) on its
  // scripts; a page prerendered at build time would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <div className="flex min-h-screen flex-col">
          <main className="flex-1">{children}</main>
          <BackendNotice />
        </div>
      </body>
    </html>
  );
}

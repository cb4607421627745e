import fs from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
// Debian's Chromium as root in a container: no sandbox, and no background calls to a network that is not there.
const DEBIAN_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium where present, else Playwright's own browser, else a message that says what to install. */
export function findChromium(): { executablePath?: string; args: string[] } {
  const override = process.env.CHROMIUM_PATH;
  if (override && fs.existsSync(override)) return { executablePath: override, args: DEBIAN_ARGS };
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: DEBIAN_ARGS };
  let bundled = "";
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = "";
  }
  if (bundled && fs.existsSync(bundled)) return { args: [] };
  throw new Error(
    [
      "No Chromium found for the end-to-end tests.",
      "Install one of:",
      "  • Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)",
      "  • anywhere with internet: npx playwright install chromium",
      "  • or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
}

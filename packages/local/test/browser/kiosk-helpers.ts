import type { Browser, Page } from "playwright-core";
import { makeDevice } from "../../src/testing/factories";
import { openPage } from "./harness";

/** A kiosk of this kind paired through the domain (pairing itself is kiosk.test.ts's story), open at /kiosk/. */
export async function openPairedKiosk(browser: Browser, baseUrl: string, kind: "packing_bench" | "clock_in") {
  const paired = await makeDevice(kind);
  const page = await openPage(browser, `${baseUrl}/kiosk/`, { localStorage: { "dianwu.kiosk.deviceToken": paired.token } });
  await page.locator("[data-testid=scan-badge]").waitFor();
  return { page, device: paired.device };
}

export const text = (page: Page, testId: string) =>
  page
    .locator(`[data-testid=${testId}]`)
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);

/** Makes the API unreachable for this page only (the server keeps running for the test's own checks). */
export async function goOffline(page: Page) {
  await page.context().route("**/api/**", (route) => route.abort("internetdisconnected"));
}

export async function goOnline(page: Page) {
  await page.context().unrouteAll({ behavior: "wait" });
}

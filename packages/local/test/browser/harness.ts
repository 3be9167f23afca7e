import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { CONSOLE_DIST, KIOSK_DIST, serveAll } from "../../src/runtime";
import { useTestTable } from "../../src/testing/table";

/**
 * What every browser test file needs: a fresh table, the whole system on a free port (API,
 * console at /, kiosk at /kiosk/), and Debian's Chromium driven by playwright-core.
 */
export async function startSystem() {
  assertBuilt(CONSOLE_DIST, "console");
  assertBuilt(KIOSK_DIST, "kiosk");
  await useTestTable();
  const { server, port } = await serveAll({ port: 0 });
  // The port the OS picked must be the one reported, or every URL below is wrong.
  expect(port).toBeGreaterThan(0);
  expect(port).toBe((server.address() as AddressInfo).port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async stop() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The tests drive the built apps; a missing build is a setup problem, said plainly. */
function assertBuilt(dist: string, name: string) {
  const index = join(dist, "index.html");
  if (!existsSync(index) || !readFileSync(index, "utf8").includes("<script")) {
    throw new Error(`The ${name} is not built (${index}). Run \`npm run build:web\` first.`);
  }
}

/**
 * A page whose console errors and uncaught exceptions end up in the test output. `localStorage`
 * is set before the page's own scripts run (e.g. a kiosk's device token, to skip pairing).
 */
export async function openPage(browser: Browser, url: string, options: { localStorage?: Record<string, string> } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  if (options.localStorage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }, options.localStorage);
  }
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[page error] ${error.message}`));
  // DEBUG_BROWSER=1 prints the page's console and API traffic with timings, for a failing test.
  if (process.env.DEBUG_BROWSER) {
    const started = Date.now();
    const at = () => `${((Date.now() - started) / 1000).toFixed(2)}s`;
    page.on("console", (message) => console.log(`[${at()} console] ${message.text()}`));
    page.on("request", (request) => console.log(`[${at()} →] ${request.method()} ${request.url()} ${request.postData() ?? ""}`));
    page.on("response", (response) => console.log(`[${at()} ←] ${response.status()} ${response.url()}`));
    page.on("requestfailed", (request) => console.log(`[${at()} ✗] ${request.url()} ${request.failure()?.errorText}`));
  }
  await page.goto(url);
  return page;
}

export async function signIn(page: Page, staffNo: string, password: string) {
  await page.fill("input[name=staffNo]", staffNo);
  await page.fill("input[name=password]", password);
  await page.click("form button[type=submit]");
}

/**
 * A keyboard-wedge scanner: the code's keys `gapMs` apart, then Enter, as trusted key events.
 * The keys go through the DevTools protocol with the time each key "happened" set explicitly,
 * the way the OS stamps a real scanner's keys: on a loaded two-core machine both the protocol's
 * round trips and the page's own timers stall for tens of milliseconds, which would make the
 * scanner look like a person and test the machine's load instead of the kiosk.
 */
export async function scan(page: Page, code: string, gapMs = 3) {
  const session = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const keys = [...code].map((key) => ({ key, text: key }));
    const all = [...keys, { key: "Enter", text: "\r", code: "Enter", windowsVirtualKeyCode: 13 }];
    for (const [i, key] of all.entries()) {
      const timestamp = start + (i * gapMs) / 1000;
      await session.send("Input.dispatchKeyEvent", { type: "keyDown", ...key, timestamp });
      await session.send("Input.dispatchKeyEvent", { type: "keyUp", key: key.key, timestamp: timestamp + 0.001 });
    }
  } finally {
    await session.detach();
  }
}

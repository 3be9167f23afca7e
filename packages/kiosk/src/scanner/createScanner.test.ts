import { afterEach, describe, expect, it } from "vitest";
import { createScanner } from "./createScanner";

/** Keydowns on the page with a clock the test controls. */
function keyboard() {
  let now = 0;
  const press = (key: string, after = 5, init: KeyboardEventInit = {}) => {
    now += after;
    const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
    (document.activeElement ?? document.body).dispatchEvent(event);
    return event;
  };
  return {
    timeOf: () => now,
    press,
    scan: (code: string, gap = 5) => {
      for (const key of code) press(key, gap);
      return press("Enter", gap);
    },
  };
}

const config = () => ({ maxInterKeyMs: 35, minLength: 4, gs1Substitute: "" });
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = "";
});

describe("createScanner", () => {
  it("hears a scan whatever has focus, and keeps its Enter from the focused control", async () => {
    const keys = keyboard();
    const scans: string[] = [];
    stop = createScanner({ config, onScan: (code) => void scans.push(code), timeOf: keys.timeOf }).stop;
    document.body.innerHTML = `<button id="b">language</button>`;
    document.getElementById("b")!.focus();
    const enter = keys.scan("DWB7DMNE56VJK");
    await Promise.resolve();
    expect(scans).toEqual(["DWB7DMNE56VJK"]);
    expect(enter.defaultPrevented).toBe(true);
  });

  it("leaves a person's typing and Enter alone", async () => {
    const keys = keyboard();
    const scans: string[] = [];
    stop = createScanner({ config, onScan: (code) => void scans.push(code), timeOf: keys.timeOf }).stop;
    const enter = keys.scan("1234", 200);
    await Promise.resolve();
    expect(scans).toEqual([]);
    expect(enter.defaultPrevented).toBe(false);
  });

  it("reads Ctrl+] as the GS1 separator", async () => {
    const keys = keyboard();
    const scans: string[] = [];
    stop = createScanner({ config, onScan: (code) => void scans.push(code), timeOf: keys.timeOf }).stop;
    for (const key of "0101") keys.press(key);
    keys.press("]", 5, { ctrlKey: true });
    for (const key of "10AB") keys.press(key);
    keys.press("Enter");
    await Promise.resolve();
    expect(scans).toEqual(["0101\x1d10AB"]);
  });

  it("queues a scan that arrives while the previous one is still being handled", async () => {
    const keys = keyboard();
    const handled: string[] = [];
    let release!: () => void;
    const scanner = createScanner({
      config,
      timeOf: keys.timeOf,
      onScan: (code) => {
        handled.push(code);
        if (handled.length === 1) return new Promise<void>((resolve) => (release = resolve));
      },
    });
    stop = scanner.stop;
    keys.scan("FIRST001");
    keys.scan("SECOND02", 3);
    await Promise.resolve();
    expect(handled).toEqual(["FIRST001"]);
    expect(scanner.pending()).toBe(2);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handled).toEqual(["FIRST001", "SECOND02"]);
  });

  it("stops listening when stopped", async () => {
    const keys = keyboard();
    const scans: string[] = [];
    const scanner = createScanner({ config, onScan: (code) => void scans.push(code), timeOf: keys.timeOf });
    scanner.stop();
    keys.scan("DWB7DMNE56VJK");
    await Promise.resolve();
    expect(scans).toEqual([]);
  });
});

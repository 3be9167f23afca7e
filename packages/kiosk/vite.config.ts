import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";

/** Relative asset paths: the same build is served at / (cloud) or /kiosk/ (one machine). */
export default defineConfig({
  plugins: [solid()],
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  test: {
    name: "kiosk",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    passWithNoTests: true,
  },
});

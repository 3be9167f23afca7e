import { defineConfig } from "vitest/config";

/**
 * One run for everything: unit and integration tests (node), the front-ends' component tests
 * (their own vite configs), browser tests and the stack assertions. DynamoDB Local is started
 * once per run by test/global-setup.ts; each test file makes a table of its own.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          // The front-ends' own tests run in their projects below (jsdom), not here.
          include: ["packages/{core,functions,local}/{src,test}/**/*.test.ts", "infra/test/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
          pool: "forks",
          // The SDK's notice that Node 22 will be needed in 2027 is true and noisy; the README says it once.
          env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
        },
      },
      "packages/console/vite.config.ts",
      "packages/kiosk/vite.config.ts",
    ],
  },
});

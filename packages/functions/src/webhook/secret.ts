import { unavailable } from "@dianwu/core/error";

/**
 * The shop webhook's shared secret (SHOP_WEBHOOK_SECRET), set at start-up: by the local runtime's
 * wire() and by the Lambda's initCloud() from Secrets Manager. Never read from the environment here.
 */
let secret: string | undefined;

export function setWebhookSecret(value: string) {
  secret = value;
}

export function useWebhookSecret(): string {
  if (!secret) throw unavailable("webhook.unconfigured", "The shop webhook has no secret configured");
  return secret;
}

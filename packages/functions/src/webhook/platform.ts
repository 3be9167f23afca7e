import { setTradeSource, TopTradeSource } from "@dianwu/core/orders";
import { setWebhookSecret } from "./secret";

/**
 * The shop platform's side of start-up in the cloud: the webhook secret, and the trade source that
 * completes id-only messages. With TOP credentials in the application secret (topAppKey,
 * topAppSecret, topSession) trades come from `taobao.trade.fullinfo.get`; without them only
 * messages that embed their trade are complete (the embedded source, as locally).
 */
export interface ShopPlatformSecrets {
  webhookSecret: string;
  topAppKey?: string;
  topAppSecret?: string;
  topSession?: string;
}

export function configureShopPlatform(secrets: ShopPlatformSecrets) {
  setWebhookSecret(secrets.webhookSecret);
  if (secrets.topAppKey && secrets.topAppSecret && secrets.topSession) {
    setTradeSource(new TopTradeSource({ appKey: secrets.topAppKey, appSecret: secrets.topAppSecret, session: secrets.topSession }));
  }
}

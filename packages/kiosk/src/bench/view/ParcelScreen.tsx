import { createMemo, For, Show } from "solid-js";
import { missingLines } from "@dianwu/core/packing/bench/verify";
import { useI18n, type MessageKey } from "../../i18n";
import { isDone, type ParcelSession } from "../session";

/** A remark token from the manifest as a banner: `merged:2` → "合单：2 个订单". */
function remark(token: string): { key: MessageKey; params?: Record<string, string | number> } | undefined {
  const [name, value] = token.split(":");
  switch (name) {
    case "merged":
      return { key: "remark.merged", params: { count: value ?? "?" } };
    case "memo-mentions-gift":
      return { key: "remark.memoGift" };
    case "unknown-sku":
      return { key: "remark.unknownSku", params: { line: Number(value ?? 0) + 1 } };
    case "reprint-required":
      return { key: "remark.reprint" };
    case "no-waybill":
      return { key: "remark.noWaybill" };
    default:
      return undefined;
  }
}

/**
 * The open parcel, readable from a step away: what goes in (style, colour, size, quantity, large),
 * what the buyer and the seller wrote, the gifts, and what to scan next.
 */
export function ParcelScreen(props: { session: ParcelSession; lastLine?: number }) {
  const { t } = useI18n();
  // The manifest is the same object for the whole parcel; a memo stops each scan from reaching
  // what depends only on it (banners, the rows themselves).
  const manifest = createMemo(() => props.session.manifest);
  const counts = () => props.session.progress.counts;
  const scannedUnits = () => counts().reduce((sum, n) => sum + n, 0);
  const remaining = () => missingLines(manifest(), props.session.progress).reduce((sum, m) => sum + m.remaining, 0);
  const done = () => isDone(props.session);
  const label = () => manifest().expectedLabels[0];
  // Per parcel, not per scan: the banners stay put while the counts change.
  const remarks = createMemo(() => manifest().remarks.map(remark).filter((r) => r !== undefined));
  const gifts = createMemo(() => manifest().gifts.map((g) => `${g.name} ×${g.quantity}`).join("，"));

  return (
    <section class="parcel" data-testid="parcel" data-parcel-id={props.session.parcelId} data-complete={done() ? "true" : "false"}>
      <header class="parcel-head">
        <span class="parcel-id" data-testid="parcel-id">
          {props.session.parcelId}
        </span>
        <span class="parcel-waybill">
          {manifest().waybill ? `${manifest().waybill!.carrierName} ${manifest().waybill!.number}` : t("remark.noWaybill")}
        </span>
        <span class="parcel-buyer">
          {manifest().buyerNick} · {manifest().receiver.name} · {manifest().receiver.city}
          {manifest().receiver.district}
        </span>
        <span class="parcel-units" data-testid="parcel-units">
          {scannedUnits()}/{manifest().totalUnits}
        </span>
      </header>

      <div class="banners">
        <For each={manifest().notes}>
          {(note) => (
            <>
              <Show when={note.buyerMessage}>
                <p class="banner banner-note" data-testid="buyer-message">
                  <b>{t("parcel.buyerMessage")}</b> {note.buyerMessage}
                </p>
              </Show>
              <Show when={note.sellerMemo}>
                <p class="banner banner-note" data-testid="seller-memo">
                  <b>{t("parcel.sellerMemo")}</b> {note.sellerMemo}
                </p>
              </Show>
            </>
          )}
        </For>
        <Show when={manifest().gifts.length > 0}>
          <p class="banner banner-gift" data-testid="gifts">
            <b>{t("parcel.gifts")}</b> {gifts()}
          </p>
        </Show>
        <For each={remarks()}>
          {(r) => <p class="banner banner-remark">{t(r.key, r.params)}</p>}
        </For>
        <Show when={props.session.forced}>
          {(forced) => (
            <p class="banner banner-forced" data-testid="forced">
              {t("parcel.forced", { name: forced().name, reason: forced().reason })}
            </p>
          )}
        </Show>
      </div>

      <table class="lines">
        <thead>
          <tr>
            <th>{t("parcel.style")}</th>
            <th>{t("parcel.colour")}</th>
            <th>{t("parcel.size")}</th>
            <th>{t("parcel.name")}</th>
            <th>{t("parcel.bin")}</th>
            <th>{t("parcel.count")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={manifest().lines}>
            {(line) => {
              const count = () => counts()[line.line] ?? 0;
              const complete = () => count() >= line.quantity;
              const last = () => props.lastLine === line.line;
              return (
                <tr
                  class="line"
                  classList={{ "line-complete": complete(), "line-last": last() }}
                  data-testid="line"
                  data-line={line.line}
                  data-count={count()}
                  data-quantity={line.quantity}
                >
                  <td class="line-style">{line.styleCode}</td>
                  <td class="line-colour">{line.colour}</td>
                  <td class="line-size">{line.size}</td>
                  <td class="line-name">
                    {line.name}
                    <Show when={line.gift}>
                      <span class="gift-tag">{t("parcel.gift")}</span>
                    </Show>
                    <Show when={line.uniqueTracked}>
                      <span class="unit-tag">{t("parcel.uniqueTracked")}</span>
                    </Show>
                  </td>
                  <td class="line-bin">{line.bin ?? ""}</td>
                  <td class="line-count">
                    <span class="line-done">{count()}</span>/{line.quantity}
                    <Show when={complete()}>
                      <span class="tick"> ✓</span>
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>

      <p class={`parcel-prompt ${done() ? "parcel-prompt-label" : ""}`} data-testid="parcel-prompt">
        {done() ? (label() ? t("parcel.scanLabel", { label: label()! }) : t("parcel.scanLabelNone")) : t("parcel.scanItems", { remaining: remaining() })}
      </p>
    </section>
  );
}

import { For, Match, Show, Switch } from "solid-js";
import type { Slip } from "../../api/bench";
import type { BatchDetail } from "../../api/handover";
import { useI18n } from "../../i18n";
import { clockTime } from "../../lib/time";

export type Printable = { kind: "slip"; slip: Slip } | { kind: "batch"; batch: BatchDetail };

const waybillOf = (w: BatchDetail["parcels"][number]["waybill"]) => (typeof w === "string" ? w : (w?.number ?? ""));

/**
 * What `window.print()` prints: the outbound slip (出库单) that goes into the parcel, or the
 * handover list the courier signs. Hidden on screen; the print style sheet shows only this.
 */
export function PrintArea(props: { printable?: Printable; timeZone: string }) {
  const { t } = useI18n();
  const as = <K extends Printable["kind"]>(kind: K) => (props.printable?.kind === kind ? (props.printable as Extract<Printable, { kind: K }>) : undefined);
  return (
    <div class="print-area" data-testid="print-area">
      <Switch>
        <Match when={as("slip")}>
          {(p) => (
            <article class="slip">
              <h1>
                {p().slip.shopName} · {t("slip.title")}
              </h1>
              <p>
                {p().slip.parcelId} · {p().slip.waybill ? `${p().slip.waybill!.carrierName} ${p().slip.waybill!.number}` : ""}
              </p>
              <p>
                {t("slip.orders")} {p().slip.tids.join(", ")} · {p().slip.buyerNick}
              </p>
              <p>
                {p().slip.receiver.name} {p().slip.receiver.mobile} {p().slip.receiver.address}
              </p>
              <table>
                <thead>
                  <tr>
                    <th>{t("parcel.style")}</th>
                    <th>{t("parcel.colour")}</th>
                    <th>{t("parcel.size")}</th>
                    <th>{t("parcel.name")}</th>
                    <th>{t("parcel.bin")}</th>
                    <th>{t("slip.quantity")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={p().slip.lines}>
                    {(line) => (
                      <tr>
                        <td>{line.styleCode}</td>
                        <td>{line.colour}</td>
                        <td>{line.size}</td>
                        <td>
                          {line.name}
                          {line.gift ? ` (${t("parcel.gift")})` : ""}
                        </td>
                        <td>{line.bins.map((b) => `${b.binCode}×${b.qty}`).join(" ")}</td>
                        <td>{line.quantity}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p>{t("slip.total", { units: p().slip.totalUnits })}</p>
              <For each={p().slip.notes}>
                {(note) => (
                  <p>
                    {note.buyerMessage ? `${t("parcel.buyerMessage")} ${note.buyerMessage} ` : ""}
                    {note.sellerMemo ? `${t("parcel.sellerMemo")} ${note.sellerMemo}` : ""}
                  </p>
                )}
              </For>
              <Show when={p().slip.forced}>{(forced) => <p>{t("parcel.forced", { name: forced().name, reason: forced().reason })}</p>}</Show>
              <p>{t("slip.packed", { time: clockTime(p().slip.packedAt, props.timeZone), staffNo: p().slip.packedBy, bench: p().slip.bench.name })}</p>
            </article>
          )}
        </Match>
        <Match when={as("batch")}>
          {(p) => (
            <article class="handover-list">
              <h1>{t("handover.listTitle", { carrier: p().batch.carrierName, day: p().batch.day })}</h1>
              <p>{t("handover.listCount", { count: p().batch.count })}</p>
              <table>
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t("handover.waybill")}</th>
                    <th>{t("handover.parcel")}</th>
                    <th>{t("handover.receiver")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={p().batch.parcels}>
                    {(parcel, i) => (
                      <tr>
                        <td>{i() + 1}</td>
                        <td>{waybillOf(parcel.waybill)}</td>
                        <td>{parcel.parcelId}</td>
                        <td>
                          {parcel.receiverName} {parcel.receiverCity}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p>{t("handover.signature", { courier: p().batch.courierName ?? "" })}</p>
            </article>
          )}
        </Match>
      </Switch>
    </div>
  );
}

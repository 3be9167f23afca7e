import { For, Show } from "solid-js";
import type { ByHour } from "../../api/bench";
import { useI18n } from "../../i18n";
import { hourRange, totalsByHour } from "./hours";

export interface HourlyRow {
  key: string;
  label: string;
  sublabel?: string;
  packed: number;
  units: number;
  byHour: ByHour;
}

/** Parcels packed per hour, one row per bench or packer, with the day's totals; the busiest hour shaded darkest. */
export function HourlyTable(props: { title: string; rows: HourlyRow[]; empty: string; testId: string }) {
  const { t } = useI18n();
  const hours = () => hourRange(props.rows);
  const totals = () => totalsByHour(props.rows);
  const peak = () => Math.max(1, ...props.rows.flatMap((row) => Object.values(row.byHour)));
  const shade = (n: number) => (n > 0 ? `rgba(11, 98, 214, ${(0.1 + (0.55 * n) / peak()).toFixed(2)})` : undefined);
  return (
    <section class="card" data-testid={props.testId}>
      <h2>{props.title}</h2>
      <Show when={props.rows.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <div class="table-scroll">
          <table class="table table-compact hourly">
            <thead>
              <tr>
                <th />
                <For each={hours()}>{(hour) => <th class="num">{hour}</th>}</For>
                <th class="num">{t("bench.packed")}</th>
                <th class="num">{t("bench.units")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(row) => (
                  <tr data-key={row.key}>
                    <th class="row-head">
                      {row.label}
                      <Show when={row.sublabel}>
                        <span class="muted small mono"> {row.sublabel}</span>
                      </Show>
                    </th>
                    <For each={hours()}>
                      {(hour) => (
                        <td class="num" style={{ background: shade(row.byHour[hour] ?? 0) }}>
                          {row.byHour[hour] ?? 0}
                        </td>
                      )}
                    </For>
                    <td class="num strong" data-testid="packed">
                      {row.packed}
                    </td>
                    <td class="num">{row.units}</td>
                  </tr>
                )}
              </For>
            </tbody>
            <tfoot>
              <tr>
                <th class="row-head">{t("bench.total")}</th>
                <For each={hours()}>{(hour) => <td class="num">{totals()[hour] ?? 0}</td>}</For>
                <td class="num strong">{props.rows.reduce((sum, row) => sum + row.packed, 0)}</td>
                <td class="num">{props.rows.reduce((sum, row) => sum + row.units, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </Show>
    </section>
  );
}

import { A, useSearchParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import * as BenchApi from "../../api/bench";
import type { HandoverBatch } from "../../api/bench";
import { Field, inputValue } from "../../components/Field";
import { Page } from "../../components/Page";
import { Empty, Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { useShopTime } from "../orders/shop-time";
import { HandoverTable } from "./HandoverTable";

/** A shop day's carrier handover batches (交接), each with its printable list. */
export function HandoverBatchesPage() {
  const { t } = useI18n();
  const clock = useShopTime();
  const [params, setParams] = useSearchParams<{ day?: string }>();
  const day = () => (/^\d{4}-\d{2}-\d{2}$/.test(params.day ?? "") ? params.day! : clock.day(Date.now()));
  const [batches, { refetch }] = createResource(day, BenchApi.handoverBatches);

  const columns = (): CsvColumn<HandoverBatch>[] => [
    { header: t("bench.day"), value: (b) => b.day },
    { header: t("bench.carrier"), value: (b) => b.carrierName },
    { header: t("bench.parcelCount"), value: (b) => b.count },
    { header: t("bench.batchState"), value: (b) => t(`bench.batchState.${b.state}`) },
    { header: t("bench.courier"), value: (b) => b.courierName },
    { header: t("bench.courierPhone"), value: (b) => b.courierPhone },
    { header: t("bench.bench"), value: (b) => b.benchName },
    { header: t("bench.createdBy"), value: (b) => b.createdBy },
    { header: t("bench.createdAt"), value: (b) => clock.dateTime(b.createdAt) },
    { header: t("bench.closedAt"), value: (b) => (b.closedAt ? clock.dateTime(b.closedAt) : "") },
    { header: t("bench.batchId"), value: (b) => b.batchId },
  ];

  return (
    <Page
      title={t("bench.handoverTitle")}
      actions={
        <>
          <Field label="">
            <input type="date" name="day" aria-label={t("bench.day")} value={day()} onChange={(e) => setParams({ day: inputValue(e) || undefined })} />
          </Field>
          <ExportCsvButton fileName={() => `handover-${day()}.csv`} build={async () => ({ csv: toCsv(columns(), batches.latest ?? []) })} disabled={!batches.latest?.length} />
          <A href="/bench">{t("common.back")}</A>
        </>
      }
    >
      <Loadable resource={batches} retry={refetch}>
        {(items) => (
          <Show when={items().length > 0} fallback={<Empty>{t("bench.noBatches")}</Empty>}>
            <HandoverTable batches={items()} />
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

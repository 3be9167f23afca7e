import { A, useParams, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { Page } from "../../../components/Page";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { MonthPicker } from "../MonthPicker";
import { createStaffNames } from "../staff-names";
import { PersonMonth } from "./PersonMonth";

/** A supervisor's view of one person's month. */
export function PersonPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const params = useParams<{ staffNo: string }>();
  const [search, setSearch] = useSearchParams();
  const month = () => (typeof search.month === "string" && /^\d{4}-\d{2}$/.test(search.month) ? search.month : time.thisMonth());
  const names = createStaffNames(() => true);
  return (
    <Page
      title={t("att.person.title", { person: names.label(params.staffNo) })}
      actions={
        <>
          <MonthPicker value={month()} onChange={(m) => setSearch({ month: m })} />
          <A href={`/attendance/summaries?month=${month()}`}>{t("common.back")}</A>
        </>
      }
    >
      <Show when={`${params.staffNo}|${month()}`} keyed>
        <PersonMonth staffNo={params.staffNo} month={month()} />
      </Show>
    </Page>
  );
}

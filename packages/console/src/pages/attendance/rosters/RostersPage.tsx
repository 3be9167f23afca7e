import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import { ApiError } from "../../../api/problem";
import type { Department } from "../../../api/types";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { useAttendanceAccess } from "../access";
import { DepartmentPicker } from "../DepartmentPicker";
import { MonthPicker } from "../MonthPicker";
import { shiftMonth } from "../labels";
import { GenerateForm } from "./GenerateForm";
import { RosterEditor } from "./RosterEditor";

/** A department's roster (排班表) for a month: generate a draft, edit it against the coverage, publish. */
export function RostersPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const access = useAttendanceAccess();
  const [params, setParams] = useSearchParams();
  const department = () => (access.supervised().includes(params.department as Department) ? (params.department as Department) : access.home());
  const month = () => (typeof params.month === "string" && /^\d{4}-\d{2}$/.test(params.month) ? params.month : shiftMonth(time.thisMonth(), 1));
  const [list, { refetch: refetchList }] = createResource(month, AttendanceApi.rosters);
  // No roster yet is an answer (null), not a failure: the page offers to generate one.
  const [roster, { refetch, mutate }] = createResource(
    () => [department(), month()] as const,
    async ([d, m]) => {
      try {
        return await AttendanceApi.roster(d, m);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  );
  const statusOf = (d: Department) => list.latest?.find((r) => r.department === d)?.status;

  return (
    <Page
      title={t("att.rosters.title")}
      actions={
        <>
          <DepartmentPicker value={department()} options={access.supervised()} onChange={(d) => setParams({ department: d })} />
          <MonthPicker value={month()} onChange={(m) => setParams({ month: m })} />
        </>
      }
    >
      <Show when={access.supervised().length > 1}>
        <div class="chips roster-statuses">
          <For each={access.supervised()}>
            {(d) => (
              <button type="button" class="chip" classList={{ "chip-info": d === department() }} onClick={() => setParams({ department: d })}>
                {t(`department.${d}`)} · {statusOf(d) ? t(`att.rosterStatus.${statusOf(d) as "draft"}`) : t("att.rosters.none")}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Loadable resource={roster} retry={refetch}>
        {(current) => (
          // Keyed on which roster it is, not on the roster object: a save or publish answers with a
          // new object, and the editor must stay (with its notice) rather than start over.
          <Show
            when={current() && `${current()!.department}|${current()!.month}`}
            keyed
            fallback={
              <GenerateForm
                department={department()}
                month={month()}
                onGenerated={(generated) => {
                  mutate(generated);
                  void refetchList();
                }}
              />
            }
          >
            <RosterEditor
              roster={current()!}
              onChanged={(next) => {
                mutate(next);
                void refetchList();
              }}
            />
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { FineListFilter, FineRule } from "../../../api/service-types";
import type { Department } from "../../../api/types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { DepartmentPicker } from "../../attendance/DepartmentPicker";
import { createStaffNames } from "../../attendance/staff-names";
import { useServiceAccess } from "../access";
import { filterFines } from "../format";
import { finesCsv } from "./fines-csv";
import { FinesTable } from "./FinesTable";
import { IssueFineDialog } from "./IssueFineDialog";
import { FINE_RULES } from "./rules";

/**
 * A department's fines (visible to the whole department), narrowed by rule, by the HR flag or to
 * one person; supervisors issue fines here, the person fined appeals. `hrFlags` opens it as HR's
 * view: only the escalations flagged for HR.
 */
export function FinesPage(props: { hrFlags?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const time = useShopTime();
  const access = useServiceAccess();
  const [department, setDepartment] = createSignal<Department>(access.home());
  const [rule, setRule] = createSignal<FineRule | "">("");
  const [flagged, setFlagged] = createSignal(!!props.hrFlags);
  const [staffNo, setStaffNo] = createSignal("");
  const [issuing, setIssuing] = createSignal(false);
  const [notice, setNotice] = createSignal<string>();
  const names = createStaffNames(() => access.isSupervisor());
  const filter = (): FineListFilter => ({ rule: rule() || undefined, flagHr: flagged() ? true : undefined });
  // One person's fines come whole from the API; a department's page by page, filtered there.
  const fetchPage = async (cursor: string | null) => {
    const person = staffNo().trim();
    if (/^\d{3,8}$/.test(person)) return { items: filterFines(await ServiceApi.myFines(person), filter()), cursor: null };
    return ServiceApi.departmentFines(department(), cursor, filter());
  };
  const list = createPagedList(fetchPage);
  createEffect(on([department, rule, flagged, staffNo], () => void list.reset()));
  const refresh = (message: string) => {
    setNotice(message);
    void list.reset();
  };

  return (
    <Page
      title={props.hrFlags ? t("svc.hrFlags.title") : t("svc.fines.title")}
      actions={
        <>
          <ExportCsvButton
            fileName={() => `fines-${department()}${flagged() ? "-hr" : ""}.csv`}
            build={async () => {
              const { items, truncated } = await allPages(fetchPage);
              return { truncated, csv: finesCsv(i18n, time.dateTime, items) };
            }}
            disabled={list.items().length === 0}
          />
          <Show when={!props.hrFlags && access.supervises(department())}>
            <button type="button" class="button-primary" data-testid="issue-fine" onClick={() => setIssuing(true)}>
              {t("svc.fine.issue")}
            </button>
          </Show>
        </>
      }
    >
      <p class="muted">{props.hrFlags ? t("svc.hrFlags.hint") : t("svc.fines.hint")}</p>
      <div class="filters">
        <DepartmentPicker value={department()} options={access.departments()} onChange={setDepartment} />
        <Field label={t("svc.fine.rule")}>
          <select name="rule" value={rule()} onChange={(e) => setRule(e.currentTarget.value as FineRule | "")}>
            <option value="">{t("svc.fines.allRules")}</option>
            <For each={FINE_RULES}>{(r) => <option value={r}>{t(`svc.rule.${r}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("svc.fine.staffNo")} hint={t("svc.fines.staffHint")}>
          <input name="staffNo" inputmode="numeric" value={staffNo()} onChange={(e) => setStaffNo(e.currentTarget.value)} />
        </Field>
        <Show when={!props.hrFlags}>
          <label class="checkbox">
            <input type="checkbox" name="flagHr" checked={flagged()} onChange={(e) => setFlagged(e.currentTarget.checked)} />
            {t("svc.fines.onlyFlagged")}
          </label>
        </Show>
      </div>
      <Show when={notice()}>
        <Notice>
          <span data-testid="fines-notice">{notice()}</span>
        </Notice>
      </Show>
      <PagedView list={list} empty={props.hrFlags ? t("svc.hrFlags.empty") : t("svc.fines.empty")}>
        <FinesTable fines={list.items()} me={access.staffNo()} names={names} onChanged={(_, message) => refresh(message)} />
      </PagedView>
      <Show when={issuing()}>
        <IssueFineDialog
          department={department()}
          names={names}
          onClose={() => setIssuing(false)}
          onIssued={(message) => {
            setIssuing(false);
            refresh(message);
          }}
        />
      </Show>
    </Page>
  );
}

import { createEffect, createResource, createSignal, on, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { Department } from "../../../api/types";
import { Page } from "../../../components/Page";
import { Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { DepartmentPicker } from "../../attendance/DepartmentPicker";
import { createStaffNames } from "../../attendance/staff-names";
import { useServiceAccess } from "../access";
import { MemoHistory } from "./MemoHistory";
import { OpenItems } from "./OpenItems";
import { WriteMemoDialog } from "./WriteMemoDialog";

/**
 * Handover memos (交接备忘录): the items still open, which the incoming shift acknowledges one by
 * one and closes when done (a supervisor may mark one dropped, which can fine someone), the memo
 * the outgoing shift writes, and the memos before.
 */
export function HandoversPage() {
  const { t } = useI18n();
  const access = useServiceAccess();
  const [department, setDepartment] = createSignal<Department>(access.home());
  const [writing, setWriting] = createSignal(false);
  const [notice, setNotice] = createSignal<string>();
  const [open, { refetch, mutate }] = createResource(department, (d) => ServiceApi.openItems(d));
  const [historyVersion, setHistoryVersion] = createSignal(0);
  const names = createStaffNames(() => access.isSupervisor());
  createEffect(on(department, () => setNotice(undefined), { defer: true }));
  const refreshAll = () => {
    void refetch();
    setHistoryVersion((v) => v + 1);
  };

  return (
    <Page
      title={t("svc.handovers.title")}
      actions={
        <>
          <DepartmentPicker value={department()} options={access.departments()} onChange={setDepartment} />
          <button type="button" onClick={refreshAll}>
            {t("svc.refresh")}
          </button>
          <button type="button" class="button-primary" data-testid="write-memo" onClick={() => setWriting(true)}>
            {t("svc.memo.write")}
          </button>
        </>
      }
    >
      <p class="muted">{t("svc.handovers.hint")}</p>
      <Show when={notice()}>
        <Notice>
          <span data-testid="handover-notice">{notice()}</span>
        </Notice>
      </Show>
      <section class="svc-section">
        <h2>{t("svc.open.title")}</h2>
        <Loadable resource={open} retry={refetch}>
          {(items) => (
            <OpenItems
              items={items()}
              me={access.staffNo()}
              supervisor={access.supervises(department())}
              names={names}
              onChanged={(item, message) => {
                mutate((current) => (item.state === "open" ? current?.map((x) => (x.itemId === item.itemId ? item : x)) : current?.filter((x) => x.itemId !== item.itemId)));
                setNotice(message);
                if (item.state !== "open") setHistoryVersion((v) => v + 1);
              }}
            />
          )}
        </Loadable>
      </section>
      <section class="svc-section">
        <h2>{t("svc.history.title")}</h2>
        <MemoHistory department={department()} version={historyVersion()} names={names} />
      </section>
      <Show when={writing()}>
        <WriteMemoDialog
          openCount={open.latest?.length ?? 0}
          onClose={() => setWriting(false)}
          onWritten={(memo) => {
            setWriting(false);
            setNotice(t("svc.memo.written", { count: memo.items.length }));
            refreshAll();
          }}
        />
      </Show>
    </Page>
  );
}

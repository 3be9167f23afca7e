import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { FundEntry } from "../../../api/service-types";
import type { Department } from "../../../api/types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { DepartmentPicker } from "../../attendance/DepartmentPicker";
import { createStaffNames } from "../../attendance/staff-names";
import { useServiceAccess } from "../access";
import { parseYuan, yuan, yuanPlain } from "../format";

/**
 * The department fund (部门基金): fines in, team spending and appeal refunds out, with the balance
 * after each; the whole department reads it, a supervisor records spending.
 */
export function FundPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const access = useServiceAccess();
  const names = createStaffNames(() => access.isSupervisor());
  const [department, setDepartment] = createSignal<Department>(access.home());
  const [balance, setBalance] = createSignal<number>();
  const [spending, setSpending] = createSignal(false);
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList(async (cursor) => {
    const page = await ServiceApi.fund(department(), cursor);
    setBalance(page.balanceFen);
    return page;
  });
  createEffect(on(department, () => {
    setBalance(undefined);
    void list.reset();
  }));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => ServiceApi.fund(department(), cursor));
    return {
      truncated,
      csv: toCsv<FundEntry>(
        [
          { header: t("svc.fund.at"), value: (e) => time.dateTime(e.at) },
          { header: t("svc.fund.kind"), value: (e) => t(`svc.fundKind.${e.kind}`) },
          { header: t("svc.fund.amountYuan"), value: (e) => yuanPlain(e.amountFen) },
          { header: t("svc.fund.balanceYuan"), value: (e) => yuanPlain(e.balanceFen) },
          { header: t("svc.fund.note"), value: (e) => e.note },
          { header: t("svc.fine.staffNo"), value: (e) => e.staffNo },
          { header: t("svc.fund.by"), value: (e) => e.by },
        ],
        // Oldest first, as a ledger is read.
        [...items].reverse(),
      ),
    };
  };

  return (
    <Page
      title={t("svc.fund.title")}
      actions={
        <>
          <DepartmentPicker value={department()} options={access.departments()} onChange={setDepartment} />
          <ExportCsvButton fileName={() => `fund-${department()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
          <Show when={access.supervises(department())}>
            <button type="button" class="button-primary" data-testid="record-spending" onClick={() => setSpending(true)}>
              {t("svc.fund.spend")}
            </button>
          </Show>
        </>
      }
    >
      <p class="muted">{t("svc.fund.hint")}</p>
      <div class="svc-balance">
        <span class="muted">{t("svc.fund.balance")}</span>
        <strong data-testid="fund-balance">{balance() === undefined ? "…" : yuan(balance())}</strong>
      </div>
      <Show when={notice()}>
        <Notice>
          <span data-testid="fund-notice">{notice()}</span>
        </Notice>
      </Show>
      <PagedView list={list} empty={t("svc.fund.empty")}>
        <table class="table" data-testid="fund-ledger">
          <thead>
            <tr>
              <th class="col-narrow">{t("svc.fund.at")}</th>
              <th>{t("svc.fund.kind")}</th>
              <th class="num">{t("svc.fund.amount")}</th>
              <th class="num">{t("svc.fund.balanceAfter")}</th>
              <th>{t("svc.fund.note")}</th>
              <th>{t("svc.fine.person")}</th>
              <th class="col-narrow">{t("svc.fund.by")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(entry) => (
                <tr data-entry-id={entry.entryId} data-kind={entry.kind}>
                  <td class="nowrap">{time.dateTime(entry.at)}</td>
                  <td>{t(`svc.fundKind.${entry.kind}`)}</td>
                  <td class="num money" classList={{ positive: entry.amountFen > 0, negative: entry.amountFen < 0 }} data-testid="amount">
                    {entry.amountFen > 0 ? `+${yuan(entry.amountFen)}` : yuan(entry.amountFen)}
                  </td>
                  <td class="num money">{yuan(entry.balanceFen)}</td>
                  <td>{entry.note}</td>
                  <td>{entry.staffNo ? names.label(entry.staffNo) : ""}</td>
                  <td>{names.label(entry.by)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={spending()}>
        <SpendDialog
          department={department()}
          balanceFen={balance() ?? 0}
          onClose={() => setSpending(false)}
          onSpent={(entry) => {
            setSpending(false);
            setNotice(t("svc.fund.spent", { amount: yuan(-entry.amountFen), balance: yuan(entry.balanceFen) }));
            void list.reset();
          }}
        />
      </Show>
    </Page>
  );
}

function SpendDialog(props: { department: Department; balanceFen: number; onClose: () => void; onSpent: (entry: FundEntry) => void }) {
  const { t } = useI18n();
  const [amount, setAmount] = createSignal("");
  const [note, setNote] = createSignal("");
  const [badAmount, setBadAmount] = createSignal(false);
  const action = createAction((amountFen: number) => ServiceApi.spend(props.department, amountFen, note().trim()));
  return (
    <FormDialog
      title={t("svc.fund.spend")}
      submitLabel={t("svc.fund.spendSubmit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const amountFen = parseYuan(amount());
        setBadAmount(!amountFen);
        if (!amountFen) return;
        const outcome = await action.run(amountFen);
        if (outcome.ok) props.onSpent(outcome.value);
      }}
    >
      <p class="muted">{t("svc.fund.holds", { balance: yuan(props.balanceFen) })}</p>
      <Field label={t("svc.fund.amountYuan")} invalid={badAmount() || action.invalid("amountFen")} message={badAmount() ? t("svc.money.invalid") : undefined}>
        <input name="amount" inputmode="decimal" data-autofocus value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
      </Field>
      <Field label={t("svc.fund.note")} hint={t("svc.fund.noteHint")} invalid={action.invalid("note")}>
        <input name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}

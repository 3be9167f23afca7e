import { createSignal, For, Show, type JSX } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { FineInfo } from "../../../api/service-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { useShopTime } from "../../../lib/shop-time";
import type { createStaffNames } from "../../attendance/staff-names";
import { yuan } from "../format";

type Names = ReturnType<typeof createStaffNames>;

/**
 * Fines with who, rule, amount (escalation shown as "n-th this month", the HR flag), evidence,
 * issuer and the appeal; the person fined appeals their own, once. `actions` adds a cell per row
 * (the appeal decision, on the appeals page).
 */
export function FinesTable(props: { fines: FineInfo[]; me: string; names: Names; onChanged: (fine: FineInfo, message: string) => void; actions?: (fine: FineInfo) => JSX.Element }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [appealing, setAppealing] = createSignal<FineInfo>();
  return (
    <>
      <table class="table" data-testid="fines">
        <thead>
          <tr>
            <th class="col-narrow">{t("svc.fine.issuedAt")}</th>
            <th>{t("svc.fine.person")}</th>
            <th>{t("svc.fine.rule")}</th>
            <th class="num">{t("svc.fine.amount")}</th>
            <th>{t("svc.fine.evidence")}</th>
            <th class="col-narrow">{t("svc.fine.issuedBy")}</th>
            <th>{t("svc.fine.appeal")}</th>
            <th class="col-actions" />
          </tr>
        </thead>
        <tbody>
          <For each={props.fines}>
            {(fine) => (
              <tr data-fine-id={fine.fineId} data-staff-no={fine.staffNo} classList={{ "svc-flagged": fine.flagHr }}>
                <td class="nowrap">{time.dateTime(fine.issuedAt)}</td>
                <td>{props.names.label(fine.staffNo)}</td>
                <td>
                  {t(`svc.rule.${fine.rule}`)}
                  <Show when={fine.rule === "complaint" || fine.rule === "handover-dropped"}>
                    <div class="muted small">{t("svc.fine.occurrence", { n: fine.occurrence })}</div>
                  </Show>
                  <Show when={fine.flagHr}>
                    <div class="chip svc-chip-danger" data-testid="flag-hr">
                      {t("svc.fine.flagHr")}
                    </div>
                  </Show>
                </td>
                <td class="num money" data-testid="amount">
                  {yuan(fine.amountFen)}
                </td>
                <td>
                  <div class="svc-evidence">{fine.evidence}</div>
                  <Show when={fine.reason}>
                    <div class="muted small">{fine.reason}</div>
                  </Show>
                </td>
                <td>{props.names.label(fine.issuedBy)}</td>
                <td data-testid="appeal-state" data-state={fine.appealState}>
                  <Show when={fine.appealState !== "none"} fallback={<span class="muted">{t("svc.appeal.none")}</span>}>
                    <span class={`chip svc-appeal-${fine.appealState}`}>{t(`svc.appeal.${fine.appealState}`)}</span>
                    <Show when={fine.appealReason}>
                      <div class="small">{fine.appealReason}</div>
                    </Show>
                    <Show when={fine.decidedBy}>
                      <div class="muted small">
                        {props.names.label(fine.decidedBy ?? "")} {fine.decisionNote ?? ""}
                      </div>
                    </Show>
                  </Show>
                </td>
                <td class="col-actions">
                  <Show when={fine.staffNo === props.me && fine.appealState === "none"}>
                    <button type="button" class="button-small" data-action="appeal" onClick={() => setAppealing(fine)}>
                      {t("svc.appeal.start")}
                    </button>
                  </Show>
                  {props.actions?.(fine)}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={appealing()}>
        {(fine) => (
          <AppealDialog
            fine={fine()}
            onClose={() => setAppealing(undefined)}
            onAppealed={(updated) => {
              setAppealing(undefined);
              props.onChanged(updated, t("svc.appeal.sent"));
            }}
          />
        )}
      </Show>
    </>
  );
}

function AppealDialog(props: { fine: FineInfo; onClose: () => void; onAppealed: (fine: FineInfo) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = createSignal("");
  const action = createAction(() => ServiceApi.appeal(props.fine.fineId, reason().trim()));
  return (
    <FormDialog
      title={t("svc.appeal.title", { amount: yuan(props.fine.amountFen), rule: t(`svc.rule.${props.fine.rule}`) })}
      submitLabel={t("svc.appeal.submit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onAppealed(outcome.value);
      }}
    >
      <p class="muted">{t("svc.appeal.hint")}</p>
      <Field label={t("svc.appeal.reason")} invalid={action.invalid("reason")}>
        <textarea name="reason" rows="3" data-autofocus value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}

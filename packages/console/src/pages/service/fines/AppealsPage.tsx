import { createResource, createSignal, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import { DecideButtons } from "../../../components/DecideButtons";
import { Page } from "../../../components/Page";
import { Empty, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createStaffNames } from "../../attendance/staff-names";
import { useServiceAccess } from "../access";
import { yuan } from "../format";
import { FinesTable } from "./FinesTable";

/**
 * Appeals waiting for the next level up (the boss, HR). Upholding the appeal overturns the fine
 * and refunds the department fund; rejecting it keeps the fine. The API refuses a decision by the
 * issuer, the person fined, or someone not above the issuer, and says so.
 */
export function AppealsPage() {
  const { t } = useI18n();
  const access = useServiceAccess();
  const [appeals, { refetch, mutate }] = createResource(ServiceApi.openAppeals);
  const [notice, setNotice] = createSignal<string>();
  const names = createStaffNames(() => true);
  return (
    <Page title={t("svc.appeals.title")} actions={<button type="button" onClick={() => void refetch()}>{t("svc.refresh")}</button>}>
      <p class="muted">{t("svc.appeals.hint")}</p>
      <Show when={notice()}>
        <Notice>
          <span data-testid="appeals-notice">{notice()}</span>
        </Notice>
      </Show>
      <Loadable resource={appeals} retry={refetch}>
        {(items) => (
          <Show when={items().length > 0} fallback={<Empty>{t("svc.appeals.empty")}</Empty>}>
            <FinesTable
              fines={items()}
              me={access.staffNo()}
              names={names}
              onChanged={(_, message) => setNotice(message)}
              actions={(fine) => (
                <DecideButtons
                  subject={`${names.label(fine.staffNo)} ${yuan(fine.amountFen)}`}
                  approveLabel={t("svc.appeals.overturn")}
                  rejectLabel={t("svc.appeals.uphold")}
                  onDecide={async (overturn, note) => {
                    await ServiceApi.decideAppeal(fine.fineId, overturn, note);
                    setNotice(overturn ? t("svc.appeals.overturned", { amount: yuan(fine.amountFen) }) : t("svc.appeals.upheld"));
                    mutate((current) => current?.filter((f) => f.fineId !== fine.fineId));
                  }}
                />
              )}
            />
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

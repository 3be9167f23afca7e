import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { StaffApi } from "../../api";
import { Page } from "../../components/Page";
import { Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { useAuth } from "../../providers/auth";
import { BadgePanel } from "../badges/BadgePanel";
import { ResetPassword } from "./ResetPassword";
import { SignOutEverywhere } from "./SignOutEverywhere";
import { StaffDetails } from "./StaffDetails";

/** One person: their record, their password and sessions, their badges, and their history. */
export function StaffEdit() {
  const { t } = useI18n();
  const auth = useAuth();
  const params = useParams<{ staffNo: string }>();
  const [member, { refetch, mutate }] = createResource(() => params.staffNo, StaffApi.get);

  return (
    <Page
      title={member.state === "ready" ? `${member.latest.name} · ${member.latest.staffNo}` : t("staff.title")}
      actions={
        <>
          <A href={`/audit?targetType=staff&targetId=${params.staffNo}`}>{t("staff.history")}</A>
          <A href="/staff">{t("common.back")}</A>
        </>
      }
    >
      <Loadable resource={member} retry={refetch}>
        {(current) => (
          // Keyed on the person: following a link to someone else starts every form afresh.
          <Show when={current().staffNo} keyed>
            <div class="stack">
              <StaffDetails member={current()} editable={auth.isAdmin()} onSaved={(saved) => mutate(saved)} />
              <Show when={auth.isAdmin()}>
                <div class="two-columns">
                  <ResetPassword staffNo={current().staffNo} />
                  <SignOutEverywhere staffNo={current().staffNo} name={current().name} />
                </div>
              </Show>
              <BadgePanel staffNo={current().staffNo} name={current().name} active={current().active} />
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

import { A } from "@solidjs/router";
import { Page } from "../components/Page";
import { useI18n } from "../i18n";

export function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t("notFound.title")}>
      <p>
        <A href="/">{t("notFound.home")}</A>
      </p>
    </Page>
  );
}

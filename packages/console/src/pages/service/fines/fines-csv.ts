import type { FineInfo } from "../../../api/service-types";
import type { I18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { yuanPlain } from "../format";

/** Fines as a CSV in the reader's language, amounts as plain yuan so a spreadsheet sums them. */
export function finesCsv(i18n: I18n, dateTime: (iso: string) => string, fines: readonly FineInfo[]) {
  const { t } = i18n;
  return toCsv<FineInfo>(
    [
      { header: t("svc.fine.issuedAt"), value: (f) => dateTime(f.issuedAt) },
      { header: t("svc.fine.staffNo"), value: (f) => f.staffNo },
      { header: t("svc.fine.rule"), value: (f) => t(`svc.rule.${f.rule}`) },
      { header: t("svc.fine.amountYuan"), value: (f) => yuanPlain(f.amountFen) },
      { header: t("svc.fine.occurrenceHeader"), value: (f) => f.occurrence },
      { header: t("svc.fine.flagHr"), value: (f) => (f.flagHr ? t("svc.yes") : "") },
      { header: t("svc.fine.evidence"), value: (f) => f.evidence },
      { header: t("svc.fine.reason"), value: (f) => f.reason },
      { header: t("svc.fine.issuedBy"), value: (f) => f.issuedBy },
      { header: t("svc.fine.appeal"), value: (f) => t(`svc.appeal.${f.appealState}`) },
      { header: t("svc.appeal.reason"), value: (f) => f.appealReason },
      { header: t("svc.appeal.decidedBy"), value: (f) => f.decidedBy },
      { header: t("svc.note"), value: (f) => f.decisionNote },
      { header: t("svc.fine.id"), value: (f) => f.fineId },
    ],
    fines,
  );
}

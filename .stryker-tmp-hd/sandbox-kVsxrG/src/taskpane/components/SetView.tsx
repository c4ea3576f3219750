// @ts-nocheck
import * as React from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CriteriaSet } from "../../domain/definitions/schema";
import type { CommuneResult, IndicatorResult } from "../../domain/evaluation/CommuneResult";
import type { ThresholdOrigin } from "../../domain/evaluation/AppliedThreshold";
import { formatRule } from "../../domain/messages/formatRule";
import { setConflictText, setReasonText } from "../../domain/messages";
import type { Lang } from "../../domain/messages/Lang";
import { regionName, setName } from "../model";
import type { StringKey, Translate } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  block: { display: "block" },
  heading: { display: "block", margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const ORIGIN_KEY: Record<ThresholdOrigin, StringKey> = {
  definitions: "originDefinitions",
  overlay: "originProvince",
  catalogue: "originDecision",
  sheet: "originSheet",
  none: "originNone",
};

export interface SetViewProps {
  t: Translate;
  lang: Lang;
  /** The set chosen in the settings, or undefined for "as the workbook says". */
  chosen: CriteriaSet | undefined;
  sets: readonly CriteriaSet[];
  /** The last check's result, if any: the set it used, and every indicator's threshold. */
  result: CommuneResult | null;
  onSelectCell?(ref: NonNullable<IndicatorResult["cellRef"]>): void;
  /** Inserts the definitions sheet; absent when the host cannot. */
  onInsertDefinitions?(): void;
  busy?: boolean;
}

/**
 * "Bộ tiêu chí": the set in use and why, the region or commune group, and for every indicator the
 * threshold that judges it and where that threshold came from (the decision, the province, the
 * user's file, a cell of the form), with those that have none.
 */
export function SetView({ t, lang, chosen, sets, result, onSelectCell, onInsertDefinitions, busy = false }: SetViewProps): React.JSX.Element {
  const styles = useStyles();
  const used = result ? sets.find((s) => s.id === result.setId) : chosen;
  const name = used ? setName(used, lang) : result?.setName ?? t("setAuto");
  const indicators = result ? result.criteria.flatMap((c) => c.indicators) : [];
  const counts = new Map<ThresholdOrigin, number>();
  for (const i of indicators) counts.set(i.threshold.origin, (counts.get(i.threshold.origin) ?? 0) + 1);
  const grouped = (used?.grouping ?? result?.grouping) === "group";
  const where = result?.region ? regionName(used, result.region, lang) : null;

  return (
    <div className={styles.root} aria-label={t("setViewTitle")}>
      <Text as="h3" className={styles.heading}>{name}</Text>
      {used && (
        <Text className={styles.block} size={200}>
          {used.decision}
          {used.effective ? ` · ${t("setEffective", { date: used.effective.split("-").reverse().join("/") })}` : ""}
          {used.indicatorsFrom === "sheet" ? ` · ${t("setFromSheet", { n: String(used.criteria.length) })}` : ""}
        </Text>
      )}
      {result && <Text className={styles.block}>{setReasonText(result, lang)}</Text>}
      {result && setConflictText(result, lang) && <Text className={styles.block}>{setConflictText(result, lang)}</Text>}
      {result && (
        <Text className={styles.block}>
          {grouped ? t("setViewGroup", { group: where ?? t("setViewUnknown") }) : t("setViewRegion", { region: where ?? t("setViewUnknown") })}
        </Text>
      )}
      {!result && <Text className={styles.block}>{t("setViewBeforeCheck")}</Text>}
      {!result && used && (
        <ol className={styles.list}>
          {used.criteria.map((c) => (
            <li key={c.no} className={styles.item}>{`${c.no}. ${lang === "en" && c.nameEn ? c.nameEn : c.name}`}</li>
          ))}
        </ol>
      )}
      {result && onInsertDefinitions && (
        <div>
          <Button disabled={busy} onClick={onInsertDefinitions}>{t("insertDefinitionsButton")}</Button>
          <Text className={`${styles.block} ${styles.source}`}>{t("insertDefinitionsHint")}</Text>
        </div>
      )}
      {result && (
        <>
          <div className={styles.counts} role="list" aria-label={t("setViewOrigins")}>
            {(Object.keys(ORIGIN_KEY) as ThresholdOrigin[])
              .filter((o) => counts.get(o))
              .map((o) => (
                <Badge key={o} role="listitem" appearance="tint" color={o === "none" ? "warning" : "informative"}>
                  {`${t(ORIGIN_KEY[o])}: ${counts.get(o)}`}
                </Badge>
              ))}
          </div>
          {result.criteria.map((c) => (
            <section key={c.no} aria-label={`${c.no}. ${c.name}`}>
              <Text weight="semibold" className={styles.block}>{`${c.no}. ${c.name}`}</Text>
              <ul className={styles.list}>
                {c.indicators.map((i) => (
                  <li key={i.code} className={styles.item} data-origin={i.threshold.origin}>
                    <Text>
                      {`${i.code} ${i.name.length > 80 ? i.name.slice(0, 80) + "…" : i.name}: `}
                      <strong>{i.threshold.rule ? formatRule(i.threshold.rule, lang) : t("originNone")}</strong>
                      {i.definedBy === "sheet" && used?.indicatorsFrom !== "sheet" ? ` (${t("definedBySheet")})` : ""}
                    </Text>
                    <Text className={`${styles.block} ${styles.source}`}>
                      {t(ORIGIN_KEY[i.threshold.origin])}
                      {i.threshold.source ? `: ${i.threshold.source}` : ""}
                      {i.cellRef && onSelectCell && (
                        <>
                          {" · "}
                          <a href="#" onClick={(e) => { e.preventDefault(); onSelectCell(i.cellRef!); }}>{t("setViewGoToCell")}</a>
                        </>
                      )}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

// @ts-nocheck
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Dropdown,
  Field,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CriteriaSet } from "../../domain/definitions/schema";
import type { CommuneResult, IndicatorResult } from "../../domain/evaluation/CommuneResult";
import type { Verdict } from "../../domain/evaluation/Verdict";
import type { Problem } from "../../domain/problems/Problem";
import type { CellRef } from "../../domain/grid/Grid";
import { cellAddress } from "../../domain/grid/address";
import { formatRule } from "../../domain/messages/formatRule";
import { problemText, reasonText, shortfallText, verdictLabel } from "../../domain/messages";
import { indicatorShortfall } from "../../domain/evaluation/shortfall";
import {
  countVerdicts,
  criterionName,
  CRITERIA_FILTERS,
  disagrees,
  filterCounts,
  filterCriteria,
  indicatorCounts,
  indicatorName,
  regionName,
  type CriteriaFilter,
} from "../model";
import type { Translate } from "../strings";
import type { Lang } from "../../domain/messages/Lang";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headline: { display: "block", margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  block: { display: "block" },
  criterionHeader: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", width: "100%" },
  criterionName: { flexGrow: 1, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  indicator: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  indicatorTop: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  indicatorName: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  filter: { alignItems: "center" },
  filterDropdown: { minWidth: 0, width: "100%" },
});

const BADGE_COLOR: Record<Verdict, "success" | "danger" | "warning"> = {
  achieved: "success",
  not_achieved: "danger",
  not_assessed: "warning",
};

/** Filters by verdict are labelled with the verdict's own words. */
function filterLabel(f: CriteriaFilter, t: Translate, lang: Lang): string {
  if (f === "all") return t("filterAll");
  if (f === "disagreements") return t("filterDisagreements");
  return verdictLabel(f, lang);
}

export function VerdictBadge({ verdict, lang }: { verdict: Verdict; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  return (
    <Badge appearance="filled" color={BADGE_COLOR[verdict]} shape="rounded" className={styles.badge}>
      {verdictLabel(verdict, lang)}
    </Badge>
  );
}

export interface ResultViewProps {
  t: Translate;
  lang: Lang;
  result: CommuneResult;
  /** The criteria set the result is for, for English names and region names. */
  set: CriteriaSet | undefined;
  onSelectCell(ref: CellRef): void;
}

/** "Đạt 11/19 tiêu chí", then the criteria as an accordion with each indicator's verdict and reason. */
export function ResultView({ t, lang, result, set, onSelectCell }: ResultViewProps): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<CriteriaFilter>("all");
  const counts = indicatorCounts(result);
  const perFilter = filterCounts(result);
  const views = filterCriteria(result, filter);

  return (
    <section className={styles.root} aria-label={t("resultTitle")}>
      <div aria-live="polite">
        <Text as="h2" className={styles.headline}>
          {t("resultHeadline", { achieved: result.criteriaAchieved, total: result.criteriaTotal })}
        </Text>
      </div>
      {result.commune && <Text>{t("resultCommune", { commune: result.commune })}</Text>}
      <Text size={200} className={styles.muted}>
        {t("resultCounts", { achieved: counts.achieved, notAchieved: counts.not_achieved, notAssessed: counts.not_assessed })}
      </Text>

      {/* A dropdown, not tabs: four filters with counts do not fit one line at 320 px. */}
      <Field label={t("filterLabel")} orientation="horizontal" className={styles.filter}>
        <Dropdown
          size="small"
          className={styles.filterDropdown}
          value={`${filterLabel(filter, t, lang)} (${perFilter[filter]})`}
          selectedOptions={[filter]}
          onOptionSelect={(_, data) => data.optionValue && setFilter(data.optionValue as CriteriaFilter)}
        >
          {CRITERIA_FILTERS.map((f) => (
            <Option key={f} value={f} text={`${filterLabel(f, t, lang)} (${perFilter[f]})`}>
              {`${filterLabel(f, t, lang)} (${perFilter[f]})`}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {views.length === 0 ? (
        <Text className={styles.muted}>{t("filterEmpty")}</Text>
      ) : (
        <Accordion multiple collapsible>
          {views.map(({ criterion, indicators }) => {
            const c = countVerdicts(criterion.indicators);
            return (
              <AccordionItem key={criterion.no} value={criterion.no}>
                <AccordionHeader>
                  <span className={styles.criterionHeader}>
                    <span className={styles.criterionName}>
                      {t("criterionHeading", { no: criterion.no, name: criterionName(set, criterion, lang) })}
                      <Text size={200} className={styles.muted}>{` · ${t("criterionIndicators", { achieved: c.achieved, total: c.total })}`}</Text>
                    </span>
                    <VerdictBadge verdict={criterion.verdict} lang={lang} />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {disagrees(criterion) && criterion.selfVerdict && (
                    <Text as="p" className={styles.warning}>
                      {t("selfAssessmentDiffers", { self: verdictLabel(criterion.selfVerdict, lang), computed: verdictLabel(criterion.verdict, lang) })}
                    </Text>
                  )}
                  <ul className={styles.list}>
                    {indicators.map((ind) => (
                      <li key={ind.code}>
                        <IndicatorItem t={t} lang={lang} ind={ind} set={set} onSelectCell={onSelectCell} />
                      </li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}

      {result.findings.length > 0 && <Findings t={t} lang={lang} findings={result.findings} onSelectCell={onSelectCell} />}
    </section>
  );
}

export interface IndicatorItemProps {
  t: Translate;
  lang: Lang;
  ind: IndicatorResult;
  set: CriteriaSet | undefined;
  onSelectCell(ref: CellRef): void;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** One indicator: a button that selects its cell, showing verdict, figure vs threshold and the reason. */
export function IndicatorItem({ t, lang, ind, set, onSelectCell }: IndicatorItemProps): React.JSX.Element {
  const styles = useStyles();
  const threshold = ind.threshold.rule ? formatRule(ind.threshold.rule, lang) : t("thresholdUnknown");
  const region = ind.threshold.region ? ` (${t("thresholdFromRegion", { region: regionName(set, ind.threshold.region, lang) })})` : "";
  const figure = ind.figureRaw ?? t("noFigure");
  const ref = ind.cellRef;
  const shortfall = indicatorShortfall(ind);
  const body = (
    <>
      <span className={styles.indicatorTop}>
        <Text weight="semibold">{ind.code}</Text>
        <Text className={styles.indicatorName}>{indicatorName(set, ind, lang)}</Text>
        <VerdictBadge verdict={ind.verdict} lang={lang} />
      </span>
      <Text size={200}>{`${t("figureLabel")}: ${figure} · ${t("thresholdLabel")}: ${threshold}${region}`}</Text>
      <Text size={200} className={styles.muted}>{reasonText(ind, lang)}</Text>
      {shortfall && (
        <Text size={200} weight="semibold" className={styles.shortfall}>
          {capitalise(shortfallText(shortfall, lang))}
        </Text>
      )}
      {disagrees(ind) && ind.selfVerdict && (
        <Text size={200} className={styles.warning}>
          {t("selfAssessmentDiffers", { self: ind.selfAssessment ?? verdictLabel(ind.selfVerdict, lang), computed: verdictLabel(ind.verdict, lang) })}
        </Text>
      )}
      <Text size={200} className={styles.muted}>{ref ? cellAddress(ref) : t("notFoundInWorkbook")}</Text>
    </>
  );
  if (!ref) return <div className={styles.indicator}>{body}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.indicator}
      title={t("goToCell", { cell: cellAddress(ref) })}
      onClick={() => onSelectCell(ref)}
    >
      {body}
    </Button>
  );
}

function Findings({ t, lang, findings, onSelectCell }: { t: Translate; lang: Lang; findings: Problem[]; onSelectCell(ref: CellRef): void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label={t("findingsTitle", { count: findings.length })}>
      <Text as="h3" weight="semibold" className={styles.block}>{t("findingsTitle", { count: findings.length })}</Text>
      <ul className={styles.list}>
        {findings.map((f, i) => (
          <li key={i}>
            {f.at.cell ? (
              <Button appearance="subtle" className={styles.indicator} title={t("goToCell", { cell: cellAddress(f.at.cell) })}
                onClick={() => f.at.cell && onSelectCell(f.at.cell)}>
                <Text size={200}>{problemText(f, lang)}</Text>
              </Button>
            ) : (
              <Text size={200}>{problemText(f, lang)}</Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

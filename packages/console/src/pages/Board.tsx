import type { EChartsCoreOption } from 'echarts/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useQuery } from 'urql';
import { fourQuarters, lastQuarter } from '../boardPeriods';
import { Chart } from '../Chart';
import { downloadWorkbook, reportDocument } from '../downloadReport';
import { ErrorNote } from '../errors';
import { formatNumber, formatPercent } from '../format';
import { PlanReportQuery, QuarterValuesQuery } from '../queries';
import { UnitPicker } from '../UnitPicker';
import { Link } from '../useRoute';

const PERIOD = /^\d{4}(-Q[1-4])?$/;

function useQuarter(period: string | undefined, adminUnit: string | undefined) {
  const [result] = useQuery({
    query: QuarterValuesQuery,
    variables: { period: period ?? '', adminUnit },
    pause: !period,
  });
  return result;
}

export function Board() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState(lastQuarter());
  const [unit, setUnit] = useState('');
  const [asked, setAsked] = useState({ period: lastQuarter(), unit: '' });
  const [open, setOpen] = useState<string | undefined>();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<CombinedError | undefined>();
  const adminUnit = asked.unit || undefined;
  const [report] = useQuery({
    query: PlanReportQuery,
    variables: { period: asked.period, adminUnit },
  });
  const quarters = fourQuarters(asked.period);
  const q0 = useQuarter(quarters[0], adminUnit);
  const q1 = useQuarter(quarters[1], adminUnit);
  const q2 = useQuarter(quarters[2], adminUnit);
  // a quarter's own report is the last of its four: it is not asked twice
  const sameAsReport = quarters[3] === asked.period;
  const q3 = useQuarter(sameAsReport ? undefined : quarters[3], adminUnit);
  const history = [q0, q1, q2, sameAsReport ? report : q3];
  const historyLoaded = history.filter((q) => !q.fetching).length;
  const invalid = !PERIOD.test(period.trim());
  const en = i18n.language === 'en';

  const indicators = report.data?.planReport.indicators ?? [];

  async function download() {
    const planReport = report.data?.planReport;
    if (!planReport) return;
    setDownloading(true);
    setDownloadError(undefined);
    try {
      const columns = history.map((q) => q.data?.planReport);
      const trend = columns.every((column) => column !== undefined) ? columns : null;
      await downloadWorkbook(reportDocument(planReport, trend));
    } catch (error) {
      setDownloadError(
        new CombinedError({
          networkError: error instanceof Error ? error : new Error(String(error)),
        }),
      );
    } finally {
      setDownloading(false);
    }
  }
  const charts: Record<string, EChartsCoreOption> = Object.fromEntries(
    indicators.map((indicator) => [
      indicator.code,
      {
        animation: false,
        grid: { left: 48, right: 16, top: 24, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: quarters },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            type: 'bar',
            name: indicator.code,
            data: history.map((q) => {
              const found = q.data?.planReport.indicators.find((i) => i.code === indicator.code);
              return found?.value == null ? null : Math.round(found.value * 1000) / 10;
            }),
            markLine: {
              symbol: 'none',
              label: { formatter: `${Math.round(indicator.target * 1000) / 10} %` },
              data: [{ yAxis: Math.round(indicator.target * 1000) / 10 }],
            },
          },
        ],
      },
    ]),
  );

  return (
    <>
      <h1>{t('board.heading')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalid) setAsked({ period: period.trim(), unit: unit.trim() });
        }}
      >
        <label>
          {t('board.period')}
          <input name="period" value={period} onChange={(e) => setPeriod(e.target.value)} />
        </label>
        <UnitPicker label={t('board.unit')} value={unit} onChange={setUnit} />
        <button type="submit" disabled={invalid}>
          {t('board.show')}
        </button>
      </form>
      {invalid ? <p className="error">{t('board.badPeriod')}</p> : null}
      {report.fetching ? <progress aria-label={t('loading')} /> : null}
      <ErrorNote error={report.error ?? downloadError} />
      {report.data ? (
        <p>
          <button type="button" onClick={download} disabled={downloading}>
            {t('board.download')}
          </button>{' '}
          {downloading ? <progress aria-label={t('loading')} /> : null}
        </p>
      ) : null}
      {historyLoaded < 4 && !report.fetching ? (
        <p>
          <progress max={4} value={historyLoaded} aria-label={t('board.lastQuarters')} />{' '}
          {t('board.lastQuarters')}
        </p>
      ) : null}
      <div className="cards">
        {indicators.map((indicator) => (
          <section key={indicator.code} data-testid="target" data-code={indicator.code}>
            <h2>
              {indicator.code} — {en ? indicator.titleEn : indicator.title}
            </h2>
            <p>
              {t('board.target')}: {formatPercent(indicator.target)} · {t('board.value')}:{' '}
              {formatPercent(indicator.value)} ({formatNumber(indicator.numerator)}/
              {formatNumber(indicator.denominator)}) ·{' '}
              {indicator.due ? (
                <span className={indicator.met ? 'met' : 'not-met'}>
                  {indicator.met ? t('board.met') : t('board.notMet')}
                </span>
              ) : (
                <span className="not-due">{t('board.notDue')}</span>
              )}
            </p>
            {indicator.due ? null : <p>{en ? indicator.note : indicator.noteVi}</p>}
            <Chart
              option={charts[indicator.code] ?? {}}
              label={`${indicator.code} ${t('board.lastQuarters')}`}
              height={180}
            />
            <button
              type="button"
              aria-expanded={open === indicator.code}
              onClick={() => setOpen(open === indicator.code ? undefined : indicator.code)}
            >
              {t('board.drill')} ({indicator.items.length})
            </button>
            {open === indicator.code ? (
              <table data-testid="drill">
                <thead>
                  <tr>
                    <th>{t('board.subject')}</th>
                    <th>{t('board.met')}</th>
                    <th>{t('board.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicator.items.map((item, index) => {
                    const subject = item.subject;
                    const name =
                      ('name' in subject ? subject.name : null) ??
                      ('projectName' in subject ? subject.projectName : null) ??
                      subject.__typename;
                    return (
                      <tr key={`${'id' in subject ? subject.id : index}`}>
                        <td>
                          {subject.__typename === 'Facility' ? (
                            <Link to={`/facilities/${encodeURIComponent(subject.id)}`}>{name}</Link>
                          ) : (
                            name
                          )}
                        </td>
                        <td>{item.meets ? t('board.met') : t('board.notMet')}</td>
                        <td>{(en ? item.reason : item.reasonVi) ?? ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : null}
            {open === indicator.code && indicator.itemsWithheld > 0 ? (
              <p className="withheld">
                {t('board.withheldItems', { count: indicator.itemsWithheld })}
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../Chart';
import { ErrorNote } from '../errors';
import { formatDate, formatNumber } from '../format';
import { StationReadingsQuery } from '../queries';
import { AreaStations } from './AreaStations';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Resolution = 'RAW' | 'HOUR' | 'DAY';
const RESOLUTIONS: Resolution[] = ['RAW', 'HOUR', 'DAY'];
/** The longest window the API answers per resolution, in days (and gaps: 366 days). */
const LONGEST_DAYS: Record<Resolution, number> = { RAW: 31, HOUR: 366, DAY: 3660 };
const LONGEST_GAPS_DAYS = 366;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
const asResolution = (text: string | null): Resolution =>
  RESOLUTIONS.includes(text as Resolution) ? (text as Resolution) : 'HOUR';

export function Monitoring() {
  const { t } = useTranslation();
  const params = new URLSearchParams(window.location.search);
  const [station, setStation] = useState(params.get('station') ?? '');
  const [parameter, setParameter] = useState(params.get('parameter') ?? 'COD');
  const [from, setFrom] = useState(params.get('from') ?? day(-7));
  const [to, setTo] = useState(params.get('to') ?? day(1));
  const [resolution, setResolution] = useState(asResolution(params.get('resolution')));
  const span = daysBetween(from, to);
  const badRange = !(span > 0)
    ? 'monitoring.badRange'
    : span > LONGEST_DAYS[resolution]
      ? 'monitoring.tooLong'
      : '';
  const [asked, setAsked] = useState(
    station && !badRange ? { station, parameter, from, to, resolution } : undefined,
  );
  const [result] = useQuery({
    query: StationReadingsQuery,
    variables: {
      id: asked?.station ?? '',
      parameter: asked?.parameter ?? '',
      from: `${asked?.from ?? ''}T00:00:00+07:00`,
      to: `${asked?.to ?? ''}T00:00:00+07:00`,
      resolution: asked?.resolution ?? 'HOUR',
      // gaps are read over at most a year; a longer daily chart goes without its shading
      withGaps: asked ? daysBetween(asked.from, asked.to) <= LONGEST_GAPS_DAYS : false,
    },
    pause: !asked,
  });
  const s = result.data?.monitoringStation;
  const limit = s?.limits?.find(
    (l) => l.parameter.toUpperCase() === asked?.parameter.toUpperCase(),
  );
  const unit = s?.parameters?.find(
    (p) => p.code.toUpperCase() === asked?.parameter.toUpperCase(),
  )?.unit;
  const readings = s?.readings ?? [];
  const gaps = s?.gaps ?? [];
  const raw = asked?.resolution === 'RAW';
  // a reading beyond its limit; an hour or a day whose highest (or lowest) normal reading was
  const beyond = (r: (typeof readings)[number]) =>
    !!limit &&
    ((raw ? r.value : (r.max ?? r.value)) > limit.max ||
      (limit.min != null && (raw ? r.value : (r.min ?? r.value)) < limit.min));
  const silentHours =
    gaps.reduce((sum, g) => sum + (Date.parse(g.to) - Date.parse(g.from)), 0) / 3_600_000;
  const option = {
    animation: false,
    grid: { left: 56, right: 24, top: 32, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    legend: { top: 0 },
    yAxis: {
      type: 'value',
      name: unit ?? '',
      max: limit
        ? Math.max(limit.max * 1.25, ...readings.map((r) => (raw ? r.value : (r.max ?? r.value))))
        : undefined,
    },
    series: [
      // the limit as a line across the whole range: drawn even when the station sent nothing
      ...(limit && asked
        ? [
            {
              type: 'line',
              name: `${t('monitoring.limit')} ${formatNumber(limit.max)}`,
              showSymbol: false,
              lineStyle: { color: '#c0392b', type: 'dashed' },
              itemStyle: { color: '#c0392b' },
              data: [
                [`${asked.from}T00:00:00+07:00`, limit.max],
                [`${asked.to}T00:00:00+07:00`, limit.max],
              ],
            },
          ]
        : []),
      // an hour's or a day's highest normal reading, faint behind its average
      ...(raw
        ? []
        : [
            {
              type: 'line',
              name: t('monitoring.highest'),
              showSymbol: false,
              lineStyle: { color: '#8e9aaf', width: 1 },
              itemStyle: { color: '#8e9aaf' },
              data: readings.map((r) => [r.measuredAt, r.max ?? r.value]),
            },
          ]),
      {
        type: 'line',
        name: raw ? asked?.parameter : `${asked?.parameter} (${t('monitoring.average')})`,
        showSymbol: false,
        data: readings.map((r) => [r.measuredAt, r.value]),
        // silences over an hour, shaded: a station that sent nothing is itself a finding
        markArea: gaps.length
          ? {
              silent: true,
              itemStyle: { color: 'rgba(120, 120, 120, 0.22)' },
              label: { show: gaps.length <= 12, position: 'insideTop', color: '#444' },
              data: gaps.map((g) => [
                { xAxis: g.from, name: t('monitoring.gap') },
                { xAxis: g.to },
              ]),
            }
          : undefined,
        markLine: limit
          ? {
              symbol: 'none',
              lineStyle: { color: '#c0392b', type: 'dashed' },
              label: { formatter: `${t('monitoring.limit')} ${formatNumber(limit.max)}` },
              data: [{ yAxis: limit.max, name: 'limit' }],
            }
          : undefined,
        markPoint: limit
          ? {
              symbol: 'circle',
              symbolSize: 8,
              itemStyle: { color: '#c0392b' },
              label: { show: false },
              data: readings
                .filter(beyond)
                .slice(0, 200)
                .map((r) => ({
                  coord: [r.measuredAt, raw ? r.value : (r.max ?? r.value)],
                  name: t('monitoring.exceed'),
                })),
            }
          : undefined,
      },
    ],
  };
  const exceedances = readings.filter(beyond).length;
  return (
    <>
      <h1>{t('monitoring.heading')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (station.trim() && !badRange)
            setAsked({
              station: station.trim(),
              parameter: parameter.trim(),
              from,
              to,
              resolution,
            });
        }}
      >
        <label>
          {t('monitoring.station')}
          <input name="station" value={station} onChange={(e) => setStation(e.target.value)} />
        </label>
        <label>
          {t('monitoring.parameter')}
          <input
            name="parameter"
            value={parameter}
            onChange={(e) => setParameter(e.target.value)}
            size={8}
          />
        </label>
        <label>
          {t('monitoring.from')}
          <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('monitoring.to')}
          <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          {t('monitoring.resolution')}
          <select
            name="resolution"
            value={resolution}
            onChange={(e) => setResolution(asResolution(e.target.value))}
          >
            {RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {t(`monitoring.resolutions.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!!badRange}>
          {t('monitoring.show')}
        </button>
      </form>
      {badRange ? (
        <p role="alert" className="error">
          {t(badRange, { days: LONGEST_DAYS[resolution] })}
        </p>
      ) : null}
      {result.fetching ? <progress aria-label={t('loading')} /> : null}
      <ErrorNote error={result.error} />
      {s ? (
        <section data-testid="station-chart">
          <h2>
            {s.code ?? s.id} {s.name ?? ''} — {asked?.parameter} (
            {asked ? formatDate(asked.from) : ''} – {asked ? formatDate(asked.to) : ''})
          </h2>
          <p>
            {t('monitoring.limit')}: {limit ? `${formatNumber(limit.max)} ${unit ?? ''}` : '—'} ·{' '}
            {t(`monitoring.exceedCount.${asked?.resolution ?? 'HOUR'}`)}:{' '}
            {formatNumber(exceedances)}
          </p>
          <p data-testid="gaps">
            {asked && daysBetween(asked.from, asked.to) > LONGEST_GAPS_DAYS
              ? t('monitoring.gapsNotRead', { days: LONGEST_GAPS_DAYS })
              : t('monitoring.gaps', {
                  count: gaps.length,
                  hours: formatNumber(Math.round(silentHours)),
                })}
          </p>
          <Chart option={option} label={`${asked?.parameter} ${s.code ?? ''}`} height={320} />
        </section>
      ) : null}
      <AreaStations />
    </>
  );
}

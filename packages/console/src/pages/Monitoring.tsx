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

export function Monitoring() {
  const { t } = useTranslation();
  const params = new URLSearchParams(window.location.search);
  const [station, setStation] = useState(params.get('station') ?? '');
  const [parameter, setParameter] = useState(params.get('parameter') ?? 'COD');
  const [from, setFrom] = useState(params.get('from') ?? day(-7));
  const [to, setTo] = useState(params.get('to') ?? day(1));
  const [asked, setAsked] = useState(station ? { station, parameter, from, to } : undefined);
  const [result] = useQuery({
    query: StationReadingsQuery,
    variables: {
      id: asked?.station ?? '',
      parameter: asked?.parameter ?? '',
      from: `${asked?.from ?? ''}T00:00:00+07:00`,
      to: `${asked?.to ?? ''}T00:00:00+07:00`,
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
  const option = {
    animation: false,
    grid: { left: 56, right: 24, top: 32, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    legend: { top: 0 },
    yAxis: {
      type: 'value',
      name: unit ?? '',
      max: limit ? Math.max(limit.max * 1.25, ...readings.map((r) => r.value)) : undefined,
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
      {
        type: 'line',
        name: asked?.parameter,
        showSymbol: false,
        data: readings.map((r) => [r.measuredAt, r.value]),
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
                .filter((r) => r.value > limit.max || (limit.min != null && r.value < limit.min))
                .slice(0, 200)
                .map((r) => ({ coord: [r.measuredAt, r.value], name: t('monitoring.exceed') })),
            }
          : undefined,
      },
    ],
  };
  const exceedances = limit ? readings.filter((r) => r.value > limit.max).length : 0;
  return (
    <>
      <h1>{t('monitoring.heading')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (station.trim())
            setAsked({ station: station.trim(), parameter: parameter.trim(), from, to });
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
        <button type="submit">{t('monitoring.show')}</button>
      </form>
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
            {t('monitoring.exceed')}: {formatNumber(exceedances)}
          </p>
          <Chart option={option} label={`${asked?.parameter} ${s.code ?? ''}`} height={320} />
        </section>
      ) : null}
      <AreaStations />
    </>
  );
}

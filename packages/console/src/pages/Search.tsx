import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorNote } from '../errors';
import type { FacilityStatus } from '../gql/graphql';
import { FacilitySearchQuery } from '../queries';
import { UnitPicker } from '../UnitPicker';
import { Link } from '../useRoute';

/** The statuses a facility may have, in the contract's order. */
const STATUSES: readonly FacilityStatus[] = [
  'OPERATING',
  'SUSPENDED',
  'CLOSED',
  'RELOCATED',
  'UNDER_CONSTRUCTION',
];

export function Search() {
  const { t, i18n } = useTranslation();
  const params = new URLSearchParams(window.location.search);
  const [text, setText] = useState(params.get('q') ?? '');
  const [unit, setUnit] = useState('');
  const [sector, setSector] = useState('');
  const [highRisk, setHighRisk] = useState(false);
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState<Record<string, unknown> | undefined>(
    params.get('q') ? { search: params.get('q') } : undefined,
  );
  const [result] = useQuery({
    query: FacilitySearchQuery,
    variables: { filter: filter ?? {} },
    pause: !filter,
  });
  const rows = result.data?.facilities.edges ?? [];
  return (
    <>
      <h1>{t('search.heading')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const next: Record<string, unknown> = {};
          if (text.trim()) next.search = text.trim();
          if (unit.trim()) next.adminUnitCode = unit.trim();
          if (sector.trim()) next.sectorCode = sector.trim();
          if (highRisk) next.highRiskSector = true;
          if (status) next.status = status;
          setFilter(next);
        }}
      >
        <label>
          {t('search.query')}
          <input name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <UnitPicker label={t('search.unit')} value={unit} onChange={setUnit} />
        <label>
          {t('search.sector')}
          <input
            name="sector"
            value={sector}
            onChange={(e) => setSector(e.target.value)}
            size={6}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={highRisk}
            onChange={(e) => setHighRisk(e.target.checked)}
          />
          {t('search.highRisk')}
        </label>
        <label>
          {t('search.status')}
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('search.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`search.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('search.go')}</button>
      </form>
      {result.fetching ? <progress aria-label={t('loading')} /> : null}
      <ErrorNote error={result.error} />
      {filter && !result.fetching && rows.length === 0 && !result.error ? (
        <p>{t('search.none')}</p>
      ) : null}
      <ul data-testid="results">
        {rows.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/facilities/${encodeURIComponent(node.id)}`}>{node.name}</Link> —{' '}
            {node.address} · {node.adminUnit.name} ·{' '}
            {i18n.language === 'en' ? node.sector.nameEn : node.sector.name} ·{' '}
            <span data-testid="status">{t(`search.statuses.${node.status}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

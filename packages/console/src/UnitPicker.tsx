import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { UnitsQuery } from './queries';

/** Today in Hanoi, as the API's Date. */
const todayInHanoi = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The last day the 30 districts existed (Nghị quyết 1656/NQ-UBTVQH15: communes from 1/7/2025). */
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/**
 * Where a page asks for an area: the whole city, one of the communes and
 * wards in force today, or a former district (reports and lists of a former
 * district cover the communes formed from it). The list comes from the hub's
 * own units, so a code cannot be mistyped; while it loads (or if it cannot be
 * read) the code can still be typed.
 */
export function UnitPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [result] = useQuery({
    query: UnitsQuery,
    variables: { today: todayInHanoi(), lastDayOfDistricts: LAST_DAY_OF_DISTRICTS },
  });
  const communes = (result.data?.communes.edges ?? []).map((e) => e.node).sort(byName);
  const districts = (result.data?.districts.edges ?? []).map((e) => e.node).sort(byName);
  if (!communes.length && !districts.length) {
    return (
      <label>
        {label}
        <input name="unit" value={value} onChange={(e) => onChange(e.target.value)} size={8} />
      </label>
    );
  }
  return (
    <label>
      {label}
      <select name="unit" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('units.city')}</option>
        <optgroup label={t('units.communes', { count: communes.length })}>
          {communes.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </optgroup>
        <optgroup label={t('units.districts', { count: districts.length })}>
          {districts.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name} ({u.code})
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorNote, Withheld, withheld } from '../errors';
import { formatDate } from '../format';
import { FacilityProfileQuery } from '../queries';
import { Link } from '../useRoute';

export function Profile({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [result] = useQuery({ query: FacilityProfileQuery, variables: { id } });
  const f = result.data?.facility;
  const error = result.error;
  const hidden = (field: string) => withheld(error, field);
  const none = <span>{t('profile.none')}</span>;
  if (result.fetching) return <progress aria-label={t('loading')} />;
  if (!f) return <ErrorNote error={error} />;
  return (
    <>
      <h1>{f.name}</h1>
      <ErrorNote error={error} />
      <section data-agency="DONRE" data-testid="registry">
        <h2>{t('profile.registry')}</h2>
        <dl>
          <dt>{t('profile.taxCode')}</dt>
          <dd>{f.taxCode}</dd>
          <dt>{t('profile.address')}</dt>
          <dd>{f.address}</dd>
          <dt>{t('profile.unit')}</dt>
          <dd>{f.adminUnit.name}</dd>
          <dt>{t('profile.sector')}</dt>
          <dd>{i18n.language === 'en' ? f.sector.nameEn : f.sector.name}</dd>
          <dt>{t('profile.legalRepresentative')}</dt>
          <dd data-testid="legal-representative">
            {hidden('legalRepresentative') ? (
              <Withheld />
            ) : (
              (f.legalRepresentative?.fullName ?? t('profile.none'))
            )}
          </dd>
          <dt>{t('profile.approvals')}</dt>
          <dd>
            {hidden('approvals') ? (
              <Withheld />
            ) : f.approvals?.length ? (
              f.approvals.map((a) => (
                <div key={a.id}>
                  {a.kind} {a.decisionNumber} ({formatDate(a.issuedOn)})
                </div>
              ))
            ) : (
              none
            )}
          </dd>
        </dl>
      </section>
      <section data-agency="ZONES" data-testid="zones">
        <h2>{t('profile.zone')}</h2>
        <dl>
          <dt>{t('profile.zoneName')}</dt>
          <dd>{f.zone?.name ?? t('profile.none')}</dd>
          <dt>{t('profile.clusterName')}</dt>
          <dd>{f.cluster?.name ?? t('profile.none')}</dd>
          <dt>{t('profile.relocation')}</dt>
          <dd>
            {hidden('relocation') ? (
              <Withheld />
            ) : f.relocation ? (
              `${f.relocation.status ?? ''} ${formatDate(f.relocation.deadline)}`
            ) : (
              none
            )}
          </dd>
        </dl>
      </section>
      <section data-agency="POLICE" data-testid="police">
        <h2>{t('profile.police')}</h2>
        <p>
          {t('profile.violations')}: {f.violations?.length ?? 0}
        </p>
        {hidden('violations') ? <Withheld /> : null}
        <ul>
          {(f.violations ?? []).map((v) => (
            <li key={v.id}>
              {formatDate(v.detectedOn)} · {v.category} · {v.legalBasis} · {v.status}
            </li>
          ))}
        </ul>
      </section>
      <section data-agency="DONRE" data-testid="waste">
        <h2>{t('profile.waste')}</h2>
        {hidden('hazardousWaste') ? (
          <Withheld />
        ) : f.hazardousWaste ? (
          <p>
            {f.hazardousWaste.code} ({formatDate(f.hazardousWaste.issuedOn)})
          </p>
        ) : (
          <p>{t('profile.none')}</p>
        )}
      </section>
      <section data-agency="DONRE" data-testid="polluter">
        <h2>{t('profile.polluter')}</h2>
        {f.seriousPollution?.length ? (
          <ul>
            {f.seriousPollution.map((l) => (
              <li key={l.id}>
                {l.decision} · {formatDate(l.listedOn)} · {l.resolution}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('profile.none')}</p>
        )}
      </section>
      <section data-agency="DONRE" data-testid="stations">
        <h2>{t('profile.stations')}</h2>
        {hidden('monitoringStations') ? (
          <Withheld />
        ) : f.monitoringStations?.length ? (
          <ul>
            {f.monitoringStations.map((s) => (
              <li key={s.id}>
                <Link to={`/monitoring?station=${encodeURIComponent(s.id)}`}>
                  {s.code ?? s.name ?? s.id}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('profile.none')}</p>
        )}
      </section>
    </>
  );
}

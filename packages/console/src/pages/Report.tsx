import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorNote } from '../errors';
import { formatDate } from '../format';
import { CitizenReportStatusQuery, SubmitCitizenReportMutation } from '../queries';

type Kind = 'POLLUTION_COMPLAINT' | 'DATA_ERROR';

/** Phản ánh, kiến nghị: the public's form and the status of a report by its tracking code. */
export function Report() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('POLLUTION_COMPLAINT');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [submitted, submit] = useMutation(SubmitCitizenReportMutation);
  const [code, setCode] = useState('');
  const [lookedUp, setLookedUp] = useState<string | null>(null);
  const set = (name: string) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const value = (name: string) => fields[name]?.trim() || undefined;
  const receipt = submitted.data?.submitCitizenReport;

  const input = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input name={name} value={fields[name] ?? ''} onChange={set(name)} {...extra} />
    </label>
  );

  return (
    <>
      <h1>{t('report.heading')}</h1>
      <p>{t('report.intro')}</p>
      <form
        aria-label={t('report.heading')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit({
            input: {
              kind,
              description: fields.description ?? '',
              facilityId: kind === 'POLLUTION_COMPLAINT' ? value('facilityId') : undefined,
              adminUnitCode: kind === 'POLLUTION_COMPLAINT' ? value('adminUnitCode') : undefined,
              recordRef: kind === 'DATA_ERROR' ? value('recordRef') : undefined,
              contactName: value('contactName'),
              contactPhone: value('contactPhone'),
              contactEmail: value('contactEmail'),
            },
          });
        }}
      >
        <label>
          {t('report.kind')}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="POLLUTION_COMPLAINT">{t('report.kinds.POLLUTION_COMPLAINT')}</option>
            <option value="DATA_ERROR">{t('report.kinds.DATA_ERROR')}</option>
          </select>
        </label>
        {kind === 'POLLUTION_COMPLAINT' ? (
          <>
            {input('facilityId', t('report.facilityId'))}
            {input('adminUnitCode', t('report.adminUnitCode'), { inputMode: 'numeric' })}
          </>
        ) : (
          input('recordRef', t('report.recordRef'))
        )}
        <label>
          {t('report.description')}
          <textarea
            name="description"
            rows={5}
            cols={60}
            maxLength={4000}
            required
            value={fields.description ?? ''}
            onChange={set('description')}
          />
        </label>
        <fieldset>
          <legend>{t('report.contact')}</legend>
          {input('contactName', t('report.contactName'), { autoComplete: 'name' })}
          {input('contactPhone', t('report.contactPhone'), { type: 'tel', autoComplete: 'tel' })}
          {input('contactEmail', t('report.contactEmail'), {
            type: 'email',
            autoComplete: 'email',
          })}
        </fieldset>
        <button type="submit" disabled={submitted.fetching}>
          {t('report.submit')}
        </button>
      </form>
      {submitted.error ? (
        <p role="alert" className="error">
          {submitted.error.graphQLErrors.map((e) => e.message).join('; ') ||
            submitted.error.message}
        </p>
      ) : null}
      {receipt ? (
        <section aria-label={t('report.receipt')} data-testid="receipt">
          <h2>{t('report.receipt')}</h2>
          <p>
            {t('report.code')} <output data-testid="tracking-code">{receipt.trackingCode}</output>
          </p>
          <p>{t('report.keep')}</p>
          <p>{t('report.dueBy', { date: formatDate(receipt.dueBy) })}</p>
        </section>
      ) : null}

      <h2>{t('report.lookup')}</h2>
      <form
        aria-label={t('report.lookup')}
        onSubmit={(event) => {
          event.preventDefault();
          setLookedUp(code.trim());
        }}
      >
        <label>
          {t('report.code')}
          <input name="trackingCode" value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <button type="submit">{t('report.find')}</button>
      </form>
      {lookedUp ? <ReportStatus trackingCode={lookedUp} /> : null}
    </>
  );
}

function ReportStatus({ trackingCode }: { trackingCode: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: CitizenReportStatusQuery, variables: { trackingCode } });
  if (result.fetching) return <progress aria-label={t('loading')} />;
  const report = result.data?.citizenReport;
  if (result.error) return <ErrorNote error={result.error} />;
  if (!report) return <p data-testid="report-status">{t('report.none')}</p>;
  return (
    <section aria-label={t('report.status')} data-testid="report-status">
      <p>
        {t('report.statusLine', {
          status: t(`report.statuses.${report.status}`),
          agency: report.assignedAgency,
          due: formatDate(report.dueBy),
        })}
        {report.overdue ? ` ${t('report.overdue')}` : ''}
      </p>
      {report.answer ? <p>{report.answer}</p> : null}
      {report.correction ? <p>{report.correction.summary}</p> : null}
      <ol>
        {report.timeline.map((entry) => (
          <li key={`${entry.step}-${entry.at}-${entry.note ?? ''}`}>
            {formatDate(entry.at.slice(0, 10))} — {t(`report.steps.${entry.step}`)}
            {entry.note ? `: ${entry.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

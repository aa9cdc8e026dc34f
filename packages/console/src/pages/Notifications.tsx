import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorNote } from '../errors';
import { formatDateTime } from '../format';
import type { HubEventType } from '../gql/graphql';
import {
  CreateWatchMutation,
  DeleteWatchMutation,
  NotificationsQuery,
  WatchesQuery,
} from '../queries';
import { UnitPicker } from '../UnitPicker';
import { Link } from '../useRoute';

/** Every kind of event the hub tells of, in the contract's order. */
const EVENT_TYPES: readonly HubEventType[] = [
  'EXCEEDANCE',
  'TRANSMISSION_GAP',
  'VIOLATION_RECORDED',
  'VIOLATION_PUBLISHED',
  'SANCTION_ISSUED',
  'SERIOUS_POLLUTER_LISTED',
  'APPROVAL_EXPIRING',
  'RELOCATION_STATUS_CHANGED',
  'PLANT_STATUS_CHANGED',
  'CITIZEN_REPORT_RECEIVED',
];

/** One page of the feed; the last page offers the next, older one. */
function FeedPage({
  after,
  last,
  onOlder,
}: {
  after: string | null;
  last: boolean;
  onOlder: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [feed] = useQuery({ query: NotificationsQuery, variables: { after } });
  const page = feed.data?.notifications;
  const en = i18n.language === 'en';
  return (
    <>
      {feed.fetching ? (
        <tr>
          <td colSpan={4}>
            <progress aria-label={t('loading')} />
          </td>
        </tr>
      ) : null}
      {feed.error ? (
        <tr>
          <td colSpan={4}>
            <ErrorNote error={feed.error} />
          </td>
        </tr>
      ) : null}
      {page?.edges.map(({ node }) => {
        const place = node.facility ?? node.zone ?? node.cluster;
        return (
          <tr key={node.id} data-testid="notification">
            <td>{formatDateTime(node.occurredAt)}</td>
            <td>{t(`notifications.types.${node.type}`)}</td>
            <td>{en ? node.summary : node.summaryVi}</td>
            <td>
              {node.facility ? (
                <Link to={`/facilities/${encodeURIComponent(node.facility.id)}`}>
                  {node.facility.name}
                </Link>
              ) : (
                (place?.name ?? '—')
              )}
              {node.adminUnit ? (
                <>
                  <br />
                  <small>{node.adminUnit.name}</small>
                </>
              ) : null}
            </td>
          </tr>
        );
      })}
      {last && page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={4}>
            <button type="button" onClick={() => onOlder(page.pageInfo.endCursor as string)}>
              {t('notifications.older')}
            </button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The caller's watches: what each tells of, where it posts, how its last deliveries went. */
function Watches() {
  const { t } = useTranslation();
  // an empty list names no Watch: say so, so that making or deleting one asks again
  const context = useMemo(() => ({ additionalTypenames: ['Watch'] }), []);
  const [watches] = useQuery({ query: WatchesQuery, context });
  const [deleted, deleteWatch] = useMutation(DeleteWatchMutation);
  const list = watches.data?.watches ?? [];
  return (
    <>
      <ErrorNote error={watches.error ?? deleted.error} />
      {watches.fetching ? <progress aria-label={t('loading')} /> : null}
      {watches.data && list.length === 0 ? <p>{t('notifications.noWatches')}</p> : null}
      {list.length > 0 ? (
        <table data-testid="watches">
          <thead>
            <tr>
              <th scope="col">{t('notifications.name')}</th>
              <th scope="col">{t('notifications.events')}</th>
              <th scope="col">{t('notifications.where')}</th>
              <th scope="col">{t('notifications.webhook')}</th>
              <th scope="col">{t('notifications.delete')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((watch) => (
              <tr key={watch.id} data-testid="watch">
                <th scope="row">{watch.name}</th>
                <td>{watch.events.map((type) => t(`notifications.types.${type}`)).join(', ')}</td>
                <td>
                  {[...watch.adminUnitCodes, ...watch.facilityIds].join(', ') ||
                    t('notifications.everywhere')}
                </td>
                <td>
                  {watch.webhookUrl ?? '—'}
                  {watch.webhookUrl ? (
                    <>
                      <br />
                      <small>
                        {watch.active
                          ? watch.deliveries.edges
                              .map(({ node }) => t(`notifications.delivery.${node.status}`))
                              .join(' · ') || t('notifications.noDeliveries')
                          : t('notifications.paused', { reason: watch.pausedReason ?? '' })}
                      </small>
                    </>
                  ) : null}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={deleted.fetching}
                    onClick={() =>
                      deleteWatch({ id: watch.id }, { additionalTypenames: ['Watch'] })
                    }
                  >
                    {t('notifications.delete')} {watch.name}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** A new watch: a name, the kinds of events, and optionally one area. */
function NewWatch() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [events, setEvents] = useState<ReadonlySet<HubEventType>>(new Set());
  const [unit, setUnit] = useState('');
  const [created, createWatch] = useMutation(CreateWatchMutation);
  const ready = name.trim() !== '' && events.size > 0;
  return (
    <>
      <h3>{t('notifications.newWatch')}</h3>
      <form
        data-testid="new-watch"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!ready) return;
          const answer = await createWatch(
            {
              input: {
                name: name.trim(),
                events: [...events],
                ...(unit.trim() ? { adminUnitCodes: [unit.trim()] } : {}),
              },
            },
            { additionalTypenames: ['Watch'] },
          );
          if (!answer.error) {
            setName('');
            setEvents(new Set());
          }
        }}
      >
        <label>
          {t('notifications.name')}
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('notifications.events')}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={events.has(type)}
                onChange={(e) =>
                  setEvents((before) => {
                    const next = new Set(before);
                    if (e.target.checked) next.add(type);
                    else next.delete(type);
                    return next;
                  })
                }
              />
              {t(`notifications.types.${type}`)}
            </label>
          ))}
        </fieldset>
        <UnitPicker label={t('notifications.unit')} value={unit} onChange={setUnit} />
        <button type="submit" disabled={!ready || created.fetching}>
          {t('notifications.watch')}
        </button>
        {created.fetching ? <progress aria-label={t('loading')} /> : null}
        <ErrorNote error={created.error} />
      </form>
    </>
  );
}

/**
 * Thông báo: the caller's feed of hub events (what its watches match, within
 * what its role may see), its watches, and a form for a new one. The public
 * may not watch: it is asked to sign in.
 */
export function Notifications({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<Array<string | null>>([null]);
  if (!signedIn) {
    return (
      <section data-testid="notifications">
        <h2>{t('notifications.heading')}</h2>
        <p>
          {t('notifications.signInFirst')} <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section data-testid="notifications">
      <h2>{t('notifications.heading')}</h2>
      <p>{t('notifications.explain')}</p>
      <table data-testid="feed">
        <thead>
          <tr>
            <th scope="col">{t('notifications.when')}</th>
            <th scope="col">{t('notifications.type')}</th>
            <th scope="col">{t('notifications.what')}</th>
            <th scope="col">{t('notifications.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((after, index) => (
            <FeedPage
              key={after ?? 'newest'}
              after={after}
              last={index === pages.length - 1}
              onOlder={(cursor) => setPages((before) => [...before, cursor])}
            />
          ))}
        </tbody>
      </table>
      <h3>{t('notifications.watches')}</h3>
      <Watches />
      <NewWatch />
    </section>
  );
}

import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../auth';

const FIRST_QUERY = `# The hub's GraphQL API, with the signed-in role's token attached.
# Ctrl-Enter runs the query; the Docs pane lists every type and field.
{
  facilities(first: 5) {
    totalCount
    edges { node { id name adminUnit { code name } } }
  }
}
`;

interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * A GraphQL IDE for agency developers, served from the hub itself: a closed
 * government network reaches no CDN. It posts to this origin's /graphql
 * with the signed-in token, so it sees exactly what that role may see.
 * Loaded only on this page: the editor is larger than the rest of the console.
 */
export default function Explorer({ session }: { session: Session | undefined }) {
  const { t } = useTranslation();
  const fetcher = useMemo(
    () => async (params: GraphQLParams) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(session ? { authorization: `Bearer ${session.token}` } : {}),
        },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    [session],
  );
  return (
    <section className="explorer" aria-label={t('explorer.heading')}>
      <h1>{t('explorer.heading')}</h1>
      <p>{t('explorer.role', { role: session?.role ?? t('public') })}</p>
      <div className="explorer-ide">
        <GraphiQL fetcher={fetcher} defaultQuery={FIRST_QUERY} shouldPersistHeaders={false} />
      </div>
    </section>
  );
}

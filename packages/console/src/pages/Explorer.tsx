import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { useEffect, useMemo, useRef } from 'react';
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
  const ide = useRef<HTMLDivElement>(null);
  const labels = useMemo(
    () => ({
      query: t('explorer.queryEditor'),
      variables: t('explorer.variablesEditor'),
      headers: t('explorer.headersEditor'),
      response: t('explorer.response'),
    }),
    [t],
  );
  // GraphiQL's editors are CodeMirror 5: a hidden textarea takes the keys and
  // the text scrolls in a div of its own. Each textarea is named for what it
  // edits, and each scrolling pane can be reached with the keyboard.
  useEffect(() => {
    const root = ide.current;
    if (!root) return;
    const name = () => {
      for (const editor of root.querySelectorAll<HTMLElement>('.CodeMirror')) {
        const label = editor.closest('.graphiql-query-editor')
          ? labels.query
          : editor.closest('.result-window')
            ? labels.response
            : editor.closest('.graphiql-editor')?.matches(':first-child')
              ? labels.variables
              : labels.headers;
        const area = editor.querySelector('textarea');
        if (area && area.getAttribute('aria-label') !== label)
          area.setAttribute('aria-label', label);
        const scroll = editor.querySelector<HTMLElement>('.CodeMirror-scroll');
        if (scroll && scroll.getAttribute('tabindex') !== '0') {
          scroll.setAttribute('tabindex', '0');
          scroll.setAttribute('role', 'region');
          scroll.setAttribute('aria-label', label);
        }
      }
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [labels]);
  return (
    <section className="explorer" aria-label={t('explorer.heading')}>
      <h1>{t('explorer.heading')}</h1>
      <p>{t('explorer.role', { role: session?.role ?? t('public') })}</p>
      <div className="explorer-ide" ref={ide}>
        <GraphiQL fetcher={fetcher} defaultQuery={FIRST_QUERY} shouldPersistHeaders={false} />
      </div>
    </section>
  );
}

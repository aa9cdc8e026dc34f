import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Client, cacheExchange, fetchExchange, Provider } from 'urql';
import { type Session, saveSession, storedSession } from './auth';
import { toggleLanguage } from './i18n';
import { Board } from './pages/Board';
import { SignIn } from './pages/SignIn';
import { takePrefetched } from './prefetch';
import { Link, useRoute } from './useRoute';

// The board is the landing page and in the app's own chunk; every other page is a chunk of its
// own, loaded when it is opened (docs/console.md, "Size and speed").
const Explorer = lazy(() => import('./pages/Explorer'));
const Monitoring = lazy(async () => ({ default: (await import('./pages/Monitoring')).Monitoring }));
const Notifications = lazy(async () => ({
  default: (await import('./pages/Notifications')).Notifications,
}));
const Profile = lazy(async () => ({ default: (await import('./pages/Profile')).Profile }));
const Report = lazy(async () => ({ default: (await import('./pages/Report')).Report }));
const Search = lazy(async () => ({ default: (await import('./pages/Search')).Search }));
const Zones = lazy(async () => ({ default: (await import('./pages/Zones')).Zones }));

export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session | undefined>(storedSession);
  const [notice, setNotice] = useState<string | undefined>();
  const route = useRoute();

  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
    setNotice(undefined);
  };

  const client = useMemo(
    () =>
      new Client({
        url: '/graphql',
        exchanges: [cacheExchange, fetchExchange],
        preferGetMethod: false,
        fetchOptions: (): RequestInit => ({
          headers: session
            ? { authorization: `Bearer ${session.token}` }
            : ({} as Record<string, string>),
        }),
        // An expired or refused token: back to the public view, saying why.
        // the board's first requests were sent before the app loaded: taken once (prefetch.ts)
        fetch: async (input, init) => {
          const response = await (takePrefetched(init) ?? fetch(input, init));
          if (session && response.status === 401) {
            saveSession(undefined);
            setSession(undefined);
            setNotice('signIn.expired');
          }
          return response;
        },
      }),
    [session],
  );

  const path = route.split('?')[0] ?? '/';
  let page: React.ReactNode;
  if (path.startsWith('/facilities/')) page = <Profile id={decodeURIComponent(path.slice(12))} />;
  else if (path === '/facilities') page = <Search />;
  // keyed by its address: a station's chart opened from the area's list starts afresh
  else if (path === '/monitoring') page = <Monitoring key={route} />;
  else if (path === '/zones') page = <Zones />;
  else if (path === '/report') page = <Report />;
  else if (path === '/notifications') page = <Notifications signedIn={session !== undefined} />;
  else if (path === '/sign-in') page = <SignIn session={session} onSignIn={signIn} />;
  else if (path === '/explorer') page = <Explorer session={session} />;
  else page = <Board />;

  return (
    <Provider value={client}>
      <header>
        <strong>{t('title')}</strong>
        <nav aria-label="main">
          <Link to="/">{t('nav.board')}</Link>
          <Link to="/facilities">{t('nav.search')}</Link>
          <Link to="/zones">{t('nav.zones')}</Link>
          <Link to="/monitoring">{t('nav.monitoring')}</Link>
          <Link to="/report">{t('nav.report')}</Link>
          <Link to="/explorer">{t('nav.explorer')}</Link>
          <Link to="/notifications">{t('nav.notifications')}</Link>
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </nav>
        <span className="role" data-testid="role">
          {t('role', { role: session?.role ?? t('public') })}
        </span>
        <button type="button" onClick={toggleLanguage} data-testid="language">
          {t('language')}
        </button>
      </header>
      {notice ? (
        <p role="alert" className="notice">
          {t(notice)}
        </p>
      ) : null}
      <main key={session?.token ?? 'public'}>
        <Suspense fallback={<progress aria-label={t('loading')} />}>{page}</Suspense>
      </main>
    </Provider>
  );
}

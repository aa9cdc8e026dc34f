import manifest from '../../../trusted-documents/console.json';
import { storedSession } from './auth';
import { fourQuarters, lastQuarter } from './boardPeriods';

/**
 * The board's requests sent as soon as the page starts, before the app's
 * script has arrived and been parsed: the API answers while the browser
 * loads the rest (docs/console.md, "Speed"). The app's client takes each
 * answer once, for the same operation, variables and token; anything else,
 * and anything asked again, goes to the network as usual.
 */
const sent = new Map<string, Promise<Response>>();

function requestKey(
  operationName: string,
  variables: Record<string, unknown>,
  authorization: string | undefined,
): string {
  const sorted = Object.keys(variables)
    .filter((name) => variables[name] !== undefined)
    .sort()
    .map((name) => [name, variables[name]]);
  return JSON.stringify([operationName, sorted, authorization ?? null]);
}

/** A registered document of the console by its operation's name: the text the gateway knows. */
function documentNamed(name: string): string | undefined {
  return Object.values(manifest.operations as Record<string, string>).find((text) =>
    new RegExp(`^query ${name}\\b`).test(text),
  );
}

function send(
  operationName: string,
  variables: Record<string, unknown>,
  authorization: string | undefined,
) {
  const query = documentNamed(operationName);
  if (!query) return;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (authorization) headers.authorization = authorization;
  const response = fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ operationName, query, variables }),
  });
  // a request that fails is asked again by the app, never answered from here
  response.catch(() => sent.delete(requestKey(operationName, variables, authorization)));
  sent.set(requestKey(operationName, variables, authorization), response);
}

/** On the board (`/`), its four requests as the board will ask them: the last quarter's report and the three quarters before it. */
export function prefetchBoard(): void {
  if (window.location.pathname !== '/' || window.location.search !== '') return;
  const session = storedSession();
  const authorization = session ? `Bearer ${session.token}` : undefined;
  const period = lastQuarter();
  send('ConsolePlanReport', { period }, authorization);
  for (const quarter of fourQuarters(period).slice(0, 3)) {
    send('ConsoleQuarterValues', { period: quarter }, authorization);
  }
}

/** The answer already asked for this request, taken once; undefined: ask the network. */
export function takePrefetched(init: RequestInit | undefined): Promise<Response> | undefined {
  if (sent.size === 0 || typeof init?.body !== 'string') return undefined;
  let body: { operationName?: string; variables?: Record<string, unknown> };
  try {
    body = JSON.parse(init.body) as typeof body;
  } catch {
    return undefined;
  }
  if (!body.operationName) return undefined;
  const headers = new Headers(init.headers);
  const key = requestKey(
    body.operationName,
    body.variables ?? {},
    headers.get('authorization') ?? undefined,
  );
  const found = sent.get(key);
  sent.delete(key);
  return found;
}

const KEY = 'ipc-hub.token';

export interface Session {
  token: string;
  role: string;
  expiresAt: number | undefined;
}

/** Reads a token's claims (the gateway verifies it; this only shows the role). */
export function readToken(token: string): Session | undefined {
  const part = token.trim().split('.')[1];
  if (!part) return undefined;
  try {
    const claims = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as {
      role?: string;
      exp?: number;
    };
    if (typeof claims.role !== 'string') return undefined;
    return {
      token: token.trim(),
      role: claims.role,
      expiresAt: claims.exp ? claims.exp * 1000 : undefined,
    };
  } catch {
    return undefined;
  }
}

export function storedSession(): Session | undefined {
  const token = sessionStorage.getItem(KEY);
  const session = token ? readToken(token) : undefined;
  return session && (!session.expiresAt || session.expiresAt > Date.now()) ? session : undefined;
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}

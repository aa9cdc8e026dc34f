import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** Is the field at `path` withheld from the caller (a FORBIDDEN error on it or under it)? */
export function withheld(error: CombinedError | undefined, ...path: string[]): boolean {
  return (
    error?.graphQLErrors.some(
      (e) =>
        e.extensions?.code === 'FORBIDDEN' &&
        path.every((segment, i) => e.path?.filter((p) => typeof p === 'string')[i + 1] === segment),
    ) ?? false
  );
}

/** An error the page could not work around, with what to do about it. */
export function ErrorNote({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const only = error.graphQLErrors.filter((e) => e.extensions?.code !== 'FORBIDDEN');
  if (!error.networkError && only.length === 0) return null;
  const message = error.networkError?.message ?? only.map((e) => e.message).join('; ');
  return (
    <p role="alert" className="error">
      {t('error', { message })}
    </p>
  );
}

export function Withheld() {
  const { t } = useTranslation();
  return <em className="withheld">{t('withheld')}</em>;
}

import type { Random } from './random';
import type { IsoDate } from './types';

/** The Investment Law 2014 replaced investment certificates from this day. */
const REGISTRATION_CERTIFICATES_FROM: IsoDate = '2015-07-01';

/**
 * An unused investment certificate number in the style of its time: the
 * Investment Law 2005 certificates ("Giấy chứng nhận đầu tư số 0120430…")
 * before mid 2015, ten-digit registration certificates after.
 */
export function drawCertificate(random: Random, since: IsoDate, taken: Set<string>): string {
  for (;;) {
    const certificate =
      since < REGISTRATION_CERTIFICATES_FROM
        ? `Giấy chứng nhận đầu tư số 0120430${String(random.int(0, 99_999)).padStart(5, '0')}`
        : `Giấy chứng nhận đăng ký đầu tư số ${String(random.int(1, 999_999_999)).padStart(10, '0')}`;
    if (taken.has(certificate)) continue;
    taken.add(certificate);
    return certificate;
  }
}

import { isUuid } from '@ipc-hub/db';
import { investmentCertificate } from '@ipc-hub/projects';
import { bilingual, todayInHanoi } from '@ipc-hub/server-kit';
import { z } from 'zod';

export const facilityId = z.string().refine(isUuid, {
  message: bilingual('Mã cơ sở không hợp lệ', 'facilityId is not a facility id'),
});

const since = z.string().refine((d) => d <= todayInHanoi(), {
  message: bilingual('Ngày vào khu ở tương lai', 'since is in the future'),
});

export const admitZoneTenantInput = z.object({
  zoneId: z.string(),
  facilityId,
  investmentCertificate: investmentCertificate.nullish(),
  connectedToPlant: z.boolean().nullish(),
  since: since.nullish(),
});

/** Left out: unchanged; null: cleared. */
export const updateZoneTenancyInput = z.object({
  facilityId,
  investmentCertificate: investmentCertificate.nullish(),
  connectedToPlant: z
    .boolean({ error: bilingual('Đấu nối không được để trống', 'connectedToPlant cannot be null') })
    .optional(),
  since: since.nullish(),
});

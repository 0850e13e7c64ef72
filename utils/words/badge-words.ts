// The toolbar badge's word marks in the user's language, for the badge itself and for the welcome
// page that explains them.

import type { BadgeWords } from '../tracker/badge';
import { uiLanguage } from '../browser/ui-language';
import { i18n } from '../browser/i18n';

export const badgeWords = (): BadgeWords => ({
  offHours: i18n.t('badge.offHours'),
  limitReached: (hours) => i18n.t('badge.limitReached', { hours: new Intl.NumberFormat(uiLanguage()).format(hours) }),
});

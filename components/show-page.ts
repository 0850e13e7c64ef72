// Shows one of Handrest's pages in the language of its messages: the root's lang and dir and the
// document title come from the locale file the browser chose (so an interface language Handrest
// has no file for gets English, left to right, rather than English words marked as that language).

import { render, type VNode } from 'preact';
import { i18n } from '@/utils/browser/i18n';

export type PageName = 'popup' | 'options' | 'history' | 'break' | 'welcome';

export function showPage(page: PageName, app: VNode): void {
  const root = document.documentElement;
  root.lang = i18n.t('locale.tag');
  root.dir = i18n.t('locale.dir');
  document.title = i18n.t(`pageTitle.${page}`);
  render(app, document.getElementById('app') as HTMLElement);
}

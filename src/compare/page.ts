/** The extension's comparison page: the outlets of the local history, charts and table. */
import browser from 'webextension-polyfill';
import { readHistory } from '../history/store.js';
import { readSettings } from '../options/settings.js';
import { pickUiLang, translator } from '../ui/i18n.js';
import { COMPARE_CSS } from './style.js';
import { renderComparison } from './view.js';

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = COMPARE_CSS;
  document.head.append(style);
  const settings = await readSettings(browser.storage.local);
  const lang = pickUiLang(browser.i18n.getUILanguage(), settings.uiLang);
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('compareTitle');
  document.getElementById('title')!.textContent = t('compareTitle');
  document.getElementById('note')!.textContent = t('compareNote');
  const { entries, problem } = await readHistory(browser.storage.local);
  if (problem) document.getElementById('problem')!.textContent = t('histRepaired', problem);
  renderComparison(document.getElementById('ql-compare')!, entries, t);
  document.body.dataset['ready'] = 'true';
}

main().catch((e: unknown) => {
  document.getElementById('problem')!.textContent = String((e as Error).message);
});

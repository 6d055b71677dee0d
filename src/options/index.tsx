/** The options page: auto-open, the panel's language and the history, saved in storage.local. */
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES, normaliseHost, readSettings, writeSettings, DEFAULT_SETTINGS, type Settings } from './settings.js';
import { pickUiLang, translator } from '../ui/i18n.js';
import { History } from './History.js';

function Options() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    readSettings(browser.storage.local).then(async (read) => {
      // the permission may have been taken back in the browser's settings: the switch says what holds
      const allowed = read.allSites && (await browser.permissions.contains({ origins: ALL_SITES }).catch(() => false));
      setS(read.allSites && !allowed ? { ...read, allSites: false } : read);
    });
  }, []);
  const lang = pickUiLang(browser.i18n.getUILanguage(), s.uiLang);
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const save = (next: Settings) => {
    setS(next);
    setSaved(false);
    writeSettings(browser.storage.local, next).then(() => setSaved(true));
  };
  // the permission is asked for in the click itself (browsers want the user's gesture for it)
  const setAllSites = (on: boolean) => {
    if (!on) {
      save({ ...s, allSites: false });
      browser.permissions.remove({ origins: ALL_SITES }).catch(() => undefined);
      return;
    }
    browser.permissions.request({ origins: ALL_SITES }).then(
      (granted) => save({ ...s, allSites: granted }),
      () => save({ ...s, allSites: false }),
    );
  };
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <label>
        <input
          type="checkbox"
          id="autoOpen"
          checked={s.autoOpen}
          onChange={(e) => save({ ...s, autoOpen: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('optAutoOpen')}
      </label>
      <label>
        <input
          type="checkbox"
          id="allSites"
          checked={s.allSites}
          onChange={(e) => setAllSites((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('optAllSites')}
      </label>
      <p class="hint">{t('optAllSitesHint')}</p>
      <label>
        {t('optUiLang')}
        <select
          id="uiLang"
          value={s.uiLang}
          onChange={(e) => save({ ...s, uiLang: (e.target as HTMLSelectElement).value as Settings['uiLang'] })}
        >
          <option value="auto">{t('optUiLangAuto')}</option>
          <option value="de">Deutsch</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('optPanelSide')}
        <select
          id="panelSide"
          value={s.panelSide}
          onChange={(e) => save({ ...s, panelSide: (e.target as HTMLSelectElement).value as Settings['panelSide'] })}
        >
          <option value="right">{t('optSideRight')}</option>
          <option value="left">{t('optSideLeft')}</option>
        </select>
      </label>
      <label for="sitesOff">{t('optSitesOff')}</label>
      <textarea
        id="sitesOff"
        rows={3}
        value={s.sitesOff.join('\n')}
        onChange={(e) =>
          save({
            ...s,
            sitesOff: (e.target as HTMLTextAreaElement).value
              .split(/\s+/)
              .map(normaliseHost)
              .filter((h): h is string => !!h),
          })
        }
      />
      <fieldset class="colours">
        <legend>{t('optColours')}</legend>
        {(Object.keys(s.colours) as Array<keyof Settings['colours']>).map((k) => (
          <label class="colour">
            <input
              type="color"
              id={`colour-${k}`}
              value={s.colours[k]}
              onChange={(e) => save({ ...s, colours: { ...s.colours, [k]: (e.target as HTMLInputElement).value } })}
            />{' '}
            {t('kind_' + k)}
          </label>
        ))}
      </fieldset>
      <p id="status" role="status">
        {saved ? t('optSaved') : ''}
      </p>
      <History s={s} save={save} t={t} />
    </>
  );
}

render(<Options />, document.getElementById('app')!);

/*
 * Tasklist configuration of assessment-workflow. It replaces the config.js of Camunda's webapp jar (7.24.0), whose
 * settings it keeps (the keyboard shortcuts, with Russian descriptions), and adds:
 * - locales: Russian only. Tasklist picks the browser's first language when it is listed in availableLocales and
 *   fallbackLocale otherwise; listing 'ru' alone makes Tasklist Russian for every browser, an English one too.
 *   The labels are in ../locales/ru.json (RussianLocaleCoversShippedEnglishTest checks them against the shipped en.json).
 * - disableWelcomeMessage: no "Welcome to Camunda" box pointing to Camunda's product page after the first login.
 * - customScripts: report-links.js, header links to the monitoring page and the audit trail.
 * The Camunda 8 migration banner is hidden in ../styles/user-styles.css (the webapps have no switch for it).
 * See the README, "Russian Tasklist".
 */

export default {
  // Keep this object plain data (no functions): RussianByDefaultConfigTest reads it.
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  disableWelcomeMessage: true,
  customScripts: ['scripts/report-links.js'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'взять выбранную задачу в работу'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'перейти к первому фильтру в списке'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'перейти к первой задаче в списке'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'перейти к первому полю формы задачи'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'открыть окно запуска процесса'
    }
  }
};

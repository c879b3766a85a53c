/*
 * Welcome configuration of assessment-workflow. It replaces the config.js of Camunda's webapp jar (7.24.0), which
 * sets nothing, and adds:
 * - locales: Russian only. Welcome picks the browser's first language when it is listed in availableLocales and
 *   fallbackLocale otherwise; listing 'ru' alone makes Welcome Russian for every browser, an English one too.
 *   The labels are in ../locales/ru.json (RussianLocaleCoversShippedEnglishTest checks them against the shipped en.json).
 * - disableWelcomeMessage: no "Welcome to Camunda" box pointing to Camunda's product page after the first login.
 * - links: Welcome's own setting for extra links («Ссылки» on the right of the page): the monitoring page and the audit
 *   trail. Tasklist reaches Welcome from its header (the apps menu, «Главная страница»).
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
  links: [
    {
      label: 'Мониторинг хода работ',
      href: '/monitoring/index.html',
      description: 'Региональному и муниципальным координаторам: этап работ, загрузка результатов, просрочки и эскалации по школам'
    },
    {
      label: 'Журнал действий и соблюдение сроков',
      href: '/audit/index.html',
      description: 'Аудитору и координаторам: кто и когда выполнил действия памяток, выгрузка в Excel, сводка по срокам'
    }
  ]
};

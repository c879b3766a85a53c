/*
 * Tasklist header links to the monitoring page and the audit trail: frontend plugins loaded through config.js's
 * customScripts (Camunda 7's supported way: an ES module whose default export names the plugin point and renders
 * into the node it is given), at the plugin point tasklist.navbar.action, next to «Запустить процесс».
 */
const link = (id, href, label, title) => ({
  id: 'assessment-' + id,
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => {
    node.innerHTML = `<a href="${href}" id="${id}" target="_blank" rel="noopener" title="${title}">${label}</a>`;
  }
});

export default [
  link('monitoring-link', '/monitoring/index.html', 'Мониторинг', 'Мониторинг хода работ по школам (координаторам)'),
  link('audit-link', '/audit/index.html', 'Журнал и сроки', 'Журнал действий и соблюдение сроков (аудитору и координаторам)')
];

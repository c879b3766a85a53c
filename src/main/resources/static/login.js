/*
 * The login of the report pages (audit/, monitoring/): like the import pages, they call /api/* with HTTP basic
 * credentials typed into the page. The credentials are kept in this browser tab's sessionStorage only (gone when the
 * tab closes), so that the audit and monitoring pages share one login.
 */
const Login = (() => {
  const KEY = 'assessment.basic';
  const encode = (user, password) => 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password)));
  return {
    header: () => sessionStorage.getItem(KEY),
    user: () => sessionStorage.getItem(KEY + '.user'),
    remember: (user, password) => {
      sessionStorage.setItem(KEY, encode(user, password));
      sessionStorage.setItem(KEY + '.user', user);
    },
    forget: () => { sessionStorage.removeItem(KEY); sessionStorage.removeItem(KEY + '.user'); },
    /** fetch with the credentials; a 401 forgets them. */
    fetch: async (url) => {
      const response = await fetch(url, { headers: { 'Authorization': sessionStorage.getItem(KEY) || '' } });
      if (response.status === 401) {
        sessionStorage.removeItem(KEY);
      }
      return response;
    },
    escape: text => String(text ?? '').replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c])),
    date: iso => iso ? new Date(iso).toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', day: '2-digit', month: '2-digit',
      year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '',
    /** The 18 municipalities of the region (ids as in the plan-schedule and the API). */
    municipalities: [['boksitogorsk', 'Бокситогорский'], ['volosovo', 'Волосовский'], ['volkhov', 'Волховский'],
      ['vsevolozhsk', 'Всеволожский'], ['vyborg', 'Выборгский'], ['gatchina', 'Гатчинский'], ['kingisepp', 'Кингисеппский'],
      ['kirishi', 'Киришский'], ['kirovsk', 'Кировский'], ['lodeynoye-pole', 'Лодейнопольский'], ['lomonosov', 'Ломоносовский'],
      ['luga', 'Лужский'], ['podporozhye', 'Подпорожский'], ['priozersk', 'Приозерский'], ['slantsy', 'Сланцевский'],
      ['tikhvin', 'Тихвинский'], ['tosno', 'Тосненский'], ['sosnovy-bor', 'Сосновоборский городской округ']]
  };
})();

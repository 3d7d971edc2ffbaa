// #/login: user name and password → POST /api/session; shows who is
// logged in, with their roles and units, and a logout.
import { h, clear, errorView } from '../dom.js';
import { t } from '../i18n.js';
import { session, login, logout, roleName } from '../session.js';

export async function render(main) {
  const st = session();
  if (st.user) {
    main.append(h('section', { class: 'card', testid: 'login-done' },
      h('h1', {}, t('login.signed_in_as', { name: st.user.display_name || st.user.name })),
      h('ul', { class: 'grants', testid: 'login-grants' },
        (st.user.grants || []).map(g => h('li', {}, `${roleName(g.role)} · ${g.unit}`))),
      h('p', {}, h('a', { href: '#/results', testid: 'login-continue' }, t('login.continue'))),
      h('button', {
        type: 'button', testid: 'login-logout',
        on: { click: async () => { await logout(); location.hash = '#/login'; location.reload(); } },
      }, t('login.logout'))));
    return;
  }
  const user = h('input', { name: 'user', autocomplete: 'username', required: true, testid: 'login-user', autocapitalize: 'none' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, testid: 'login-password' });
  const status = h('div', { testid: 'login-status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary', testid: 'login-submit' }, t('login.submit'));
  const form = h('form', { class: 'card narrow', testid: 'login-form' },
    h('h1', {}, t('login.title')),
    st.open ? h('p', { class: 'note', testid: 'login-open' }, t('login.open_server')) : null,
    h('label', { class: 'field' }, h('span', { class: 'label' }, t('login.user')), user),
    h('label', { class: 'field' }, h('span', { class: 'label' }, t('login.password')), password),
    submit, status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    clear(status, h('p', { class: 'loading' }, t('app.loading')));
    try {
      await login(user.value.trim(), password.value);
      password.value = '';
      const back = sessionStorage.getItem('janadhar.after_login') || '#/results';
      sessionStorage.removeItem('janadhar.after_login');
      location.hash = back.startsWith('#/login') ? '#/results' : back;
    } catch (err) {
      let msg;
      if (err.status === 401) msg = t('login.bad');
      else if (err.status === 429) msg = t('login.too_many');
      if (msg) clear(status, h('p', { class: 'error', role: 'alert', testid: 'login-error' }, msg));
      else clear(status, errorView(err));
    } finally {
      submit.disabled = false;
    }
  });
  main.append(form);
  user.focus();
}

// Who is logged in: the session from GET /api/session (or the login), its
// CSRF token, and the unit a page starts from. A server without sessions
// (the endpoint not there yet) is served as "open": pages work without login.
import { ApiError, get, post, del, setCsrfToken } from './api.js';
import { t } from './i18n.js';

let state = { user: null, open: false, checked: false };

export function session() { return state; }

// Asks the server who we are. Never throws.
export async function refreshSession() {
  try {
    const doc = await get('/api/session', undefined, { quiet401: true });
    adopt(doc);
  } catch (err) {
    state = { user: null, open: err instanceof ApiError && err.kind === 'unavailable', checked: true };
  }
  return state;
}

function adopt(doc) {
  if (doc.csrf_token) setCsrfToken(doc.csrf_token);
  state = { user: doc.user || null, open: false, checked: true };
}

// Logs in; throws ApiError (401 bad login, 429 too many attempts).
export async function login(user, password) {
  const doc = await post('/api/session', { user, password }, { quiet401: true });
  adopt(doc);
  return state;
}

export async function logout() {
  try { await del('/api/session', { quiet401: true }); } catch (_) { /* gone anyway */ }
  setCsrfToken('');
  state = { user: null, open: state.open, checked: true };
}

// The unit pages start from: the first of the user's grants, else the one
// last looked at, else the national unit.
export function homeUnit() {
  const grants = (state.user && state.user.grants) || [];
  if (grants.length) return grants[0].unit;
  return localStorage.getItem('janadhar.unit') || 'IN';
}

export function rememberUnit(unit) {
  try { localStorage.setItem('janadhar.unit', unit); } catch (_) { /* private mode */ }
}

export function roleName(role) {
  switch (role) {
    case 'admin': return t('role.admin');
    case 'office_bearer': return t('role.office_bearer');
    case 'worker': return t('role.worker');
    case 'viewer': return t('role.viewer');
    default: return role;
  }
}

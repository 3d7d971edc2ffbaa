// Calls to the JSON API (docs/api.md). Every failure becomes an ApiError
// with `kind`: 'network' (no answer: offline, server down), 'unavailable'
// (this server has no such endpoint yet), 'auth' (401: log in), or
// 'server' (the API's {"error": {"code", "message"}}).
// Every request other than GET sends the session's CSRF token.

export class ApiError extends Error {
  constructor(kind, status, code, message) {
    super(message || code || kind);
    this.kind = kind;
    this.status = status;
    this.code = code;
  }
}

let csrfToken = sessionStorage.getItem('janadhar.csrf') || '';
let onUnauthorized = () => {};

export function setCsrfToken(token) {
  csrfToken = token || '';
  if (csrfToken) sessionStorage.setItem('janadhar.csrf', csrfToken);
  else sessionStorage.removeItem('janadhar.csrf');
}

// Called on every 401 (except the login request itself).
export function setUnauthorizedHandler(fn) { onUnauthorized = fn; }

// "/api/x" with the non-empty entries of `params` as its query.
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function request(method, path, body, { quiet401 = false } = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError('network', 0, 'network', String(e && e.message));
  }
  let doc = null;
  const text = await res.text().catch(() => '');
  if (text) {
    try { doc = JSON.parse(text); } catch (_) { doc = null; }
  }
  if (res.ok) return doc === null ? {} : doc;
  const err = (doc && doc.error) || {};
  const message = err.message || `HTTP ${res.status}`;
  if (res.status === 401) {
    if (!quiet401) onUnauthorized();
    throw new ApiError('auth', 401, err.code || 'unauthenticated', message);
  }
  // The API's own 404 for a path it has no route for, and 405 for a method
  // a path does not take: the endpoint is not on this server (yet).
  if ((res.status === 404 && /^no endpoint /.test(message)) || res.status === 405 ||
      res.status === 501) {
    throw new ApiError('unavailable', res.status, err.code || 'unavailable', message);
  }
  if (res.status === 502 || res.status === 504) {
    throw new ApiError('network', res.status, 'network', message);
  }
  throw new ApiError('server', res.status, err.code || 'error', message);
}

export const get = (path, params, opts) => request('GET', withQuery(path, params), undefined, opts);
export const post = (path, body, opts) => request('POST', path, body, opts);
export const del = (path, opts) => request('DELETE', path, undefined, opts);

// Segments of a path, each encoded ("S24/D:AGRA" stays one query value;
// in a path, an id is encoded whole).
export const enc = encodeURIComponent;

// Sign-in with OpenID Connect: authorization code + PKCE (S256), no client secret, no library.
// The verifier and state wait in sessionStorage during the round trip to the issuer; the tokens stay in
// sessionStorage (this tab only) until they expire or the user signs out.

const SESSION = 'pactum.dashboard.session';
const PENDING = 'pactum.dashboard.pending';
const SIGNED_OUT = 'pactum.dashboard.signed-out';

export async function discover(issuer) {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`The sign-in service at ${issuer} did not answer (HTTP ${response.status}).`);
  }
  return response.json();
}

export function redirectUri(config) {
  return config.redirectUri || new URL('./', window.location.href).href;
}

let leaving = false;

/** Sends the browser to the issuer's login; `returnTo` (the filters in the URL's hash) comes back afterwards. */
export async function signIn(oidc, config, returnTo) {
  if (leaving) {
    return; // several views found the token expired at once: one round trip is enough
  }
  leaving = true;
  const verifier = randomString(48);
  const state = randomString(24);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(oidc.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    scope: config.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.href);
}

/**
 * On the way back from the issuer: exchanges the code for tokens when the state matches what this tab sent.
 * Returns where to go back to (the hash), or null when this page load is not a sign-in callback.
 */
export async function completeSignIn(oidc, config) {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', redirectUri(config));
  if (error) {
    throw new Error(`Sign-in failed: ${params.get('error_description') || error}`);
  }
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('Sign-in failed: the answer does not belong to this browser tab. Reload to try again.');
  }
  const response = await fetch(oidc.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(config),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error(`Sign-in failed: the token exchange answered HTTP ${response.status}.`);
  }
  const tokens = await response.json();
  const claims = decodeClaims(tokens.access_token);
  const expiresAt = claims.exp ? claims.exp * 1000 : Date.now() + (tokens.expires_in || 300) * 1000;
  sessionStorage.setItem(SESSION, JSON.stringify({
    accessToken: tokens.access_token, idToken: tokens.id_token || null, expiresAt, claims,
  }));
  return pending.returnTo || '';
}

/** The signed-in session of this tab, or null when there is none or its token (nearly) expired. */
export function currentSession() {
  const session = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  if (!session || session.expiresAt - 30_000 < Date.now()) {
    return null;
  }
  return session;
}

/** Forgets the tokens and ends the issuer's session too, coming back to this page signed out. */
export function signOut(oidc, config) {
  const session = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  sessionStorage.removeItem(SESSION);
  sessionStorage.setItem(SIGNED_OUT, 'yes');
  if (!oidc.end_session_endpoint || !session || !session.idToken) {
    window.location.assign(redirectUri(config));
    return;
  }
  const url = new URL(oidc.end_session_endpoint);
  url.search = new URLSearchParams({
    id_token_hint: session.idToken,
    client_id: config.clientId,
    post_logout_redirect_uri: redirectUri(config),
  }).toString();
  window.location.assign(url.href);
}

/** True once, right after signing out: the page then offers to sign in again instead of doing it. */
export function justSignedOut() {
  const signedOut = sessionStorage.getItem(SIGNED_OUT) === 'yes';
  sessionStorage.removeItem(SIGNED_OUT);
  return signedOut;
}

function decodeClaims(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
  return JSON.parse(json);
}

function randomString(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

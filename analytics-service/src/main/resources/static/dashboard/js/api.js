// Calls analytics-service's API with the signed-in user's bearer token.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class Api {
  /**
   * @param base the API's path, e.g. /api/analytics
   * @param token returns the current access token
   * @param onUnauthorized called on a 401 (the token expired or was revoked): signs in again
   */
  constructor(base, token, onUnauthorized) {
    this.base = base;
    this.token = token;
    this.onUnauthorized = onUnauthorized;
  }

  url(path, params = {}) {
    const query = new URLSearchParams();
    Object.entries(params).forEach(([name, value]) => {
      if (value !== undefined && value !== null && value !== '') {
        query.set(name, value);
      }
    });
    const search = query.toString();
    return `${this.base}${path}${search ? `?${search}` : ''}`;
  }

  async json(path, params) {
    const response = await this.send(path, params, 'application/json');
    return response.json();
  }

  async csv(path, params) {
    const response = await this.send(path, params, 'text/csv');
    return response.blob();
  }

  async send(path, params, accept) {
    const response = await fetch(this.url(path, params), {
      headers: { Accept: accept, Authorization: `Bearer ${this.token()}` },
      cache: 'no-store',
    });
    if (response.status === 401) {
      this.onUnauthorized();
      throw new ApiError(401, 'Your session ended; signing in again.');
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemDetail(response));
    }
    return response;
  }
}

async function problemDetail(response) {
  const fallback = {
    403: 'Your role does not allow this view.',
    404: 'Not found, or not one of your business units.',
  }[response.status] || `The service answered HTTP ${response.status}.`;
  try {
    const problem = await response.json();
    return problem.detail || fallback;
  } catch {
    return fallback;
  }
}

/** Saves a Blob as a file through a temporary link (works without a server round trip for the download). */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

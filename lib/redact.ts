/** Anything URL-shaped in a text: a scheme, `//`, then up to a blank or quote. */
const URL_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s"'<>]+)/gi;

/**
 * A URL without what may be a secret: its userinfo (`user:password@`) and its query and
 * fragment (`?token=…`), e.g. `https://hooks.example/in?[redacted]`.
 */
export function redactUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)([?#].*)?$/i.exec(url);
  if (!match) {
    return url;
  }
  const [, scheme, authority = '', path = '', rest] = match;
  const host = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  return `${scheme}${host}${path}${rest ? '?[redacted]' : ''}`;
}

/** A database URL with its password hidden, its user kept (`mysql://root:***@db/inventory`): which account failed is worth knowing. */
export function hidePassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** A text (an error message) with every URL in it redacted. */
export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (_url, scheme: string, rest: string) => redactUrl(`${scheme}${rest}`));
}

/** The server URL as people see it, and as the driver is given it. */

/**
 * The URL with its password replaced by ***, for every message. Userinfo ends at the last @ before the query,
 * so a password with an unencoded @ or / is still masked whole; a password given as a query parameter too.
 */
export function maskPassword(url: string): string {
  const query = url.search(/[?#]/);
  const authority = url.slice(0, query === -1 ? url.length : query);
  const scheme = authority.indexOf('://');
  const at = authority.lastIndexOf('@');
  const colon = authority.indexOf(':', scheme + 3);
  const masked =
    scheme !== -1 && at > scheme && colon !== -1 && colon < at ? `${url.slice(0, colon)}:***${url.slice(at)}` : url;
  return masked.replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/**
 * pg reads `sslmode=require` (and prefer, verify-ca) as verify-full unless the URL also says
 * `uselibpqcompat=true`, and warns on stderr that this will change. With it, sslmode means what it means in
 * psql: require encrypts without checking the certificate (or checks it against `sslrootcert` when given),
 * verify-ca checks the CA, verify-full the CA and the host name, disable does not encrypt.
 */
export function withLibpqSslModes(url: string): string {
  if (!/[?&]sslmode=/i.test(url) || /[?&]uselibpqcompat=/i.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}uselibpqcompat=true`;
}

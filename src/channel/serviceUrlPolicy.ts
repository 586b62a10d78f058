/** Host names of this machine: the Bot Framework Emulator and tests answer there. */
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Where the bot may send its replies. With Bot Framework authentication the channel's signed token
 * vouches for the service URL, so any http(s) URL goes. Without it anyone can post an activity, so
 * replies go only to loopback (the Emulator, tests) and to the URLs named in ALLOWED_SERVICE_URLS:
 * the server never sends requests anywhere an unauthenticated caller names.
 */
export class ServiceUrlPolicy {
  private readonly allowed: URL[];

  constructor(
    private readonly authenticated: boolean,
    allowed: readonly string[],
  ) {
    this.allowed = allowed.map((url) => new URL(url));
  }

  allows(serviceUrl: string): boolean {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (url.username !== '' || url.password !== '') return false;
    if (this.authenticated || LOOPBACK_HOSTS.test(url.hostname)) return true;
    return this.allowed.some((entry) => entry.origin === url.origin && url.pathname.startsWith(entry.pathname));
  }
}

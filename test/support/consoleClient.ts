/** A browser-like client: keeps the session cookie and reads the CSRF token from the last page. */
export class ConsoleClient {
  cookie = '';
  csrf = '';

  constructor(private readonly baseUrl: string) {}

  async get(path: string): Promise<Response> {
    return this.remember(await fetch(this.baseUrl + path, { headers: { cookie: this.cookie }, redirect: 'manual' }));
  }

  async post(path: string, form: Record<string, string>): Promise<Response> {
    return this.remember(
      await fetch(this.baseUrl + path, {
        method: 'POST',
        headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );
  }

  async signIn(name: string, password: string): Promise<Response> {
    await this.text(await this.get('/console/sign-in'));
    return this.post('/console/sign-in', { _csrf: this.csrf, name, password });
  }

  async text(response: Response): Promise<string> {
    const body = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token) this.csrf = token;
    return body;
  }

  private remember(response: Response): Response {
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('console_session='));
    if (cookie) this.cookie = cookie.split(';')[0] ?? '';
    return response;
  }
}

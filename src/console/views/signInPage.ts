import { html } from '../html.js';
import { csrfField, page, texts, type PageContext } from './layout.js';

export interface SignInView {
  error?: string;
  name?: string;
  oidc: boolean;
}

export function signInPage(context: PageContext, view: SignInView) {
  const t = texts(context);
  return page(context, {
    title: t('console.sign-in.title'),
    body: html`
${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
${view.oidc ? html`<p><a class="button" href="/console/oidc/start">${t('console.sign-in.oidc')}</a></p>` : ''}
<form method="post" action="/console/sign-in" class="sign-in">
  ${csrfField(context)}
  <p><label for="name">${t('console.sign-in.name')}</label>
  <input id="name" name="name" autocomplete="username" required value="${view.name ?? ''}"></p>
  <p><label for="password">${t('console.sign-in.password')}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">${t('console.sign-in.submit')}</button></p>
</form>`,
  });
}

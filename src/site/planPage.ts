import type { Messages } from '../content/messages.js';
import { html, type Html } from '../console/html.js';
import type { Plan } from '../plan/plan.js';
import { planSections, type PlanSection } from '../plan/planSections.js';
import { SITE_STYLESHEET_PATH } from './noticePage.js';

export const PLAN_PAGE_STYLESHEET_PATH = '/site/plan.css';
export const PLAN_PAGE_SCRIPT_PATH = '/site/print.js';

/** How the plan's lines are marked by planSections: a bullet, a detail under it, a numbered step. */
const BULLET = /^• /;
const DETAIL = /^ {2}/;
const NUMBERED = /^\d+\. /;

/** A run of lines shown as one paragraph, bulleted list or numbered list. */
type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: Array<{ text: string; details: string[] }> };

/** The plan as a page of its own: the same sections as the card, readable on a phone and on A4 paper. */
export function renderPlanPage(messages: Messages, plan: Plan, retentionDays: number): string {
  const sections = planSections(plan, messages);
  return page(
    plan.title,
    html`<h1>${plan.title}</h1>
<div class="plan-tools">
<p>${messages.text('site.plan.intro')}</p>
<p><button type="button" class="print-button" id="print-plan" hidden>${messages.text('site.plan.print')}</button></p>
<p class="print-help">${messages.text('site.plan.print-help')}</p>
</div>
${sections.map(renderSection)}
<footer class="plan-note">
<p>${messages.text('site.plan.private')}</p>
<p>${messages.text('site.plan.kept', { days: retentionDays })}</p>
</footer>`,
  );
}

/** The kind answer to a link that opens nothing (mistyped, deleted or expired). */
export function renderPlanGonePage(messages: Messages): string {
  return notice(messages, messages.text('site.plan.gone.title'), [messages.text('site.plan.gone.text'), messages.text('site.plan.gone.again')]);
}

/** The answer when the plan could not be read just now. */
export function renderPlanErrorPage(messages: Messages): string {
  return notice(messages, messages.text('site.plan.error'), []);
}

function notice(messages: Messages, title: string, paragraphs: readonly string[]): string {
  return page(
    title,
    html`<h1>${title}</h1>
${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
<p><a href="/">${messages.text('site.nav.chat')}</a></p>`,
  );
}

function page(title: string, main: Html): string {
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="stylesheet" href="${SITE_STYLESHEET_PATH}">
<link rel="stylesheet" href="${PLAN_PAGE_STYLESHEET_PATH}">
<script src="${PLAN_PAGE_SCRIPT_PATH}" defer></script>
</head>
<body class="plan-page">
<main id="main">
${main}
</main>
</body>
</html>
`.value;
}

function renderSection(section: PlanSection): Html {
  const id = `plan-${section.key}`;
  return html`<section class="plan-section" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${section.label}</h2>
${blocksOf(section.lines).map(renderBlock)}
${section.links.length > 0 ? html`<ul class="plan-links">${section.links.map((link) => html`<li><a href="${link.url}">${link.title}</a><span class="print-url"> ${link.url}</span></li>`)}</ul>` : ''}
</section>`;
}

function renderBlock(block: Block): Html {
  if (block.kind === 'p') return html`<p>${block.text}</p>`;
  const items = block.items.map(
    (item) => html`<li>${item.text}${item.details.length > 0 ? html`<ul class="details">${item.details.map((detail) => html`<li>${detail}</li>`)}</ul>` : ''}</li>`,
  );
  return block.kind === 'ol' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}

/** Groups the section's lines: bulleted and numbered lines into lists (their markers dropped), details under their item. */
function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    const kind = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : undefined;
    if (DETAIL.test(line) && last !== undefined && last.kind !== 'p' && last.items.length > 0) {
      last.items.at(-1)?.details.push(line.trim());
    } else if (kind === undefined) {
      blocks.push({ kind: 'p', text: line.trim() });
    } else {
      const item = { text: line.replace(kind === 'ul' ? BULLET : NUMBERED, ''), details: [] };
      if (last !== undefined && last.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    }
  }
  return blocks;
}

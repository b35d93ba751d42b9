import { leadContinuesRole } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';
import { childrenOf, fieldOf, itemsOf, plainText } from '../content-tree';
import { WORDS } from '../document-words';
import { bodyHtml, table } from './content';
import type { HtmlContext } from './context';
import { inlineHtml } from './inline';

/**
 * The printed form of each structured block, the same designs as the Word export: titles in the block
 * title style, field captions as small capitals, numbers written out, tables for what is tabular. Each
 * block is a section, so its parts stay together in the reading order of the tagged PDF.
 */

/** A one-line field in the given element and class, or '' when it is empty. */
function line(block: SerializedNode, name: string, context: HtmlContext, tag: string, className: string, prefix = ''): string {
  const value = fieldOf(block, name);
  if (!value || !plainText(value).trim()) return '';
  const lead = prefix ? `<span class="prefix">${prefix}</span>` : '';
  return `<${tag} class="${className}">${lead}${inlineHtml(childrenOf(value), context)}</${tag}>`;
}

/** A rich field's paragraphs, lists and tables, under a caption when one is given and it has text. */
function rich(block: SerializedNode, name: string, context: HtmlContext, caption?: string): string {
  const value = fieldOf(block, name);
  if (!value || !plainText(value).trim()) return '';
  const body = childrenOf(value)
    .map((child) => bodyHtml(child, context))
    .join('');
  return caption ? `<p class="field-label">${caption}</p>${body}` : body;
}

const title = (block: SerializedNode, name: string, context: HtmlContext, number?: number) =>
  line(block, name, context, 'p', 'block-title', number === undefined ? '' : `${number}. `);

const section = (type: string, inner: string, extra = '') => `<section class="block ${type}"${extra}>${inner}</section>`;

function numberedItems(items: SerializedNode[], render: (item: SerializedNode, number: string) => string): string {
  return items.map((item, index) => `<div class="item">${render(item, `${index + 1}. `)}</div>`).join('');
}

/** An items field's numbered items under a caption, or '' when no item has text yet. */
function items(block: SerializedNode, name: string, context: HtmlContext, caption: string, render: (item: SerializedNode, number: string) => string): string {
  const written = itemsOf(block, name).filter((item) => plainText(item).trim());
  return written.length ? `<p class="field-label">${caption}</p>${numberedItems(written, render)}` : '';
}

/**
 * A role's name and lead-in: one sentence ("Medarbetare ansvarar för att") when the lead-in continues the
 * name, otherwise the name as the block's title and the lead-in on its own line.
 */
function roleOpening(block: SerializedNode, context: HtmlContext): string {
  const role = fieldOf(block, 'role');
  const lead = fieldOf(block, 'lead');
  if (!role || !lead || !leadContinuesRole(plainText(role), plainText(lead))) return title(block, 'role', context) + line(block, 'lead', context, 'p', 'lead');
  return `<p class="role-lead"><span class="role-name">${inlineHtml(childrenOf(role), context)}</span> ${inlineHtml(childrenOf(lead), context)}</p>`;
}

export function structuredBlockHtml(block: SerializedNode, context: HtmlContext): string {
  switch (block.type) {
    case 'principle':
      return section('principle', title(block, 'title', context, context.principleNumber(block)) + rich(block, 'explanation', context));
    case 'role':
      return section('role', roleOpening(block, context) + rich(block, 'responsibilities', context));
    case 'method-guide':
      return section(
        'method-guide',
        title(block, 'name', context) +
          rich(block, 'purpose', context, WORDS.fields.purpose) +
          rich(block, 'when', context, WORDS.fields.when) +
          items(block, 'steps', context, WORDS.fields.steps, (step, number) => line(step, 'title', context, 'p', 'step-title', number) + rich(step, 'guidance', context)) +
          rich(block, 'tools', context, WORDS.fields.tools),
      );
    case 'goals':
      return section(
        'goals',
        title(block, 'title', context) +
          numberedItems(
            itemsOf(block, 'goals'),
            (goal, number) =>
              line(goal, 'goal', context, 'p', 'step-title', number) +
              line(goal, 'indicator', context, 'p', 'goal-detail', `${WORDS.fields.indicator}: `) +
              line(goal, 'target', context, 'p', 'goal-detail', `${WORDS.fields.target}: `),
          ),
      );
    case 'definition':
      return section(
        'definition',
        line(block, 'term', context, 'p', 'block-title') +
          rich(block, 'definition', context) +
          line(block, 'source', context, 'p', 'source', `${WORDS.fields.source}: `),
      );
    case 'comparison': {
      const tableNode = childrenOf(fieldOf(block, 'table') ?? block).find((child) => child.type === 'table');
      return section('comparison', title(block, 'title', context) + (tableNode ? table(tableNode, context) : ''));
    }
    case 'annual-cycle': {
      const rows = itemsOf(block, 'months').map(
        (month) => `<tr><td>${line(month, 'month', context, 'span', 'month')}</td><td>${rich(month, 'activities', context)}</td></tr>`,
      );
      const head = `<thead><tr><th scope="col">${WORDS.fields.month}</th><th scope="col">${WORDS.fields.activities}</th></tr></thead>`;
      return section('annual-cycle', `${title(block, 'title', context)}<table class="two-columns">${head}<tbody>${rows.join('')}</tbody></table>`);
    }
    case 'staged-model':
      return section(
        'staged-model',
        title(block, 'title', context) +
          numberedItems(itemsOf(block, 'stages'), (stage, number) => line(stage, 'name', context, 'p', 'step-title', number) + rich(stage, 'description', context)),
      );
    case 'callout': {
      const important = block.variant === 'important';
      const label = important ? WORDS.callout.important : WORDS.callout.note;
      return section(
        `callout ${important ? 'important' : 'note'}`,
        `<p class="field-label">${label}</p>${rich(block, 'body', context)}`,
        ` role="note"`,
      );
    }
    default:
      // An item (a step, a goal) outside its block: its fields' text, in order.
      return childrenOf(block)
        .map((child) =>
          child.multiline
            ? childrenOf(child)
                .map((node) => bodyHtml(node, context))
                .join('')
            : `<p>${inlineHtml(childrenOf(child), context)}</p>`,
        )
        .join('');
  }
}

import { Replies } from '../../dialogs/replies.js';
import { KnowledgeAnswers } from '../../src/replies/knowledgeAnswers.js';
import { content } from '../support/harness.js';

describe('KnowledgeAnswers', () => {
  const answers = new KnowledgeAnswers(content().understanding.knowledge, new Replies(content().messages), content().abbreviations);

  test('when two entries are close, then the young person gets one button per entry title', () => {
    const reply = answers.choose(['inschakelingsuitkering', 'beroepsinschakelingstijd']);
    expect(reply.channelData.step).toBe('kb.choose');
    const titles = reply.suggestedActions?.actions.map((action) => action.title) ?? [];
    expect(titles).toEqual([
      content().understanding.knowledge.entry('inschakelingsuitkering')?.title,
      content().understanding.knowledge.entry('beroepsinschakelingstijd')?.title,
    ]);
  });

  test('when a button with an entry title is sent back, then that entry answers', () => {
    const title = content().understanding.knowledge.entry('beroepsinschakelingstijd')?.title ?? '';
    expect(content().understanding.topic(title)).toMatchObject({ kind: 'answer', id: 'beroepsinschakelingstijd' });
  });

  test('when no entry fits, then the bot says so and offers a person with a button', () => {
    const reply = answers.unknown();
    expect(reply.channelData.step).toBe('kb.unknown');
    expect(reply.suggestedActions?.actions.map((a) => a.value)).toEqual(['Ik wil met iemand praten']);
    expect(content().phrases.command('Ik wil met iemand praten')).toBe('human');
  });
});

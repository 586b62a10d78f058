/** An Adaptive Card (schema 1.4, shown by Teams and Web Chat) with a text fallback for older clients. */
export function adaptiveCard(body: object[], fallbackText: string, actions: object[] = []): object {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    fallbackText,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** The event the web page sends when it opens a private link; its `value` is the link's token. */
export const RETURN_EVENT = 'openReturnLink';

/**
 * Social-media handles: a word that starts with @ ("@kerem.yldz"), and a user name right after the
 * name of a platform ("snap: tibo.mrtns", "insta = jana_desmet07", "mijn tiktok is divine.ilunga",
 * "tiktok @hamzaazz"). After a platform name with ":", "=" or "is" any word that is not an everyday
 * word counts; with only a space between them, the user name needs an @, a dot, an underscore or a
 * digit ("snap zuzia_k06"), so "insta stories" stays.
 */
import { isCommonWord } from './commonWords.js';
import type { TextRange } from './types.js';

const AT_HANDLE = /(?<![\p{L}\p{N}._@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;
const PLATFORMS = String.raw`insta(?:gram)?|ig|snap(?:chat)?|tiktok|tik[ \t]tok|twitter|facebook|fb|discord|telegram|threads|bereal|twitch|youtube|yt|pinterest`;
const AFTER_PLATFORM = new RegExp(
  String.raw`(?<![\p{L}])(${PLATFORMS})(?:[ \t]*(?:account|naam|name))?((?:[ \t]*[:=][ \t]*)|(?:[ \t]+(?:is|est|=)[ \t]+)|[ \t]+)(@?[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)`,
  'giu',
);
/** Words that follow a platform's name but are no user name. */
const NOT_HANDLES = new Set([
  'privé', 'prive', 'private', 'kapot', 'gehackt', 'hacked', 'weg', 'account', 'pagina', 'profiel', 'story', 'stories', 'verhaal',
  'dm', 'sturen', 'stuur', 'volg', 'volgen', 'follow', 'message', 'bericht', 'berichten', 'chat', 'video', 'videos', "video's",
  'filmpje', 'filmpjes', 'foto', "foto's", 'post', 'posts', 'reel', 'reels', 'live', 'link', 'app', 'mee', 'gezien', 'zien',
]);

export function findSocialHandles(text: string): TextRange[] {
  const found: TextRange[] = [...text.matchAll(AT_HANDLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of text.matchAll(AFTER_PLATFORM)) {
    const [whole, platform = '', connector = '', handle = ''] = m;
    if (isCommonWord(handle) || NOT_HANDLES.has(handle.toLowerCase()) || /^\d+$/.test(handle)) continue;
    // "snap" is also a Dutch verb ("als ik het goed snap: eerst ..."): after it a user name has to look like one.
    const looksLikeHandle = /[@._\d]/.test(handle);
    if ((connector.trim() === '' || /^snap$/i.test(platform)) && !looksLikeHandle) continue;
    const start = m.index + whole.length - handle.length;
    found.push({ start, end: start + handle.length });
  }
  return found;
}
